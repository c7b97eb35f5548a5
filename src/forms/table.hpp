#pragma once
// Rows of cells from a form tool's export, whatever the container: delimited text (CSV,
// `;`, tab) or an .xlsx sheet. Every reader above works on these rows, so a tool's layout
// is read the same way from either file type.

#include "batch/csv_reader.hpp"

#include <salesaudit/batch.hpp>

#include <cstddef>
#include <memory>
#include <string>

namespace salesaudit::forms {

// A row reuses the CSV record: fields, where each starts, its line (the sheet row in
// xlsx) and a per-row error. A fatal error (not UTF-8, a zip bomb) throws DataError.
using Row = batch::CsvRecord;

class Table {
 public:
  virtual ~Table() = default;
  // The next row; false at the end.
  virtual bool next(Row& row) = 0;
  // Where field `i` of `row` is, for messages: "file:line:column" or "file:Sheet1!B3".
  [[nodiscard]] virtual std::string where(const Row& row, std::size_t i) const = 0;
  // Where a row is: "file:line" or "file:Sheet1!3".
  [[nodiscard]] virtual std::string row_where(const Row& row) const = 0;
  // True when the first header field was quoted (Google Forms quotes every field).
  [[nodiscard]] virtual bool first_field_quoted() const { return false; }
};

// Opens `path` as a table: an .xlsx (by its zip signature) or delimited text whose
// delimiter (`,`, `;` or tab) is taken from the header row. `name` prefixes messages.
// Throws InputError when the file cannot be read.
[[nodiscard]] std::unique_ptr<Table> open_table(const std::string& path, const std::string& name);
// The same for a batch input, from its in-memory bytes when it has them.
[[nodiscard]] std::unique_ptr<Table> open_table(const BatchInput& input, const std::string& name);

}  // namespace salesaudit::forms
