#pragma once
// Batch rows as CSV (RFC 4180, spreadsheet-safe) or NDJSON, one line per respondent.

#include <salesaudit/batch.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::batch {

enum class RowFormat { csv, ndjson };

// Appends a CSV cell: quoted when it holds a comma, quote, CR or LF; a leading =, +, -,
// @, tab or CR gets a single quote first so spreadsheets show it instead of running it.
void append_csv_cell(std::string& out, std::string_view cell);
// Appends round2(value) exactly as fmt's "{}" writes it (the shortest form that reads
// back as the same double: 57.5, 62.33, 100), without fmt's general algorithm.
void append_score(std::string& out, double value);
// Appends a JSON string literal; invalid UTF-8 becomes U+FFFD.
void append_json_string(std::string& out, std::string_view text);

class RowWriter {
 public:
  // CSV has one column per dimension id, taken from the first row that has a questionnaire
  // (earlier error rows wait for it), or from `header_fallback` once too many rows waited.
  RowWriter(RowFormat format, std::function<std::shared_ptr<const Questionnaire>()> header_fallback);

  // Appends the text for `row` (after the header, the first time) to `out`. A row with a
  // `text` from format_own() is copied when the header's columns are its questionnaire's.
  void write(ScoreRow&& row, std::string& out);
  // Appends the text write() gives a row with a questionnaire when the header's dimension
  // columns are that questionnaire's (any thread: no state is read).
  static void format_own(RowFormat format, const ScoreRow& row, std::string& out);
  // Appends whatever is still held back (and the header if nothing was written).
  void finish(std::string& out);

 private:
  void write_header(const Questionnaire* questionnaire, std::string& out);
  void map_columns(const Questionnaire* q);
  void write_csv(const ScoreRow& row, std::string& out);
  static void write_csv_start(const ScoreRow& row, std::string& out);
  static void write_csv_end(const ScoreRow& row, std::string& out);
  static void write_ndjson(const ScoreRow& row, std::string& out);

  RowFormat format_;
  std::function<std::shared_ptr<const Questionnaire>()> header_fallback_;
  bool header_written_ = false;
  std::vector<std::string> dimension_ids_;
  std::vector<ScoreRow> held_;
  // Column of each dimension of the last questionnaire seen (-1: not in the header).
  const Questionnaire* mapped_ = nullptr;
  std::vector<int> mapping_;
  bool identity_ = false;  // mapping_ is column c -> dimension c, for all of them
};

}  // namespace salesaudit::batch
