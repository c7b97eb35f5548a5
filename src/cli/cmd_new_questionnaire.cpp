// `salesaudit new-questionnaire`: scaffold a valid questionnaire to edit.

#include "authoring/scaffold.hpp"
#include "cli/context.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/language.hpp>
#include <salesaudit/registry.hpp>
#include <salesaudit/translation.hpp>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <filesystem>

namespace salesaudit::cli {

namespace {

struct NewQuestionnaireOptions {
  std::string id;
  std::string title;
  std::string output;
  std::string schema = authoring::kQuestionnaireSchemaRef;
  std::string translate;  // --translate TAG: a translation skeleton of questionnaire ID
};

// Scaffolding usually starts a new <folder>/<id>/ tree: create the missing folders.
void create_parent(const std::string& output) {
  if (output.empty() || output == "-") return;
  const auto parent = std::filesystem::path(output).parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (ec) throw OutputError(fmt::format("{}: cannot create folder {}: {}", output, parent.string(), ec.message()));
}

}  // namespace

void setup_new_questionnaire(CLI::App& app, Context& context) {
  auto options = std::make_shared<NewQuestionnaireOptions>();
  auto* cmd = app.add_subcommand("new-questionnaire", "Write a small valid questionnaire to start editing from");
  cmd->footer(R"(The scaffold passes `salesaudit validate` and `salesaudit lint` and shows every
question type. Save it as <folder>/<id>/1.0.0.json (missing folders are created)
and add the folder with --questionnaire-path or SALESAUDIT_PATH to use it by id.
Its "$schema" is ../../schemas/questionnaire.schema.json: the schemas folder beside
the questionnaires folder, in the source tree and in share/salesaudit once installed.

With --translate TAG, ID names an existing questionnaire (ID[@VERSION] or a file) and
the output is a translation document with every text copied: save it beside the
questionnaire as <id>/<version>.<TAG>.json and translate; `salesaudit lint` lists the
texts still copied or missing.

Examples:
  salesaudit new-questionnaire team-health --output mine/team-health/1.0.0.json
  salesaudit new-questionnaire crisis-mode@2 --translate de --output mine/crisis-mode/2.0.0.de.json
  salesaudit validate mine/team-health/1.0.0.json && salesaudit lint mine/team-health/1.0.0.json)");
  cmd->add_option("id", options->id, "Questionnaire id: lowercase letters, digits, '-' and '_'")
      ->required()
      ->type_name("ID");
  cmd->add_option("-t,--title", options->title, "Title (default: the id)")->type_name("TEXT");
  cmd->add_option("-o,--output", options->output, "Write to FILE instead of stdout")->type_name("FILE");
  cmd->add_option("--schema", options->schema, "Value of \"$schema\"; empty to leave it out")
      ->type_name("URI")
      ->capture_default_str();
  cmd->add_option("--translate", options->translate,
                  "Write a translation document into language TAG of questionnaire ID[@VERSION] (or FILE) "
                  "instead, every text copied for you to translate")
      ->type_name("TAG");
  cmd->callback([options, &context] {
    std::string text;
    if (!options->translate.empty()) {
      const std::string tag = normalize_language_tag(options->translate);
      if (tag.empty()) throw UsageError(fmt::format("--translate: \"{}\" is not a language tag", options->translate));
      text = translation_skeleton(*context.registry().resolve(options->id), tag);
    } else {
      text = authoring::scaffold_questionnaire(options->id, options->title, options->schema);
    }
    create_parent(options->output);
    context.emit(options->output, text);
    context.exit_code = 0;
  });
}

}  // namespace salesaudit::cli
