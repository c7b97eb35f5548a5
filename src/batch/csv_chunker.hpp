#pragma once
// Cuts a CSV byte stream into chunks of whole records, so worker threads can split them
// into fields and score them while the reading thread only looks for record ends.
//
// A record ends where CsvReader ends it, including after its errors: a quote inside an
// unquoted field or a stray character after a closing quote make the reader skip to the
// next newline, an unquoted quote at the start of a field opens a quoted one, CR, LF and
// CRLF end a record, an unterminated quote runs to the end of the input. Each chunk
// carries the line and column of its first byte, so a CsvReader started there reports
// exactly what one reading the whole file reports (tests/unit/csv_chunker_test.cpp).

#include "batch/byte_source.hpp"
#include "batch/line_chunker.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace salesaudit::batch {

// Length of the record at the start of `bytes` (its terminator included), as CsvReader
// delimits it; nullopt when `bytes` may end inside it and more input is to come (`eof`
// false). At the end of the input, every non-empty `bytes` holds a whole record.
[[nodiscard]] std::optional<std::size_t> csv_record_length(std::string_view bytes, bool eof);

struct CsvPosition {
  std::size_t offset = 0;  // bytes from the start of the chunker's source
  std::size_t line = 1;
  std::size_t column = 1;
};

class CsvChunker {
 public:
  // `source` is positioned at a record boundary at `start` (line and column of the file).
  // Chunks hold whole records, about `chunk_bytes` each; a record longer than
  // `max_record` stops the chunking there (see rest()) instead of growing memory.
  CsvChunker(ByteSource& source, CsvPosition start, std::size_t chunk_bytes, std::size_t max_record)
      : source_(source), at_(start), chunk_bytes_(chunk_bytes), max_record_(max_record) {}

  // Fills `chunk` (data, length, first_line, first_column) with the next records; false
  // at the end of the input or at a record over the limit.
  bool next(LineChunk& chunk);
  // Where chunking stopped before the end: the start of a record longer than max_record,
  // to be read by one CsvReader from there (it keeps the reader's own limits).
  [[nodiscard]] const std::optional<CsvPosition>& rest() const { return rest_; }

 private:
  void read_more();
  // Emits buffer_[0, cut_) into `chunk` and advances the position past it.
  void emit(LineChunk& chunk);

  ByteSource& source_;
  CsvPosition at_;  // of buffer_[0]
  std::size_t chunk_bytes_;
  std::size_t max_record_;
  std::vector<char> buffer_;
  std::size_t length_ = 0;  // bytes read into buffer_
  std::size_t cut_ = 0;     // buffer_[0, cut_) is whole records
  bool eof_ = false;
  std::optional<CsvPosition> rest_;
};

}  // namespace salesaudit::batch
