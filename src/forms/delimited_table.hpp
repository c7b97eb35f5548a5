#pragma once
// Delimited text as rows: RFC 4180 quoting, `,` `;` or tab, CRLF/LF/CR, an optional
// UTF-8 BOM. Bytes must be UTF-8: the first ill-formed byte stops the file with its line
// and column, since a guess at the encoding would silently change the answers' text.

#include "batch/byte_source.hpp"
#include "forms/table.hpp"

#include <memory>
#include <vector>

namespace salesaudit::forms {

class DelimitedTable : public Table {
 public:
  DelimitedTable(batch::ByteSource source, std::string name);

  bool next(Row& row) override;
  [[nodiscard]] std::string where(const Row& row, std::size_t i) const override;
  [[nodiscard]] std::string row_where(const Row& row) const override;
  [[nodiscard]] bool first_field_quoted() const override { return first_quoted_; }
  [[nodiscard]] char delimiter() const { return delimiter_; }

 private:
  int peek();
  int get();
  void fill();
  void check_utf8(std::size_t from);
  void sniff();
  void skip_line();
  void append(Row& row, std::string& field, int c, std::size_t line, std::size_t column);
  void fail(Row& row, std::size_t line, std::size_t column, const std::string& message);

  batch::ByteSource source_;
  std::string name_;
  std::vector<char> buffer_;
  std::unique_ptr<char[]> block_;  // what fill() reads into
  std::size_t pos_ = 0;
  bool eof_ = false;
  std::size_t line_ = 1;
  std::size_t column_ = 1;
  char delimiter_ = ',';
  bool first_quoted_ = false;
  // UTF-8 check state across buffer refills: bytes still expected of a sequence.
  std::size_t checked_ = 0;
  int pending_ = 0;
  bool second_ = false;  // the next byte is a sequence's second: its range is narrower
  unsigned second_lo_ = 0x80, second_hi_ = 0xBF;
  std::size_t check_line_ = 1;
  std::size_t check_column_ = 1;
  unsigned lead_ = 0;  // the byte that started the current sequence, and where
  std::size_t lead_index_ = 0;
  std::size_t lead_line_ = 1;
  std::string bad_;  // the encoding error met while reading ahead
  std::size_t lead_column_ = 1;
};

}  // namespace salesaudit::forms
