// score_batch: NDJSON inputs, CSV files and runs of JSON files (folders) on the workers of
// a ParallelScorer (parallel_scorer.hpp); stdin's CSV and JSON in order on the caller's.

#include "batch/answers_parser.hpp"
#include "batch/csv_answers.hpp"
#include "batch/csv_reader.hpp"
#include "batch/parallel_scorer.hpp"
#include "batch/record_source.hpp"
#include "batch/row_scorer.hpp"
#include "forms/read_export.hpp"
#include "report/escape.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/error.hpp>

#include <algorithm>
#include <memory>
#include <optional>
#include <thread>

namespace salesaudit {

namespace batch {

namespace {

// The one row of an input that could not be read (or stopped being readable).
ScoreRow input_error_row(const std::string& name, const Error& e) {
  ScoreRow row;
  row.where = name;
  row.errors = {e.what()};
  row.error_code = e.code();
  return row;
}

// A CSV file in salesaudit's own layout: the header read here, the records on the
// workers. False (nothing scored) when the file is not one to read this way, or opening
// it or its header fails before any row is out: read_records then reads it and reports
// what went wrong, with its messages.
bool score_csv_file(const BatchInput& input, const BatchOptions& options, QuestionnaireCache& cache,
                    const std::function<ParallelScorer*()>& pool, bool details,
                    const std::function<bool(ScoreRow&&)>& sink, bool& go_on) {
  if (!forms::is_own_csv_file(input, options)) return false;
  const std::string& name = input.path;
  std::optional<ColumnMap> map;
  std::optional<ByteSource> source;
  std::shared_ptr<const Questionnaire> questionnaire;
  try {
    questionnaire = cache.fixed_or(kDefaultQuestionnaire);
    map.emplace(options.map_file.empty() ? ColumnMap{} : load_column_map(options.map_file));
    source.emplace(ByteSource::open(name));
    if (!source->rereadable()) return false;
  } catch (const Error&) {
    return false;
  }
  CsvReader header_reader(*source, name);
  CsvAnswers answers(header_reader, questionnaire, *map);
  BatchRecord header;
  bool read = false;
  try {
    read = answers.header(header);
  } catch (const Error&) {
    return false;
  }
  if (!read) {
    if (!header.errors.empty()) {
      for (auto& error : header.errors) error = report::escape_control(error);
      go_on = sink(score_record(std::move(header), details));
    }
    return true;  // an empty file has no respondents
  }
  const CsvPosition start{header_reader.offset(), header_reader.line(), header_reader.column()};
  try {
    ByteSource body = ByteSource::open(name);
    body.skip(start.offset);
    std::optional<CsvPosition> rest;
    go_on = pool()->run_csv(body, {0, start.line, start.column}, answers, name, sink, rest);
    if (!go_on || !rest) return true;
    // A record too long to chunk: the rest of the file in order, by one reader.
    ByteSource tail = ByteSource::open(name);
    tail.skip(start.offset + rest->offset);
    CsvReader reader(tail, name, rest->line, rest->column);
    CsvRecord row;
    BatchRecord record;
    while (go_on && reader.next(row)) {
      if (row.error.empty() && row.blank()) continue;
      answers.row_record(row, record);
      go_on = sink(score_record(std::move(record), details));
    }
  } catch (const InputError& e) {
    go_on = sink(input_error_row(name, e));
  }
  return true;
}

}  // namespace

}  // namespace batch

void score_batch(const std::vector<std::string>& inputs, const BatchOptions& options, const Registry& registry,
                 const BatchRunOptions& run, const std::function<bool(ScoreRow&&)>& sink) {
  batch::QuestionnaireCache cache(registry, options.questionnaire);
  batch::AnswersParser parser;
  std::unique_ptr<batch::ParallelScorer> pool;
  const unsigned threads = run.threads > 0 ? run.threads : std::max(1U, std::thread::hardware_concurrency());
  bool go_on = true;
  auto score_in_order = [&](BatchRecord&& record) {
    return go_on = sink(score_record(std::move(record), run.details));
  };
  auto make_pool = [&] {
    if (!pool) pool = std::make_unique<batch::ParallelScorer>(cache, options, threads, run.details, run.prepare);
    return pool.get();
  };
  // Folder files told apart as they are read: the walk then costs no system call a file.
  const std::vector<BatchInput> expanded = expand_inputs(inputs, options.format, true);
  for (std::size_t k = 0; k < expanded.size();) {
    const BatchInput& input = expanded[k];
    if (input.format == InputFormat::json && input.path != "-") {
      // A run of JSON files (a folder): read and scored on the workers, rows in this order.
      std::size_t end = k;
      while (end < expanded.size() && expanded[end].format == InputFormat::json && expanded[end].path != "-") ++end;
      if (end - k == 1) {
        batch::read_records(input, options, cache, parser, score_in_order);
      } else {
        const std::vector<BatchInput> files(expanded.begin() + static_cast<std::ptrdiff_t>(k),
                                            expanded.begin() + static_cast<std::ptrdiff_t>(end));
        go_on = make_pool()->run_files(files, sink);
      }
      k = end;
      if (!go_on) return;
      continue;
    }
    ++k;
    if (input.format == InputFormat::ndjson && !forms::ndjson_is_surveyjs(input, options, cache)) {
      const std::string name = input.path == "-" ? "<stdin>" : input.path;
      std::optional<batch::ByteSource> source;
      try {
        source.emplace(batch::ByteSource::open(input));
      } catch (const Error& e) {
        if (!sink(batch::input_error_row(name, e))) return;
        continue;
      }
      try {
        go_on = make_pool()->run(*source, name, sink, run.idle);
      } catch (const InputError& e) {
        go_on = sink(batch::input_error_row(name, e));
      }
    } else if (!batch::score_csv_file(input, options, cache, make_pool, run.details, sink, go_on)) {
      batch::read_records(input, options, cache, parser, score_in_order);
    }
    if (!go_on) return;
  }
}

}  // namespace salesaudit
