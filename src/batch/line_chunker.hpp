#pragma once
// Splits a byte stream into chunks of whole lines (NDJSON), with line numbers, so
// records can be handed to worker threads while memory stays bounded.

#include "batch/byte_source.hpp"

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <utility>
#include <vector>

namespace salesaudit::batch {

// Bytes readable past the end of every line, as simdjson requires.
inline constexpr std::size_t kLinePadding = 64;

// An allocator whose value-less construct() leaves a char uninitialised, so a buffer can
// grow by a block that read() then overwrites (std::vector<char> would zero it first).
template <class T>
struct UninitializedAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = UninitializedAllocator<U>;
  };
  UninitializedAllocator() = default;
  template <class U>
  UninitializedAllocator(const UninitializedAllocator<U>& /*other*/) noexcept {}
  template <class U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;  // default-initialised: no zeroing
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

using ByteBuffer = std::vector<char, UninitializedAllocator<char>>;

struct LineChunk {
  ByteBuffer data;                    // whole lines, then kLinePadding spare bytes
  std::size_t length = 0;             // bytes of lines in `data`
  std::size_t first_line = 1;         // number of the first line
  std::size_t first_column = 1;       // CSV chunks (CsvChunker): column of the first byte
  std::vector<std::size_t> too_long;  // numbers of lines dropped for exceeding the limit
  // The input had nothing more to give when this chunk was cut: a writer on the other
  // end of a pipe may be waiting for these rows before it sends more.
  bool input_idle = false;
};

class LineChunker {
 public:
  // `chunk_bytes`: aim for chunks about this big; `max_line`: longer lines are dropped
  // (and reported through LineChunk::too_long) instead of growing memory.
  LineChunker(ByteSource& source, std::size_t chunk_bytes, std::size_t max_line)
      : source_(source), chunk_bytes_(chunk_bytes), max_line_(max_line) {}

  // Fills `chunk` with the next lines; false at the end of the input. A chunk is cut
  // short, at the last whole line, when the input has no more bytes ready (a pipe whose
  // writer is waiting), so a record never waits for later input to be scored.
  bool next(LineChunk& chunk);

 private:
  // Appends up to one block read from the source straight into `into`.
  std::size_t read_block(ByteBuffer& into);
  // Discards bytes up to and including the next newline; returns what followed it.
  ByteBuffer skip_line();

  ByteSource& source_;
  std::size_t chunk_bytes_;
  std::size_t max_line_;
  ByteBuffer carry_;  // a partial line left over from the previous chunk
  std::size_t next_line_ = 1;
  bool eof_ = false;
  bool started_ = false;
};

// Calls fn(line, number, too_long) for every line of `chunk`, without its "\n" or "\r\n".
template <typename Fn>
void for_each_line(const LineChunk& chunk, Fn&& fn) {
  const char* p = chunk.data.data();
  const char* const end = p + chunk.length;
  std::size_t number = chunk.first_line;
  std::size_t next_too_long = 0;
  while (p < end) {
    const auto* newline = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    const char* stop = newline != nullptr ? newline : end;
    std::string_view line(p, static_cast<std::size_t>(stop - p));
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    bool too_long = false;
    if (next_too_long < chunk.too_long.size() && chunk.too_long[next_too_long] == number) {
      too_long = true;
      ++next_too_long;
    }
    fn(line, number, too_long);
    ++number;
    p = stop + 1;
  }
}

// True for a line with nothing but spaces and tabs (skipped, as NDJSON tools do).
[[nodiscard]] inline bool blank_line(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

}  // namespace salesaudit::batch
