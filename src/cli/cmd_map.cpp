// `salesaudit map EXPORT`: the column map that score and team infer for a form tool's
// export, printed in the --map format so it can be reviewed, edited and pinned; stderr
// says how each column was matched.

#include "cli/context.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/forms.hpp>
#include <salesaudit/language.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

namespace salesaudit::cli {

namespace {

struct MapOptions {
  std::string input;
  std::string questionnaire;
  std::string from = "auto";
  std::string map_file;
  std::string output;
  std::string lang;
};

int run_map(const MapOptions& options, Context& context) {
  const forms::InferredMap map = forms::infer_map(options.input, options.from, options.questionnaire, options.map_file,
                                                  context.registry(), options.lang);
  fmt::print(context.err, "{}: read as a {} export, matched against {}, texts in {}\n", options.input, map.tool,
             map.questionnaire, map.language);
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < map.columns.size(); ++i) {
    const auto& column = map.columns[i];
    if (column.how == "unmatched") continue;
    out[column.title] = column.target ? nlohmann::ordered_json(*column.target) : nlohmann::ordered_json(nullptr);
    fmt::print(context.err, "column {} \"{}\": {} ({})\n", i + 1, column.title, column.target ? *column.target : "null",
               column.how);
  }
  for (const auto& error : map.errors) fmt::print(context.err, "{}\n", error);
  context.emit(options.output, out.dump(2) + "\n", {options.input});
  return map.errors.empty() ? 0 : static_cast<int>(ExitCode::data_invalid);
}

}  // namespace

void setup_map(CLI::App& app, Context& context) {
  auto options = std::make_shared<MapOptions>();
  auto* cmd = app.add_subcommand("map", "Print the column map inferred for a form tool's export");
  cmd->footer(R"(Reads the export's header as score and team do (docs/forms.md) and prints the
map they would use: {"Column title": "question-id"}, null for metadata columns. Each
column's match goes to stderr, with the language whose texts matched (an export of a
form built with `salesaudit export --lang fr` matches the French translation). Columns that match nothing are reported and the command
exits 65. Edit the map if needed and pass it back with --map.

Examples:
  salesaudit map responses.csv
  salesaudit map responses.xlsx --output map.json && salesaudit team responses.xlsx --map map.json)");
  cmd->add_option("export", options->input, "A form tool's export (.csv or .xlsx)")->required()->type_name("EXPORT");
  cmd->add_option("-q,--questionnaire", options->questionnaire,
                  "Questionnaire file or ID[@VERSION]; default: the version the headings match best")
      ->type_name("FILE|ID");
  cmd->add_option("--from", options->from, "Which tool wrote the export: auto (from the header) or a tool name")
      ->check(CLI::IsMember(forms::from_names()))
      ->capture_default_str();
  cmd->add_option("--map", options->map_file, "A map whose entries override the inferred ones")->type_name("FILE");
  cmd->add_option("-o,--output", options->output, "Write the map to FILE instead of stdout")->type_name("FILE");
  cmd->add_option("--lang", options->lang,
                  "Prefer this language's texts when the headings match several translations equally")
      ->type_name("TAG")
      ->check([](const std::string& tag) {
        return normalize_language_tag(tag).empty() ? fmt::format("\"{}\" is not a language tag", tag) : "";
      });
  cmd->callback([options, &context] { context.exit_code = run_map(*options, context); });
}

}  // namespace salesaudit::cli
