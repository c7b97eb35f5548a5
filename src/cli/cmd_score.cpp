// `salesaudit score`: score an answers document and print a report.

#include "cli/context.hpp"
#include "cli/report_options.hpp"

#include <salesaudit/answers.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/report.hpp>
#include <salesaudit/scoring.hpp>

#include <CLI/CLI.hpp>

#include <sstream>

namespace salesaudit::cli {

namespace {

struct ScoreOptions {
  std::string input;
  std::string questionnaire;
  ReportCliOptions report;
};

int run_score(const ScoreOptions& options, Context& context) {
  const Format format = parse_format(options.report.format);
  const std::string text = read_input(options.input);
  const std::string name = display_name(options.input);
  auto questionnaire = options.questionnaire.empty()
                           ? context.registry().for_pin(read_answers_pin(text, name))
                           : context.registry().resolve(options.questionnaire);
  const AnswerSet answers = load_answers(text, name, *questionnaire);
  const ScoreCard card = score(*questionnaire, answers);
  std::ostringstream report;
  render(card, format, make_render_options(options.report, context), report);
  context.emit(options.report.output, report.str(), {options.input});
  return 0;
}

}  // namespace

void setup_score(CLI::App& app, Context& context) {
  auto options = std::make_shared<ScoreOptions>();
  auto* cmd = app.add_subcommand("score", "Score an answers document and print the report");
  cmd->footer(R"(Examples:
  salesaudit score examples/answers/crisis.json
  salesaudit score answers.json --format json --output report.json
  cat answers.json | salesaudit score - --questionnaire crisis-mode@1)");
  cmd->add_option("answers", options->input, "Answers document (JSON); - reads stdin")->required()->type_name("FILE");
  cmd->add_option("-q,--questionnaire", options->questionnaire,
                  "Questionnaire file or ID[@VERSION]; default: the one the answers pin")
      ->type_name("FILE|ID");
  add_report_options(*cmd, options->report);
  cmd->callback([options, &context] { context.exit_code = run_score(*options, context); });
}

}  // namespace salesaudit::cli
