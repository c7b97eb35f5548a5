#include "batch/csv_chunker.hpp"

#include <algorithm>

namespace salesaudit::batch {

std::optional<std::size_t> csv_record_length(std::string_view b, bool eof) {
  constexpr auto npos = std::string_view::npos;
  const std::size_t n = b.size();
  // The input ends inside this record: it is whole only at the end of the input.
  const auto to_end = [&]() -> std::optional<std::size_t> {
    if (eof) return n;
    return std::nullopt;
  };
  // The reader's skip_line after an error: through the next newline.
  const auto through_newline = [&](std::size_t i) -> std::optional<std::size_t> {
    const std::size_t newline = b.find('\n', i);
    return newline != npos ? std::optional<std::size_t>(newline + 1) : to_end();
  };
  // A CR ends the record, with the LF after it if there is one.
  const auto after_cr = [&](std::size_t cr) -> std::optional<std::size_t> {
    if (cr + 1 < n) return b[cr + 1] == '\n' ? cr + 2 : cr + 1;
    return eof ? std::optional<std::size_t>(cr + 1) : std::nullopt;
  };
  std::size_t i = 0;  // the start of a field
  for (;;) {
    if (i < n && b[i] == '"') {
      std::size_t quote = i + 1;
      for (;;) {
        quote = b.find('"', quote);
        if (quote == npos || quote + 1 == n) return to_end();  // unterminated, or closed at the end
        if (b[quote + 1] != '"') break;
        quote += 2;  // "" inside a quoted field
      }
      i = quote + 1;
      switch (b[i]) {
        case ',': ++i; continue;
        case '\n': return i + 1;
        case '\r': return after_cr(i);
        default: return through_newline(i);  // a character after the closing quote
      }
    }
    std::size_t j = i;
    while (j < n && b[j] != '"' && b[j] != ',' && b[j] != '\n' && b[j] != '\r') ++j;
    if (j == n) return to_end();
    switch (b[j]) {
      case '"': return through_newline(j);  // a quote inside an unquoted field
      case ',': i = j + 1; continue;
      case '\n': return j + 1;
      default: return after_cr(j);
    }
  }
}

bool CsvChunker::next(LineChunk& chunk) {
  if (rest_) return false;
  for (;;) {
    while (cut_ < length_ && cut_ < chunk_bytes_) {
      const auto length = csv_record_length({buffer_.data() + cut_, length_ - cut_}, eof_);
      if (!length) break;
      cut_ += *length;
    }
    if (cut_ >= chunk_bytes_ || (eof_ && cut_ > 0)) {
      emit(chunk);
      return true;
    }
    if (eof_) return false;
    if (length_ - cut_ > max_record_) {
      if (cut_ > 0) {
        emit(chunk);
        return true;
      }
      rest_ = at_;
      return false;
    }
    read_more();
  }
}

void CsvChunker::read_more() {
  // At least as much again as the partial record holds, so scanning it again from its
  // start costs no more than linear time overall.
  const std::size_t want = std::max(chunk_bytes_, length_ - cut_);
  buffer_.resize(length_ + want);
  const std::size_t got = source_.read(buffer_.data() + length_, want);
  length_ += got;
  buffer_.resize(length_);
  if (got == 0) eof_ = true;
}

void CsvChunker::emit(LineChunk& chunk) {
  const auto begin = buffer_.begin();
  const auto end = begin + static_cast<std::ptrdiff_t>(cut_);
  chunk.data.assign(begin, end);
  chunk.length = cut_;
  chunk.first_line = at_.line;
  chunk.first_column = at_.column;
  chunk.too_long.clear();
  chunk.input_idle = false;
  // The reader's count: a line per LF, the column restarts at 1 after it.
  const auto newlines = static_cast<std::size_t>(std::count(begin, end, '\n'));
  if (newlines > 0) {
    const auto last = static_cast<std::size_t>(
        std::find(std::make_reverse_iterator(end), std::make_reverse_iterator(begin), '\n').base() -
        begin);  // one past the last LF
    at_.column = cut_ - last + 1;
  } else {
    at_.column += cut_;
  }
  at_.line += newlines;
  at_.offset += cut_;
  buffer_.erase(begin, end);
  length_ -= cut_;
  cut_ = 0;
}

}  // namespace salesaudit::batch
