// `salesaudit score`: one answers document -> one report; many (files, folders, NDJSON,
// CSV) -> one row per respondent, in input order.

#include "batch/questionnaire_cache.hpp"
#include "batch/row_writer.hpp"
#include "cli/batch_output.hpp"
#include "cli/context.hpp"
#include "cli/gate_options.hpp"
#include "cli/language_options.hpp"
#include "cli/report_options.hpp"
#include "forms/read_export.hpp"

#include <salesaudit/answers.hpp>
#include <salesaudit/batch.hpp>
#include <salesaudit/error.hpp>
#include <salesaudit/forms.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/report.hpp>
#include <salesaudit/scoring.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <iostream>
#include <optional>
#include <sstream>

namespace salesaudit::cli {

namespace {

struct ScoreOptions {
  std::vector<std::string> inputs;
  std::string questionnaire;
  std::string input_format = "auto";
  std::string map_file;
  std::string from = "auto";
  bool fail_fast = false;
  bool quiet = false;  // no warnings on stderr (they stay in the reports)
  unsigned threads = 0;
  ReportCliOptions report;
  LanguageCliOptions language;
  GateCliOptions gates;
  const CLI::Option* format_option = nullptr;  // to tell a given --format from the default
  // Checks layered on batch scoring (e.g. thresholds) see every row in input order, then
  // may change the exit code at the end; each receives the code so far.
  std::vector<std::function<void(const ScoreRow&)>> row_observers;
  std::vector<std::function<int(int)>> finishers;
};

InputFormat parse_input_format(const std::string& name) {
  if (name == "auto") return InputFormat::automatic;
  if (name == "json") return InputFormat::json;
  if (name == "ndjson" || name == "jsonl") return InputFormat::ndjson;
  if (name == "csv") return InputFormat::csv;
  throw UsageError(fmt::format("unknown input format \"{}\" (expected auto, json, ndjson or csv)", name));
}

// One answers document with a report format keeps the single-report behaviour.
bool is_batch(const ScoreOptions& options, InputFormat input_format) {
  if (options.inputs.size() != 1 || forms::names_tool(options.from)) return true;
  if (options.report.format == "csv" || options.report.format == "ndjson") return true;
  // A folder is a batch whatever it holds: no need to walk it twice to say so.
  std::error_code ec;
  if (options.inputs[0] != "-" && std::filesystem::is_directory(options.inputs[0], ec)) return true;
  const auto inputs = expand_inputs(options.inputs, input_format);
  return inputs.size() != 1 || inputs[0].format != InputFormat::json;
}

int run_batch(const ScoreOptions& options, const BatchOptions& batch_options, Context& context);

// A SurveyJS result file given alone (forms-v1): its records, or nullopt when it is none.
std::optional<std::vector<BatchRecord>> surveyjs_records(const std::string& text, const std::string& name,
                                                         const BatchOptions& batch_options, Context& context) {
  batch::QuestionnaireCache cache(context.registry(), batch_options.questionnaire);
  std::vector<BatchRecord> records;
  const bool read = forms::read_surveyjs_json(text, name, batch_options, cache, [&](BatchRecord&& record) {
    records.push_back(std::move(record));
    return records.size() < 2;  // a second record makes it a batch: no need to read on
  });
  if (!read) return std::nullopt;
  return records;
}

int run_single(const ScoreOptions& options, const BatchOptions& batch_options, Context& context) {
  const std::string& input = options.inputs.front();
  const Format format = parse_format(options.report.format);
  const std::string text = read_input(input);
  const std::string name = display_name(input);
  std::shared_ptr<const Questionnaire> questionnaire;
  AnswerSet answers;
  if (auto records = surveyjs_records(text, name, batch_options, context)) {
    if (records->size() != 1) return run_batch(options, batch_options, context);  // an array of results
    BatchRecord& record = records->front();
    if (!record.errors.empty()) throw DataError(std::move(record.errors));
    questionnaire = record.questionnaire;
    answers = std::move(*record.answers);
  } else if (options.questionnaire.empty()) {  // the document's pin names it: one parse for both
    PinnedAnswers loaded = load_pinned_answers(
        text, name, [&](const QuestionnairePin& pin) { return context.registry().for_pin(pin, name); });
    questionnaire = std::move(loaded.questionnaire);
    answers = std::move(loaded.answers);
  } else {
    questionnaire = context.registry().resolve(options.questionnaire);
    answers = load_answers(text, name, *questionnaire);
  }
  // Texts in the reader's language; the scores are the same in every language.
  const Localized localized = localize(options.language, questionnaire, answers.language, is_human(format), context);
  const ScoreCard card = score(*localized.questionnaire, answers);
  if (!options.quiet) print_warnings(context.err, name, card.warnings);
  const RenderOptions render_options = make_render_options(options.report, context);
  if (options.report.output.empty() || options.report.output == "-") {
    render(card, format, render_options, context.out);  // straight out: no copy to hold
    context.out.flush();
  } else {
    std::ostringstream report;
    render(card, format, render_options, report);
    context.emit(options.report.output, report.str(), {input, options.questionnaire});
  }
  ScoreRow row = summarize(card, name);
  row.questionnaire = questionnaire;
  for (const auto& observe : options.row_observers) observe(row);
  int code = 0;
  for (const auto& finish : options.finishers) code = finish(code);
  return code;
}

// --format json with several documents: a JSON array of reports (failed ones only on stderr).
int run_json_array(const ScoreOptions& options, const BatchOptions& batch_options, Context& context) {
  BatchOutput output(options.report.output, options.inputs, context);
  BatchTally tally(context, options.quiet);
  output.before_flush([&tally] { tally.flush(); });
  const RenderOptions render_options = make_render_options(options.report, context);
  bool first = true;
  output.buffer() += "[\n";
  read_batch_until(options.inputs, batch_options, context.registry(), [&](BatchRecord&& record) {
    std::optional<ScoreCard> card;
    if (record.answers && record.questionnaire) card = score(*record.questionnaire, *record.answers);
    ScoreRow row = card ? summarize(*card, record.where) : score_record(std::move(record));
    if (card) row.questionnaire = record.questionnaire;
    tally.record(row);
    if (!options.row_observers.empty()) tally.flush();  // observers (gates) write to stderr too
    for (const auto& observe : options.row_observers) observe(row);
    if (card) {
      std::ostringstream report;
      render_json(*card, render_options, report);
      std::string text = report.str();
      if (!text.empty() && text.back() == '\n') text.pop_back();
      output.buffer() += first ? "" : ",\n";
      output.buffer() += text;
      first = false;
      output.flush_if_full();
    }
    return row.ok() || !options.fail_fast;
  });
  output.buffer() += first ? "]\n" : "\n]\n";
  output.commit();
  tally.finish();
  int code = tally.exit_code();
  for (const auto& finish : options.finishers) code = finish(code);
  return code;
}

int run_batch(const ScoreOptions& options, const BatchOptions& batch_options, Context& context) {
  const bool given = options.format_option != nullptr && options.format_option->count() > 0;
  const std::string format = given ? options.report.format : "csv";
  if (format == "json") return run_json_array(options, batch_options, context);
  if (format != "csv" && format != "ndjson") {
    (void)parse_format(format);  // an unknown name is reported as such
    throw UsageError(
        fmt::format("--format {} prints one report; for several answers documents (or an NDJSON or "
                    "CSV input) use --format csv, ndjson or json",
                    format));
  }
  BatchOutput output(options.report.output, options.inputs, context);
  BatchTally tally(context, options.quiet);
  output.before_flush([&tally] { tally.flush(); });
  Context* ctx = &context;
  const std::string fixed = options.questionnaire;
  const batch::RowFormat row_format = format == "csv" ? batch::RowFormat::csv : batch::RowFormat::ndjson;
  batch::RowWriter writer(row_format, [ctx, fixed]() -> std::shared_ptr<const Questionnaire> {
    try {
      return ctx->registry().resolve(fixed.empty() ? "crisis-mode" : fixed);
    } catch (const Error&) {
      return nullptr;
    }
  });
  BatchRunOptions run;
  run.threads = options.threads;
  // Rows and their warnings are formatted on the workers; this thread only copies them.
  run.prepare = [row_format, quiet = options.quiet](ScoreRow& row) {
    if (row.questionnaire) batch::RowWriter::format_own(row_format, row, row.text);
    if (quiet) return;
    append_warning_lines(row.warning_text, row.where, row.warnings);
  };
  // A writer on a pipe may wait for the rows of what it sent before sending more.
  run.idle = [&output] { output.flush_through(); };
  score_batch(options.inputs, batch_options, context.registry(), run, [&](ScoreRow&& row) {
    tally.record(row);
    if (!options.row_observers.empty()) tally.flush();  // observers (gates) write to stderr too
    for (const auto& observe : options.row_observers) observe(row);
    const bool stop = !row.ok() && options.fail_fast;
    writer.write(std::move(row), output.buffer());
    output.flush_if_full();
    return !stop;
  });
  writer.finish(output.buffer());
  output.commit();
  tally.finish();
  int code = tally.exit_code();
  for (const auto& finish : options.finishers) code = finish(code);
  return code;
}

int run_score(const ScoreOptions& options, Context& context) {
  BatchOptions batch_options;
  batch_options.format = parse_input_format(options.input_format);
  batch_options.questionnaire = options.questionnaire;
  batch_options.map_file = options.map_file;
  forms::check_from(options.from);
  batch_options.from = options.from;
  batch_options.language = options.language.lang.value_or("");
  if (is_junit(options.report.format)) {
    return run_junit(options.inputs, batch_options, options.report.output, options.gates, context, options.quiet);
  }
  if (!is_batch(options, batch_options.format)) return run_single(options, batch_options, context);
  return run_batch(options, batch_options, context);
}

}  // namespace

void setup_score(CLI::App& app, Context& context) {
  auto options = std::make_shared<ScoreOptions>();
  auto* cmd = app.add_subcommand("score", "Score answers: one document gives a report, many give a row each");
  cmd->footer(R"(One answers document gives a report (--format text, markdown, json or html).
Several inputs, a folder (every *.json inside, sorted), an NDJSON file (.ndjson, .jsonl)
or a CSV export give one row per respondent, in input order (--format csv by default,
ndjson, or json for an array of reports). A bad record becomes an error row, its
diagnostics go to stderr and the run exits 65 at the end (66 if an input could not be
read); --fail-fast stops at the first one. A CSV is scored against --questionnaire,
else the newest crisis-mode. Exports of Google Forms, Google Sheets, Microsoft Forms
(.xlsx), SurveyMonkey, Typeform, Qualtrics and LimeSurvey are recognised by their
header and scored against the questionnaire version their question texts match best
(docs/forms.md), and so are SurveyJS results (survey.data objects: a .json file of
one or an array, or one per line in .ndjson); --from TOOL names the tool.

Examples:
  salesaudit score examples/answers/crisis.json
  salesaudit score answers.json --format json --output report.json
  salesaudit score examples/answers/ --output scores.csv
  salesaudit score export.csv --map columns.json --questionnaire crisis-mode@1
  salesaudit score google-forms.csv
  cat answers.ndjson | salesaudit score - --input-format ndjson --format ndjson)");
  cmd->add_option("inputs", options->inputs,
                  "Answers documents, folders, NDJSON or CSV files; - reads stdin (JSON unless --input-format)")
      ->required()
      ->type_name("INPUT...");
  cmd->add_option("-q,--questionnaire", options->questionnaire,
                  "Questionnaire file or ID[@VERSION]; default: the one each document pins")
      ->type_name("FILE|ID");
  cmd->add_option("--input-format", options->input_format,
                  "How to read the inputs: auto (by extension), json, ndjson or csv")
      ->capture_default_str();
  cmd->add_option("--map", options->map_file,
                  "JSON file mapping CSV column titles to question ids: {\"Column title\": \"question-id\"}")
      ->type_name("FILE");
  cmd->add_option("--from", options->from,
                  "Which tool wrote the inputs: auto (from each header), a form tool, surveyjs or salesaudit "
                  "(docs/forms.md)")
      ->check(CLI::IsMember(forms::from_names()))
      ->capture_default_str();
  cmd->add_flag("--fail-fast", options->fail_fast, "Stop at the first record that cannot be scored");
  cmd->add_flag("--quiet", options->quiet, "Print no warnings on stderr (reports keep theirs)");
  cmd->add_option("--threads", options->threads, "Worker threads for NDJSON and folder inputs; 0 = one per core")
      ->capture_default_str();
  add_report_options(*cmd, options->report);
  add_language_options(*cmd, options->language);
  add_gate_options(*cmd, options->gates);
  options->format_option = cmd->get_option("--format");
  cmd->callback([options, &context] {
    options->language.quiet = options->quiet;
    // Gates are checked on every scored row; --format junit reports them instead of scores.
    if (!is_junit(options->report.format)) {
      add_score_gates(options->gates, options->row_observers, options->finishers, context);
    }
    context.exit_code = run_score(*options, context);
  });
}

}  // namespace salesaudit::cli
