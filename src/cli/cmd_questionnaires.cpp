// `salesaudit questionnaires`: list what can be scored against, every version and its source.

#include "cli/context.hpp"

#include <salesaudit/error.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace salesaudit::cli {

namespace {

struct QuestionnairesOptions {
  std::string format = "text";
};

std::string source_text(const RegistryEntry& e) {
  if (e.shadowed.empty()) return e.origin;
  return fmt::format("{} (hides {})", e.origin, fmt::join(e.shadowed, ", "));
}

void print_text(const std::vector<RegistryEntry>& entries, std::ostream& out) {
  std::size_t id_width = 2;
  std::size_t version_width = 7;
  std::size_t title_width = 5;
  std::vector<std::string> titles;  // each read from its document once
  for (const auto& e : entries) {
    id_width = std::max(id_width, e.id.size());
    version_width = std::max(version_width, e.version.size());
    titles.push_back(e.title());
    title_width = std::max(title_width, titles.back().size());
  }
  fmt::print(out, "{:<{}}  {:<{}}  {:<{}}  {}\n", "ID", id_width, "VERSION", version_width, "TITLE", title_width,
             "SOURCE");
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    fmt::print(out, "{:<{}}  {:<{}}  {:<{}}  {}\n", e.id, id_width, e.version, version_width, titles[i], title_width,
               source_text(e));
  }
}

void print_json(const std::vector<RegistryEntry>& entries, std::ostream& out) {
  using ordered = nlohmann::ordered_json;
  ordered list = ordered::array();
  for (const auto& e : entries) {
    ordered item;
    item["id"] = e.id;
    item["version"] = e.version;
    item["title"] = e.title();
    item["source"] = e.origin;
    item["shadowed"] = e.shadowed;
    list.push_back(item);
  }
  out << ordered{{"format", "salesaudit.questionnaires/v1"}, {"questionnaires", list}}.dump(2) << '\n';
}

int run_questionnaires(const QuestionnairesOptions& options, Context& context) {
  const auto& entries = context.registry().entries();
  if (options.format == "json") {
    print_json(entries, context.out);
  } else if (options.format == "text") {
    print_text(entries, context.out);
  } else {
    throw UsageError(fmt::format("unknown format \"{}\": expected text or json", options.format));
  }
  return 0;
}

}  // namespace

void setup_questionnaires(CLI::App& app, Context& context) {
  auto options = std::make_shared<QuestionnairesOptions>();
  auto* cmd = app.add_subcommand("questionnaires", "List the questionnaires available, newest version first");
  cmd->footer(R"(Folders given with --questionnaire-path (in order), then SALESAUDIT_PATH, are searched
before the built-in questionnaires; the first place that has an id@version wins.

Examples:
  salesaudit questionnaires
  salesaudit --questionnaire-path ./my-questionnaires questionnaires --format json)");
  cmd->add_option("-f,--format", options->format, "Output format: text or json")->capture_default_str();
  cmd->callback([options, &context] { context.exit_code = run_questionnaires(*options, context); });
}

}  // namespace salesaudit::cli
