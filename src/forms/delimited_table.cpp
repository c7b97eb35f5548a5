#include "forms/delimited_table.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/limits.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace salesaudit::forms {

namespace {
constexpr std::size_t kBlock = std::size_t{64} << 10;
}

DelimitedTable::DelimitedTable(batch::ByteSource source, std::string name)
    : source_(std::move(source)), name_(std::move(name)) {
  fill();
  // A UTF-8 byte order mark, as LimeSurvey and Excel write it.
  if (buffer_.size() >= 3 && static_cast<unsigned char>(buffer_[0]) == 0xEF &&
      static_cast<unsigned char>(buffer_[1]) == 0xBB && static_cast<unsigned char>(buffer_[2]) == 0xBF) {
    pos_ = 3;
  }
  sniff();
}

// Reads one more block after what is buffered (the buffer keeps the unread tail), and
// cuts it at the first byte that is not UTF-8 so the rows before it still come out.
void DelimitedTable::fill() {
  if (eof_) return;
  const std::size_t consumed = std::min(pos_, buffer_.size());
  buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(consumed));
  checked_ -= std::min(checked_, consumed);
  lead_index_ -= std::min(lead_index_, consumed);
  pos_ = 0;
  // Read into uninitialised memory and append what came (as LineChunker::read_block):
  // growing buffer_ by a whole block zero-filled it for every read.
  if (!block_) block_ = std::make_unique_for_overwrite<char[]>(kBlock);
  const std::size_t got = source_.read(block_.get(), kBlock);
  buffer_.insert(buffer_.end(), block_.get(), block_.get() + got);
  if (got == 0) eof_ = true;
  check_utf8(checked_);
}

void DelimitedTable::check_utf8(std::size_t from) {
  std::size_t i = from;
  if (check_line_ == 1 && check_column_ == 1 && i == 0 && buffer_.size() >= 3 && buffer_[0] == '\xEF' &&
      buffer_[1] == '\xBB' && buffer_[2] == '\xBF') {
    i = 3;  // the byte order mark is not a column
  }
  for (; i < buffer_.size(); ++i) {
    const auto b = static_cast<unsigned char>(buffer_[i]);
    bool bad = false;
    if (pending_ > 0) {
      // RFC 3629: no overlong forms (E0 80.., F0 80..), surrogates (ED A0..) or > U+10FFFF.
      bad = second_ ? (b < second_lo_ || b > second_hi_) : (b & 0xC0) != 0x80;
      second_ = false;
      if (!bad) --pending_;
    } else {
      lead_ = b;
      lead_index_ = i;
      lead_line_ = check_line_;
      lead_column_ = check_column_;
      second_lo_ = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
      second_hi_ = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        pending_ = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        pending_ = 2;
      } else if (b >= 0xF0 && b <= 0xF4) {
        pending_ = 3;
      } else {
        bad = b >= 0x80;
      }
      second_ = pending_ > 0;
    }
    // The byte reported is the one that starts the ill-formed sequence.
    if (bad) {
      // The rows before the byte still come out; reading up to it throws (peek).
      bad_ = fmt::format(
          "{}:{}:{}: byte 0x{:02X} is not UTF-8; save the export as UTF-8 (\"CSV UTF-8\") "
          "and read it again",
          name_, lead_line_, lead_column_, lead_);
      buffer_.resize(std::min(buffer_.size(), lead_index_));
      checked_ = buffer_.size();
      eof_ = true;
      return;
    }
    if (b == '\n') {
      ++check_line_;
      check_column_ = 1;
    } else {
      ++check_column_;
    }
  }
  checked_ = i;
  if (eof_ && pending_ > 0 && bad_.empty()) {  // a sequence cut by the end of the file
    bad_ = fmt::format("{}:{}:{}: byte 0x{:02X} is not UTF-8 (a sequence cut by the end of the file)", name_,
                       lead_line_, lead_column_, lead_);
    buffer_.resize(std::min(buffer_.size(), lead_index_));
    checked_ = buffer_.size();
  }
}

int DelimitedTable::peek() {
  if (pos_ >= buffer_.size()) {
    fill();
    if (pos_ >= buffer_.size()) {
      if (!bad_.empty()) throw DataError({bad_});
      return -1;
    }
  }
  return static_cast<unsigned char>(buffer_[pos_]);
}

int DelimitedTable::get() {
  const int c = peek();
  if (c < 0) return c;
  ++pos_;
  if (c == '\n' || (c == '\r' && peek() != '\n')) {
    ++line_;
    column_ = 1;
  } else {
    ++column_;
  }
  return c;
}

// The delimiter is the most frequent of `,` `;` and tab outside quotes in the header row.
void DelimitedTable::sniff() {
  std::size_t counts[3] = {0, 0, 0};
  bool quoted = false;
  std::size_t i = pos_;
  first_quoted_ = i < buffer_.size() && buffer_[i] == '"';
  for (; i < buffer_.size(); ++i) {
    const char c = buffer_[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ',') ++counts[0];
    if (c == ';') ++counts[1];
    if (c == '\t') ++counts[2];
  }
  if (counts[1] > counts[0] && counts[1] >= counts[2]) delimiter_ = ';';
  if (counts[2] > counts[0] && counts[2] > counts[1]) delimiter_ = '\t';
}

void DelimitedTable::skip_line() {
  for (int c = get(); c >= 0 && c != '\n'; c = get()) {
  }
}

void DelimitedTable::fail(Row& row, std::size_t line, std::size_t column, const std::string& message) {
  if (row.error.empty()) row.error = fmt::format("{}:{}:{}: {}", name_, line, column, message);
}

void DelimitedTable::append(Row& row, std::string& field, int c, std::size_t line, std::size_t column) {
  if (field.size() < limits::kMaxCsvFieldBytes) {
    field += static_cast<char>(c);
  } else {
    fail(row, line, column, fmt::format("field longer than {} bytes", limits::kMaxCsvFieldBytes));
  }
}

bool DelimitedTable::next(Row& row) {
  row.fields.clear();
  row.columns.clear();
  row.error.clear();
  if (peek() < 0) return false;
  row.line = line_;
  const int d = delimiter_;
  for (;;) {
    std::string field;
    row.columns.push_back(column_);
    const std::size_t open_line = line_;
    const std::size_t open_column = column_;
    if (peek() == '"') {
      get();
      for (;;) {
        const int c = get();
        if (c < 0) {
          fail(row, open_line, open_column, "unterminated quoted field: no closing quote before the end of the file");
          return true;
        }
        if (c == '"') {
          if (peek() != '"') break;
          get();
        }
        append(row, field, c, open_line, open_column);
      }
      const int after = peek();
      if (after != d && after != '\n' && after != '\r' && after >= 0) {
        fail(row, line_, column_,
             fmt::format("unexpected character '{}' after a closing quote (write \"\" for a quote inside a quoted "
                         "field)",
                         static_cast<char>(after)));
        skip_line();
        return true;
      }
    } else {
      // Unquoted fields keep any quote they contain: tools with minimal quoting write
      // `5" screen` as it is.
      for (int c = peek(); c >= 0 && c != d && c != '\n' && c != '\r'; c = peek()) {
        append(row, field, get(), open_line, open_column);
      }
    }
    if (row.fields.size() < limits::kMaxCsvFields) {
      row.fields.push_back(std::move(field));
    } else {
      row.columns.pop_back();
      fail(row, row.line, 1, fmt::format("row has more than {} fields", limits::kMaxCsvFields));
    }
    const int c = get();
    if (c == d) continue;
    if (c == '\r' && peek() == '\n') get();
    return true;
  }
}

std::string DelimitedTable::where(const Row& row, std::size_t i) const {
  return fmt::format("{}:{}:{}", name_, row.line, i < row.columns.size() ? row.columns[i] : 1);
}

std::string DelimitedTable::row_where(const Row& row) const {
  return fmt::format("{}:{}", name_, row.line);
}

}  // namespace salesaudit::forms
