// `salesaudit new-questionnaire`: scaffold a valid questionnaire to edit.

#include "authoring/scaffold.hpp"
#include "cli/context.hpp"

#include <salesaudit/error.hpp>

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

Examples:
  salesaudit new-questionnaire team-health --output mine/team-health/1.0.0.json
  salesaudit validate mine/team-health/1.0.0.json && salesaudit lint mine/team-health/1.0.0.json)");
  cmd->add_option("id", options->id, "Questionnaire id: lowercase letters, digits, '-' and '_'")
      ->required()
      ->type_name("ID");
  cmd->add_option("-t,--title", options->title, "Title (default: the id)")->type_name("TEXT");
  cmd->add_option("-o,--output", options->output, "Write to FILE instead of stdout")->type_name("FILE");
  cmd->add_option("--schema", options->schema, "Value of \"$schema\"; empty to leave it out")
      ->type_name("URI")
      ->capture_default_str();
  cmd->callback([options, &context] {
    const std::string text = authoring::scaffold_questionnaire(options->id, options->title, options->schema);
    create_parent(options->output);
    context.emit(options->output, text);
    context.exit_code = 0;
  });
}

}  // namespace salesaudit::cli
