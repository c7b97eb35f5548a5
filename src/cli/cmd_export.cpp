// `salesaudit export`: a form definition that builds the questionnaire in a form tool.

#include "cli/context.hpp"
#include "cli/language_options.hpp"

#include <salesaudit/forms_export.hpp>

#include <CLI/CLI.hpp>

namespace salesaudit::cli {

namespace {

struct ExportOptions {
  std::string questionnaire = "crisis-mode";
  std::string to;
  std::string output;
  LanguageCliOptions language;
};

int run_export(const ExportOptions& options, Context& context) {
  // A form is read by respondents: its texts and phrases follow the language as a
  // report's do (the environment included).
  const auto questionnaire =
      localize(options.language, context.registry().resolve(options.questionnaire), std::nullopt, true, context)
          .questionnaire;
  context.emit(options.output, export_form(*questionnaire, options.to), {options.questionnaire});
  return 0;
}

}  // namespace

void setup_export(CLI::App& app, Context& context) {
  auto options = std::make_shared<ExportOptions>();
  auto* cmd = app.add_subcommand("export", "Write a form definition that builds the questionnaire in a form tool");
  cmd->footer(R"(Formats:
  google-forms  an Apps Script that creates the form with FormApp (paste into
                script.google.com and run createForm)
  surveyjs      a SurveyJS form JSON (name = question id, visibleIf from enable_when)
  limesurvey    a LimeSurvey tab-separated survey structure (.txt) with relevance
  qualtrics     a Qualtrics Advanced Format .txt import file
  markdown      a printable questionnaire with answer boxes

The form's own response export then scores with no map: salesaudit score EXPORT.
Conditions the tool cannot express become a help sentence saying when to answer.
With --lang, the texts, the option labels and the form's own phrases ("Not
applicable", when to answer) are in that language, and the export of the form
still scores with no map.
See docs/forms.md for building the form in each tool.

Examples:
  salesaudit export crisis-mode --to surveyjs --output crisis-mode.survey.json
  salesaudit export crisis-mode@2 --to google-forms > create-form.gs
  salesaudit export crisis-mode --to limesurvey --lang fr --output survey-fr.txt
  salesaudit export my-questionnaire.json --to markdown --output paper.md)");
  cmd->add_option("questionnaire", options->questionnaire, "Questionnaire file or ID[@VERSION]")
      ->type_name("REF")
      ->capture_default_str();
  cmd->add_option("--to", options->to, "google-forms, surveyjs, limesurvey, qualtrics or markdown")
      ->type_name("FORMAT")
      ->required()
      ->check(CLI::IsMember(form_export_formats()));
  cmd->add_option("-o,--output", options->output, "Write to FILE instead of stdout")->type_name("FILE");
  add_language_options(*cmd, options->language);
  cmd->callback([options, &context] { context.exit_code = run_export(*options, context); });
}

}  // namespace salesaudit::cli
