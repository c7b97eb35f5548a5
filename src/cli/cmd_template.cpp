// `salesaudit template`: a blank answers document, or a CSV header and codebook, to
// collect answers outside the interactive run.

#include "authoring/template.hpp"
#include "cli/context.hpp"
#include "cli/language_options.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

namespace salesaudit::cli {

namespace {

struct TemplateOptions {
  std::string questionnaire = "crisis-mode";
  std::string format = "json";
  std::string output;
  std::string codebook;
  LanguageCliOptions language;
};

int run_template(const TemplateOptions& options, Context& context) {
  // The texts (codebook questions and values) follow --lang only: a template is a
  // machine format, the same on every runner whatever its locale.
  auto questionnaire =
      localize(options.language, context.registry().resolve(options.questionnaire), std::nullopt, false, context)
          .questionnaire;
  if (!options.codebook.empty() && options.codebook != "-" && options.codebook == options.output) {
    throw UsageError("--codebook and --output name the same file");
  }
  const std::string body =
      options.format == "csv" ? authoring::csv_header(*questionnaire) : authoring::blank_answers_json(*questionnaire);
  if (!options.codebook.empty()) {
    const std::string codebook = authoring::csv_codebook(*questionnaire);
    if (options.codebook == "-") {
      if (options.output.empty() || options.output == "-") throw UsageError("--codebook - needs --output FILE");
      context.out << codebook;
    } else {
      refuse_input_as_output(options.codebook, {options.questionnaire});
      write_file_atomic(options.codebook, codebook);
    }
  }
  context.emit(options.output, body, {options.questionnaire});
  return 0;
}

}  // namespace

void setup_template(CLI::App& app, Context& context) {
  auto options = std::make_shared<TemplateOptions>();
  auto* cmd = app.add_subcommand("template", "Print a blank answers document or a CSV sheet for collecting answers");
  cmd->footer(R"(JSON: an answers document pinning the questionnaire's id and version, every
question set to null (unanswered). CSV: the header row a batch import reads
(respondent_id,respondent_name,team,role,<question ids>); --codebook FILE also writes
one row per column with its question text and the accepted cell values.

Examples:
  salesaudit template > answers.json
  salesaudit template crisis-mode@1 --format csv --codebook codebook.csv --output sheet.csv
  salesaudit template my-questionnaire.json)");
  cmd->add_option("questionnaire", options->questionnaire, "Questionnaire file or ID[@VERSION]")
      ->type_name("REF")
      ->capture_default_str();
  cmd->add_option("-f,--format", options->format, "json (blank answers) or csv (header row)")
      ->check(CLI::IsMember({"json", "csv"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", options->output, "Write to FILE instead of stdout")->type_name("FILE");
  cmd->add_option(
         "--codebook", options->codebook,
         "Also write the codebook (CSV: column, question, accepted values); - prints it when --output is a file")
      ->type_name("FILE");
  add_language_options(*cmd, options->language);
  cmd->callback([options, &context] { context.exit_code = run_template(*options, context); });
}

}  // namespace salesaudit::cli
