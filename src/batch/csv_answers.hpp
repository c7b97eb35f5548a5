#pragma once
// Answers from a CSV export (contract section 2): a header row naming `respondent_id`
// (optional `respondent_name`, `team`, `role`) and one column per question id, renamed
// through an optional column map; one respondent per row.

#include "batch/csv_reader.hpp"

#include <salesaudit/batch.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace salesaudit::batch {

// Column title -> question id or respondent field; nullopt = ignore the column.
using ColumnMap = std::map<std::string, std::optional<std::string>>;

// Reads a map file: a JSON object {"Column title": "question-id", "Timestamp": null}.
// Throws InputError if unreadable, DataError naming the entry if invalid.
[[nodiscard]] ColumnMap load_column_map(const std::string& path);

class CsvAnswers {
 public:
  CsvAnswers(CsvReader& reader, std::shared_ptr<const Questionnaire> questionnaire, const ColumnMap& map)
      : reader_(reader), questionnaire_(std::move(questionnaire)), map_(map) {}

  // The next respondent (or an error record); false at the end. The first call reads the
  // header; a bad header yields one error record and ends the file.
  bool next(BatchRecord& record);

  // next() in two steps, so rows can be converted on other threads: the next row, raw,
  // into `row` (false at the end). `record` gets its place, and errors when the row is
  // malformed or the header bad; only an error-free record needs convert_row, which
  // reads nothing but the header and may run on several threads at once.
  bool next_row(CsvRecord& row, BatchRecord& record);
  void convert_row(const CsvRecord& row, BatchRecord& record) const;

  // The header alone (as the first next_row reads it): false when the file is empty or
  // the header is bad, and then `record` holds its errors (none for an empty file).
  bool header(BatchRecord& record);
  // What next_row and convert_row make of a row that another CsvReader of the same file
  // read (CsvChunker's chunks, on worker threads): its place, then the row's error or its
  // answers, its messages' control characters escaped. Reads nothing but the header; may
  // run on several threads at once.
  void row_record(const CsvRecord& row, BatchRecord& record) const;

 private:
  enum class Field { ignore, question, respondent_id, respondent_name, team, role };
  struct Column {
    Field field = Field::ignore;
    std::size_t question = 0;
    std::string title;
  };
  bool read_header(BatchRecord& record);
  void convert(const CsvRecord& row, BatchRecord& record) const;
  [[nodiscard]] std::string cell_error(const CsvRecord& row, std::size_t i, const std::string& message) const;

  CsvReader& reader_;
  std::shared_ptr<const Questionnaire> questionnaire_;
  const ColumnMap& map_;
  std::vector<Column> columns_;
  bool header_done_ = false;
  bool ended_ = false;
  CsvRecord row_;
};

}  // namespace salesaudit::batch
