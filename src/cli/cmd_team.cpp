// `salesaudit team`: one report over many respondents of the same questionnaire.

#include "cli/context.hpp"
#include "cli/gate_options.hpp"
#include "cli/language_options.hpp"
#include "cli/report_options.hpp"
#include "cli/stderr_lines.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/forms.hpp>
#include <salesaudit/registry.hpp>
#include <salesaudit/report.hpp>
#include <salesaudit/scoring.hpp>
#include <salesaudit/team.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include <sstream>

namespace salesaudit::cli {

namespace {

struct TeamOptions {
  std::vector<std::string> inputs;
  std::string questionnaire;
  LanguageCliOptions language;
  std::string input_format = "auto";
  std::string map_file;
  bool quiet = false;  // no warnings on stderr
  std::string from = "auto";
  ReportCliOptions report;
  GateCliOptions gates;
};

std::string team_major_of(const std::string& version) {
  return version.substr(0, version.find('.'));
}

InputFormat input_format(const std::string& name) {
  if (name == "json") return InputFormat::json;
  if (name == "ndjson") return InputFormat::ndjson;
  if (name == "csv") return InputFormat::csv;
  return InputFormat::automatic;
}

// The gates see the team as one respondent named "team": its mean scores and coverage.
GateSubject team_subject(const TeamReport& report) {
  const Questionnaire& q = *report.questionnaire;
  GateSubject subject;
  subject.respondent = "team";
  subject.overall = report.overall.mean;
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    subject.dimension_ids.push_back(q.dimensions[d].id);
    subject.dimensions.push_back(report.dimensions[d].scores.mean);
    subject.coverage.push_back(report.dimensions[d].coverage.value_or(0.0));
  }
  return subject;
}

int run_team(const TeamOptions& options, Context& context) {
  const bool junit = is_junit(options.report.format);
  const Format format = junit ? Format::json : parse_format(options.report.format);
  GateRun gates(options.gates, junit);

  BatchOptions batch;
  batch.format = input_format(options.input_format);
  batch.questionnaire = options.questionnaire;
  batch.map_file = options.map_file;
  forms::check_from(options.from);
  batch.from = options.from;
  batch.language = options.language.lang.value_or("");
  int code = 0;
  // One pass: rows are scored on every core (score_batch) and added to running sums.
  TeamBuilder builder;
  std::shared_ptr<const Questionnaire> first;
  TeamMember member;                    // reused from row to row
  std::optional<std::string> language;  // the respondents' language, when they all share one
  bool languages_differ = false;
  BatchRunOptions run;
  run.details = true;
  StderrLines lines(context.err);  // the records' warnings and errors, in blocks
  score_batch(options.inputs, batch, context.registry(), run, [&](ScoreRow&& row) {
    if (row.ok() && first) {
      const Questionnaire& own = *row.questionnaire;
      if (own.id != first->id || team_major_of(own.version) != team_major_of(first->version)) {
        row.errors.push_back(fmt::format(
            "{}: questionnaire {} {} differs from the team's {} {}.x; all respondents must share the questionnaire "
            "id and major version",
            row.where, own.id, own.version, first->id, team_major_of(first->version)));
        row.error_code = ExitCode::data_invalid;
      }
    }
    if (!row.ok()) {
      for (const auto& e : row.errors) lines.add_line(e);
      lines.flush_if_full();
      // A missing input (66) outranks invalid data (65), as in `score`.
      if (row.error_code == ExitCode::input_missing) {
        code = static_cast<int>(ExitCode::input_missing);
      } else if (code == 0) {
        code = static_cast<int>(ExitCode::data_invalid);
      }
      gates.add_error(row.where, row.errors);
      return true;
    }
    if (!options.quiet) {
      lines.add_warnings(row.where, row.warnings);
      lines.flush_if_full();
    }
    if (!first) {
      first = row.questionnaire;
      language = row.language;
    } else if (row.language != language) {
      languages_differ = true;
    }
    member.label = row.respondent_id ? std::move(*row.respondent_id) : std::move(row.where);
    member.role = std::move(row.role);
    member.overall = row.overall;
    member.overall_band = row.overall_band;
    member.dimensions.swap(row.dimensions);
    member.coverage.swap(row.coverage);
    member.items.swap(row.items);
    member.gains.swap(row.gains);
    builder.add(row.questionnaire, member);
    return true;
  });
  lines.flush();
  if (builder.size() == 0) {
    fmt::print(context.err, "salesaudit: no respondent could be scored; no team report\n");
    return code != 0 ? code : static_cast<int>(ExitCode::data_invalid);
  }

  // The newest version among the respondents names every question, dimension and action.
  std::shared_ptr<const Questionnaire> team_q = builder.newest();
  // Texts in the reader's language (the statistics do not depend on it, and the builder
  // matches by id): --lang, else the language all the respondents answered in (a form
  // exported in French reads back as French answers), else the environment's.
  team_q = localize(options.language, team_q, languages_differ ? std::nullopt : language, !junit && is_human(format),
                    context)
               .questionnaire;
  const TeamReport report = builder.finish(*team_q);
  gates.add(team_subject(report), context.err);

  std::ostringstream text;
  if (junit) {
    write_junit(gates.outcomes(), "salesaudit team", text);
  } else {
    render_team(report, format, make_render_options(options.report, context), text);
  }
  context.emit(options.report.output, text.str(), options.inputs);
  return gates.exit_code(code);
}

}  // namespace

void setup_team(CLI::App& app, Context& context) {
  auto options = std::make_shared<TeamOptions>();
  auto* cmd = app.add_subcommand("team", "Summarize many respondents of one questionnaire as a team report");
  cmd->footer(R"(Examples:
  salesaudit team examples/answers
  salesaudit team answers/*.json --format markdown --output team.md
  salesaudit team export.csv --questionnaire crisis-mode@1 --format json
  salesaudit team responses.csv --format html
  salesaudit team answers/ --fail-under overall=60 --format junit --output gates.xml

Every respondent must answer the same questionnaire id and major version. Invalid
records are reported on stderr and left out; the run then exits 65. Gates apply to the
team's mean scores (respondent "team"); a failed gate exits 1.)");
  cmd->add_option("inputs", options->inputs,
                  "Answers files, folders (every *.json inside), NDJSON or CSV; - reads stdin")
      ->required()
      ->type_name("INPUT...");
  cmd->add_option("-q,--questionnaire", options->questionnaire,
                  "Questionnaire file or ID[@VERSION] for every record; default: the one each record pins")
      ->type_name("FILE|ID");
  cmd->add_option("--input-format", options->input_format, "How to read the inputs: auto, json, ndjson or csv")
      ->check(CLI::IsMember({"auto", "json", "ndjson", "csv"}))
      ->capture_default_str();
  cmd->add_option("--map", options->map_file, "File mapping a form tool's CSV column titles to question ids")
      ->type_name("FILE");
  cmd->add_flag("--quiet", options->quiet, "Print no warnings on stderr (reports keep theirs)");
  cmd->add_option("--from", options->from,
                  "Which tool wrote the inputs: auto (from the header), a form tool, surveyjs or salesaudit "
                  "(docs/forms.md)")
      ->check(CLI::IsMember(forms::from_names()))
      ->capture_default_str();
  add_report_options(*cmd, options->report, /*explain=*/false);
  add_gate_options(*cmd, options->gates);
  add_language_options(*cmd, options->language);
  cmd->callback([options, &context] {
    options->language.quiet = options->quiet;
    context.exit_code = run_team(*options, context);
  });
}

}  // namespace salesaudit::cli
