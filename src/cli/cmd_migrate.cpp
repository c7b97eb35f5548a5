// `salesaudit migrate`: turn answers of an older questionnaire version into answers of a newer one.

#include "cli/context.hpp"

#include <salesaudit/answers.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/versions.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

namespace salesaudit::cli {

namespace {

struct MigrateOptions {
  std::string input;
  std::string to;
  std::string output;
};

int count_prefix(const std::vector<std::string>& lines, std::string_view prefix) {
  int n = 0;
  for (const auto& line : lines) n += line.rfind(prefix, 0) == 0 ? 1 : 0;
  return n;
}

int run_migrate(const MigrateOptions& options, Context& context) {
  const std::string text = read_input(options.input);
  const std::string name = display_name(options.input);
  // Without --to, the newest version of the questionnaire the answers pin.
  const std::string to = options.to.empty() ? read_answers_pin(text, name).id : options.to;
  auto target = context.registry().resolve(to);
  const MigrationResult result = migrate_answers(text, name, *target, context.registry());
  context.emit(options.output, to_json(result.answers, *target), {options.input});

  for (const auto& step : result.steps) fmt::print(context.err, "{}: {}\n", name, step);
  if (result.steps.empty()) fmt::print(context.err, "{}: already at {}@{}\n", name, target->id, target->version);
  for (const auto& change : result.changes) fmt::print(context.err, "  {}\n", change);
  fmt::print(context.err, "{} renamed, {} remapped, {} dropped\n", count_prefix(result.changes, "renamed "),
             count_prefix(result.changes, "remapped "), count_prefix(result.changes, "dropped "));
  return 0;
}

}  // namespace

void setup_migrate(CLI::App& app, Context& context) {
  auto options = std::make_shared<MigrateOptions>();
  auto* cmd = app.add_subcommand("migrate", "Convert answers to a newer questionnaire version (writes a new file)");
  cmd->footer(R"(Applies the questionnaire's migrations (renamed questions, remapped values,
dropped questions) and writes a new answers document pinning the target version.
The input is never modified. What changed is listed on stderr; answers the target
no longer accepts are dropped and listed.

Examples:
  salesaudit migrate old-answers.json --to crisis-mode@2 --output answers-v2.json
  salesaudit migrate old-answers.json > answers-v2.json   (newest version))");
  cmd->add_option("answers", options->input, "Answers document (JSON); - reads stdin")->required()->type_name("FILE");
  cmd->add_option("-t,--to", options->to,
                  "Target questionnaire: ID[@VERSION] or a file; default: newest of the same id")
      ->type_name("REF");
  cmd->add_option("-o,--output", options->output, "Write the new answers to FILE (atomically) instead of stdout")
      ->type_name("FILE");
  cmd->callback([options, &context] { context.exit_code = run_migrate(*options, context); });
}

}  // namespace salesaudit::cli
