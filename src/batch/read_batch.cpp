// read_batch: every input expanded and read in order, one record per respondent.

#include "batch/answers_parser.hpp"
#include "batch/csv_answers.hpp"
#include "batch/folder_walk.hpp"
#include "batch/line_chunker.hpp"
#include "batch/record_source.hpp"
#include "forms/read_export.hpp"
#include "report/escape.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <filesystem>

namespace salesaudit {

namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

InputFormat format_of(const std::string& path, InputFormat requested) {
  if (requested != InputFormat::automatic) return requested;
  if (ends_with(path, ".ndjson") || ends_with(path, ".jsonl")) return InputFormat::ndjson;
  if (ends_with(path, ".csv") || ends_with(path, ".xlsx")) return InputFormat::csv;  // xlsx: src/forms
  return InputFormat::json;
}

}  // namespace

std::vector<BatchInput> expand_inputs(const std::vector<std::string>& inputs, InputFormat format,
                                      bool identities_at_read) {
  std::vector<BatchInput> out;
  std::uint32_t group = 0;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (input == "-" || !fs::is_directory(input, ec)) {
      out.push_back({input, format_of(input, format), {}, {}});
      continue;
    }
    ++group;
    for (auto& entry : batch::walk_folder(input, identities_at_read)) {
      out.push_back(
          {std::move(entry.path), InputFormat::json, std::move(entry.problem), {}, entry.identity_at_read ? group : 0});
    }
  }
  return out;
}

namespace batch {

void read_records(const BatchInput& input, const BatchOptions& options, QuestionnaireCache& cache,
                  AnswersParser& parser, const std::function<bool(BatchRecord&&)>& raw_sink, FileIdentity* identity) {
  // CSV diagnostics quote cells: escape control characters before anyone prints them.
  const auto sink = [&raw_sink](BatchRecord&& record) {
    for (auto& error : record.errors) error = report::escape_control(error);
    return raw_sink(std::move(record));
  };
  const std::string name = input.path == "-" ? "<stdin>" : input.path;
  auto fail = [&](ExitCode code, std::vector<std::string> errors) {
    BatchRecord record;
    record.where = name;
    record.errors = std::move(errors);
    record.error_code = code;
    return sink(std::move(record));
  };
  if (!input.problem.empty()) {
    fail(ExitCode::input_missing, {fmt::format("{}: {}", name, input.problem)});
    return;
  }
  try {
    // Form tools' exports (a detected header, an xlsx, --from TOOL) are read in src/forms.
    if (forms::read_export(input, options, cache, sink)) return;
    switch (input.format) {
      case InputFormat::automatic:
      case InputFormat::json: {
        std::string read;
        if (!input.bytes) read = identity != nullptr ? read_input(input.path, *identity) : read_input(input.path);
        const std::string& text = input.bytes ? *input.bytes : read;
        if (forms::read_surveyjs_json(text, name, options, cache, sink)) return;
        BatchRecord record;
        record.where = name;
        parser.parse(text, false, name, cache, record);
        sink(std::move(record));
        return;
      }
      case InputFormat::ndjson: {
        ByteSource source = ByteSource::open(input);
        LineChunker chunker(source, std::size_t{256} << 10, kMaxLine);
        LineChunk chunk;
        while (chunker.next(chunk)) {
          bool go_on = true;
          for_each_line(chunk, [&](std::string_view line, std::size_t number, bool too_long) {
            if (!go_on || (!too_long && blank_line(line))) return;
            go_on = sink(ndjson_record(line, number, too_long, name, cache, parser));
          });
          if (!go_on) return;
        }
        return;
      }
      case InputFormat::csv: {
        auto questionnaire = cache.fixed_or(kDefaultQuestionnaire);
        const ColumnMap map = options.map_file.empty() ? ColumnMap{} : load_column_map(options.map_file);
        ByteSource source = ByteSource::open(input);
        CsvReader reader(source, name);
        CsvAnswers answers(reader, questionnaire, map);
        BatchRecord record;
        while (answers.next(record)) {
          if (!sink(std::move(record))) return;
        }
        return;
      }
    }
  } catch (const DataError& e) {
    fail(e.code(), e.diagnostics());
  } catch (const Error& e) {
    fail(e.code(), {e.what()});
  }
}

void read_ndjson_record(std::string_view line, std::size_t number, bool too_long, const std::string& name,
                        QuestionnaireCache& cache, AnswersParser& parser, BatchRecord& record) {
  // Assigned in place so the string keeps its capacity; to_chars because fmt::format_to
  // cost about 550 more instructions a record on this hot path.
  record.where.assign(name);
  record.where += ':';
  char digits[24];
  record.where.append(digits, std::to_chars(digits, digits + sizeof digits, number).ptr);
  record.errors.clear();
  record.error_code = ExitCode::ok;
  if (too_long) {
    record.answers.reset();
    record.questionnaire.reset();
    record.errors.push_back(fmt::format("{}: line longer than {} MiB; skipped", record.where, kMaxLine >> 20));
    record.error_code = ExitCode::data_invalid;
    return;
  }
  parser.parse(line, true, record.where, cache, record);
  relocate_line_diagnostics(record.errors, record.where);
}

BatchRecord ndjson_record(std::string_view line, std::size_t number, bool too_long, const std::string& name,
                          QuestionnaireCache& cache, AnswersParser& parser) {
  BatchRecord record;
  read_ndjson_record(line, number, too_long, name, cache, parser, record);
  return record;
}

}  // namespace batch

void read_batch_until(const std::vector<std::string>& inputs, const BatchOptions& options, const Registry& registry,
                      const std::function<bool(BatchRecord&&)>& sink) {
  batch::QuestionnaireCache cache(registry, options.questionnaire);
  batch::AnswersParser parser;
  bool go_on = true;
  auto guarded = [&](BatchRecord&& record) { return go_on = sink(std::move(record)); };
  for (const auto& input : expand_inputs(inputs, options.format)) {
    batch::read_records(input, options, cache, parser, guarded);
    if (!go_on) return;
  }
}

void read_batch(const std::vector<std::string>& inputs, const BatchOptions& options, const Registry& registry,
                const std::function<void(BatchRecord&&)>& sink) {
  read_batch_until(inputs, options, registry, [&](BatchRecord&& record) {
    sink(std::move(record));
    return true;
  });
}

}  // namespace salesaudit
