// `salesaudit questionnaires`: list what can be scored against.

#include "cli/context.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>

namespace salesaudit::cli {

namespace {

int run_questionnaires(Context& context) {
  const auto& entries = context.registry().entries();
  std::size_t id_width = 2;
  std::size_t version_width = 7;
  std::size_t title_width = 5;
  for (const auto& e : entries) {
    id_width = std::max(id_width, e.id.size());
    version_width = std::max(version_width, e.version.size());
    title_width = std::max(title_width, e.title.size());
  }
  fmt::print(context.out, "{:<{}}  {:<{}}  {:<{}}  {}\n", "ID", id_width, "VERSION", version_width, "TITLE",
             title_width, "SOURCE");
  for (const auto& e : entries) {
    fmt::print(context.out, "{:<{}}  {:<{}}  {:<{}}  {}\n", e.id, id_width, e.version, version_width, e.title,
               title_width, e.origin);
  }
  return 0;
}

}  // namespace

void setup_questionnaires(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("questionnaires", "List the questionnaires available, newest version first");
  cmd->footer("Example:\n  salesaudit --questionnaire-path ./my-questionnaires questionnaires");
  cmd->callback([&context] { context.exit_code = run_questionnaires(context); });
}

}  // namespace salesaudit::cli
