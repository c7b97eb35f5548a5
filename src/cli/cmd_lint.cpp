// `salesaudit lint`: authoring advice for questionnaires that are already valid.

#include "cli/context.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/lint.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

namespace salesaudit::cli {

namespace {

struct LintOptions {
  std::vector<std::string> questionnaires;
  bool strict = false;
};

int run_lint(const LintOptions& options, Context& context) {
  int worst = 0;
  std::size_t findings = 0;
  for (const auto& ref : options.questionnaires) {
    std::shared_ptr<const Questionnaire> q;
    try {
      q = context.registry().resolve(ref);
    } catch (const DataError& e) {
      for (const auto& diagnostic : e.diagnostics()) fmt::print(context.err, "{}\n", diagnostic);
      worst = static_cast<int>(ExitCode::data_invalid);
      continue;
    } catch (const InputError& e) {
      fmt::print(context.err, "salesaudit: {}\n", e.what());
      worst = static_cast<int>(ExitCode::input_missing);
      continue;
    }
    const LintReport report = lint(*q);
    for (const auto& f : report.findings) fmt::print(context.out, "{}: {}: {}\n", q->source, f.pointer, f.advice);
    fmt::print(context.out, "{}: {} finding{}; estimated completion time {} ({} questions)\n", q->source,
               report.findings.size(), report.findings.size() == 1 ? "" : "s",
               format_duration(report.estimated_seconds), report.questions);
    findings += report.findings.size();
  }
  if (worst != 0) return worst;
  return options.strict && findings > 0 ? static_cast<int>(ExitCode::threshold_failed) : 0;
}

}  // namespace

void setup_lint(CLI::App& app, Context& context) {
  auto options = std::make_shared<LintOptions>();
  auto* cmd = app.add_subcommand("lint", "Authoring advice for a valid questionnaire, one line per finding");
  cmd->footer(R"(Findings: bands no answer can reach, dimensions with one question, questions
feeding no recommendation, recommendations fed by no question, a reverse-keyed share
outside a quarter to a third, "and"/"or" in a question. Each line reads
`file: /json/pointer: advice`; a last line per file gives the estimated completion time.
Exit 0 (findings are advice), 1 with --strict when there are findings, 65 if invalid.

Examples:
  salesaudit lint my-questionnaire.json
  salesaudit lint crisis-mode --strict)");
  cmd->add_option("questionnaires", options->questionnaires, "Questionnaire files or ID[@VERSION]")
      ->required()
      ->type_name("QUESTIONNAIRE...");
  cmd->add_flag("--strict", options->strict, "Exit 1 when there is any finding");
  cmd->callback([options, &context] { context.exit_code = run_lint(*options, context); });
}

}  // namespace salesaudit::cli
