#include "batch/csv_reader.hpp"

#include <salesaudit/limits.hpp>
#include <salesaudit/text.hpp>

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>

namespace salesaudit::batch {

namespace {

// Most fields are a few ASCII bytes: a loop settles those without simdjson's dispatch.
bool is_utf8(std::string_view field) {
  if (field.size() <= 64 &&
      std::all_of(field.begin(), field.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return true;
  }
  return simdjson::validate_utf8(field.data(), field.size());
}

}  // namespace

int CsvReader::peek() {
  if (pos_ == end_) {
    if (eof_) return -1;
    consumed_ += end_;
    end_ = source_.read(buffer_.data(), buffer_.size());
    pos_ = 0;
    if (end_ == 0) {
      eof_ = true;
      return -1;
    }
  }
  return static_cast<unsigned char>(buffer_[pos_]);
}

int CsvReader::get() {
  const int c = peek();
  if (c < 0) return c;
  ++pos_;
  if (c == '\n') {
    ++line_;
    column_ = 1;
  } else {
    ++column_;
  }
  return c;
}

void CsvReader::skip_line() {
  for (int c = get(); c >= 0 && c != '\n'; c = get()) {
  }
}

void CsvReader::fail(CsvRecord& record, std::size_t line, std::size_t column, const std::string& message) {
  if (!record.error.empty()) return;  // the first problem of a record is the one reported
  record.error = fmt::format("{}:{}:{}: {}", name_, line, column, message);
}

void CsvReader::append(CsvRecord& record, std::string& field, int c, std::size_t line, std::size_t column) {
  if (field.size() < limits::kMaxCsvFieldBytes) {
    field += static_cast<char>(c);
  } else {
    fail(record, line, column, fmt::format("field longer than {} bytes", limits::kMaxCsvFieldBytes));
  }
}

void CsvReader::append_run(CsvRecord& record, std::string& field, bool quoted, std::size_t line, std::size_t column) {
  // The bytes up to the next one that ends this kind of field, taken from the buffer in
  // one go (byte by byte, reading was a third of a CSV's time).
  const char* const begin = buffer_.data() + pos_;
  const char* const end = buffer_.data() + end_;
  const char* p = begin;
  if (quoted) {
    while (p != end && *p != '"') ++p;
  } else {
    while (p != end && *p != '"' && *p != ',' && *p != '\n' && *p != '\r') ++p;
  }
  const auto n = static_cast<std::size_t>(p - begin);
  const std::size_t room = limits::kMaxCsvFieldBytes - std::min(field.size(), limits::kMaxCsvFieldBytes);
  field.append(begin, std::min(n, room));
  if (n > room) fail(record, line, column, fmt::format("field longer than {} bytes", limits::kMaxCsvFieldBytes));
  if (!quoted) {
    column_ += n;  // an unquoted run stops at a newline
  } else {
    for (const char* c = begin; c != p; ++c) {
      if (*c == '\n') {
        ++line_;
        column_ = 1;
      } else {
        ++column_;
      }
    }
  }
  pos_ += n;
}

bool CsvReader::next(CsvRecord& record) {
  record.fields.clear();
  record.columns.clear();
  record.error.clear();
  if (!started_) {
    started_ = true;
    if (peek() == 0xEF) {  // a UTF-8 byte order mark, as spreadsheets write
      get();
      if (peek() == 0xBB) get();
      if (peek() == 0xBF) get();
      column_ = 1;
    }
  }
  if (peek() < 0) return false;
  record.line = line_;
  for (;;) {
    std::string field;
    record.columns.push_back(column_);
    const std::size_t field_line = line_;
    const bool quoted = peek() == '"';
    if (quoted) {
      const std::size_t open_line = line_;
      const std::size_t open_column = column_;
      get();
      for (;;) {
        if (peek() >= 0 && peek() != '"') append_run(record, field, true, open_line, open_column);
        const int c = get();
        if (c < 0) {
          fail(record, open_line, open_column,
               "unterminated quoted field: no closing quote before the end of the file");
          return true;
        }
        if (c == '"') {
          if (peek() != '"') break;
          get();
        }
        append(record, field, c, open_line, open_column);
      }
      const int after = peek();
      if (after != ',' && after != '\n' && after != '\r' && after >= 0) {
        fail(record, line_, column_,
             fmt::format("unexpected character '{}' after a closing quote (write \"\" for a quote inside a quoted "
                         "field)",
                         static_cast<char>(after)));
        skip_line();
        return true;
      }
    } else {
      const std::size_t open_line = line_;
      const std::size_t open_column = column_;
      for (int c = peek(); c >= 0 && c != ',' && c != '\n' && c != '\r'; c = peek()) {
        if (c == '"') {
          fail(record, line_, column_, "quote inside an unquoted field (quote the whole field and write \"\")");
          skip_line();
          return true;
        }
        append_run(record, field, false, open_line, open_column);
      }
    }
    if (!is_utf8(field)) {
      // Reported at the byte, counted from where the field starts (a quoted field's
      // doubled quotes are not counted back, so there the column is approximate).
      const std::size_t bad = text::first_invalid_utf8(field);
      const std::string_view before(field.data(), bad == std::string_view::npos ? 0 : bad);
      const std::size_t newlines = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
      const std::size_t column =
          newlines == 0 ? record.columns.back() + (quoted ? 1 : 0) + before.size() : before.size() - before.rfind('\n');
      const unsigned byte = bad < field.size() ? static_cast<unsigned char>(field[bad]) : 0;
      fail(record, field_line + newlines, column,
           fmt::format("byte 0x{:02X} is not UTF-8; save the file as UTF-8 (\"CSV UTF-8\") and read it again", byte));
    }
    if (record.fields.size() < limits::kMaxCsvFields) {
      record.fields.push_back(std::move(field));
    } else {
      // Memory stays bounded: the row is read to its end but only reported.
      record.columns.pop_back();
      fail(record, record.line, 1, fmt::format("row has more than {} fields", limits::kMaxCsvFields));
    }
    const int c = get();
    if (c == ',') continue;
    if (c == '\r' && peek() == '\n') get();
    return true;  // end of line or of the file
  }
}

}  // namespace salesaudit::batch
