#pragma once
// RFC 4180 CSV records from a byte stream: quoted fields with "" escapes and embedded
// newlines, CRLF or LF, an optional UTF-8 byte order mark. Errors name line and column.

#include "batch/byte_source.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace salesaudit::batch {

struct CsvRecord {
  std::vector<std::string> fields;
  std::vector<std::size_t> columns;  // 1-based column (byte) where each field starts
  std::size_t line = 0;              // line where the record starts
  std::string error;                 // "name:line:col: message" when the record is malformed
  [[nodiscard]] bool blank() const { return fields.size() == 1 && fields[0].empty(); }
};

class CsvReader {
 public:
  CsvReader(ByteSource& source, std::string name) : source_(source), name_(std::move(name)) {}
  // Resumes reading at a record boundary found elsewhere (CsvChunker): `source` starts at
  // that byte, which is at `line` and `column` of the file (no byte order mark expected).
  CsvReader(ByteSource& source, std::string name, std::size_t line, std::size_t column)
      : source_(source), name_(std::move(name)), started_(true), line_(line), column_(column) {}

  // Reads the next record; false at the end. A malformed record comes back with
  // `error` set; reading resumes on the next line (an unterminated quote ends the input).
  bool next(CsvRecord& record);
  [[nodiscard]] const std::string& name() const { return name_; }
  // Where the next record starts: bytes consumed from the source, and its line and column.
  [[nodiscard]] std::size_t offset() const { return consumed_ + pos_; }
  [[nodiscard]] std::size_t line() const { return line_; }
  [[nodiscard]] std::size_t column() const { return column_; }

 private:
  int peek();
  int get();
  void skip_line();
  // Adds `c` to `field` unless the field is at the size limit (then records the error).
  void append(CsvRecord& record, std::string& field, int c, std::size_t line, std::size_t column);
  // Appends the run of ordinary bytes at the read position (none of `"`, and unless
  // `quoted` none of `,` CR LF), within the field size limit.
  void append_run(CsvRecord& record, std::string& field, bool quoted, std::size_t line, std::size_t column);
  void fail(CsvRecord& record, std::size_t line, std::size_t column, const std::string& message);

  ByteSource& source_;
  std::string name_;
  std::vector<char> buffer_ = std::vector<char>(std::size_t{64} << 10);
  std::size_t consumed_ = 0;  // bytes of the source before buffer_
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  bool started_ = false;
  std::size_t line_ = 1;
  std::size_t column_ = 1;
};

}  // namespace salesaudit::batch
