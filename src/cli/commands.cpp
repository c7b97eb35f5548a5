// The one list of subcommands; each lives in its own cmd_<name>.cpp.

#include "cli/context.hpp"

namespace salesaudit::cli {

void setup_run(CLI::App& app, Context& context);
void setup_validate(CLI::App& app, Context& context);
void setup_score(CLI::App& app, Context& context);
void setup_questionnaires(CLI::App& app, Context& context);
void setup_migrate(CLI::App& app, Context& context);
void setup_diff(CLI::App& app, Context& context);
void setup_schema(CLI::App& app, Context& context);
void setup_team(CLI::App& app, Context& context);
void setup_template(CLI::App& app, Context& context);
void setup_new_questionnaire(CLI::App& app, Context& context);
void setup_lint(CLI::App& app, Context& context);
void setup_map(CLI::App& app, Context& context);
void setup_export(CLI::App& app, Context& context);
void setup_serve(CLI::App& app, Context& context);

const std::vector<CommandEntry>& commands() {
  static const std::vector<CommandEntry> all = {
      {"run", setup_run},           {"score", setup_score},
      {"validate", setup_validate}, {"questionnaires", setup_questionnaires},
      {"migrate", setup_migrate},   {"diff", setup_diff},
      {"schema", setup_schema},     {"team", setup_team},
      {"template", setup_template}, {"new-questionnaire", setup_new_questionnaire},
      {"lint", setup_lint},         {"map", setup_map},
      {"export", setup_export},     {"serve", setup_serve},
  };
  return all;
}

}  // namespace salesaudit::cli
