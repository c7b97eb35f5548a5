#include "batch/line_chunker.hpp"

#include <algorithm>
#include <cstring>

namespace salesaudit::batch {

namespace {
constexpr std::size_t kBlock = std::size_t{256} << 10;

// memchr jumps a whole line at a time (vectorised); std::count compared every byte.
std::size_t count_newlines(const char* p, std::size_t n) {
  std::size_t count = 0;
  const char* const end = p + n;
  while (p < end) {
    const auto* newline = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    if (newline == nullptr) break;
    ++count;
    p = newline + 1;
  }
  return count;
}
}  // namespace

std::size_t LineChunker::read_block(ByteBuffer& into) {
  // Read straight into the chunk: the buffer grows without zero-filling (ByteBuffer), and
  // is reused from chunk to chunk, so its pages are faulted in once.
  const std::size_t old = into.size();
  into.resize(old + kBlock);
  std::size_t n = 0;
  try {
    n = source_.read(into.data() + old, kBlock);
  } catch (...) {
    into.resize(old);  // nothing uninitialised left behind
    throw;
  }
  into.resize(old + n);
  if (n == 0) eof_ = true;
  return n;
}

ByteBuffer LineChunker::skip_line() {
  ByteBuffer block;
  while (!eof_) {
    block.clear();
    read_block(block);
    const auto newline = std::find(block.begin(), block.end(), '\n');
    if (newline != block.end()) return {newline + 1, block.end()};
  }
  return {};
}

bool LineChunker::next(LineChunk& chunk) {
  ByteBuffer& data = chunk.data;
  data.clear();
  data.reserve(chunk_bytes_ + kBlock + kLinePadding);
  data.insert(data.end(), carry_.begin(), carry_.end());
  carry_.clear();
  chunk.first_line = next_line_;
  chunk.too_long.clear();
  chunk.input_idle = false;

  std::size_t scanned = 0;
  std::size_t last_newline = 0;  // one past the last newline found; 0 = none yet
  for (;;) {
    if (!started_ && data.size() < 3 && !eof_) {
      read_block(data);
      continue;
    }
    if (!started_) {
      started_ = true;
      if (data.size() >= 3 && std::equal(data.begin(), data.begin() + 3, "\xEF\xBB\xBF")) {
        data.erase(data.begin(), data.begin() + 3);  // a UTF-8 byte order mark
      }
    }
    for (std::size_t i = data.size(); i > scanned; --i) {
      if (data[i - 1] == '\n') {
        last_newline = i;
        break;
      }
    }
    scanned = data.size();
    if (last_newline > 0 && data.size() >= chunk_bytes_) break;
    if (last_newline > 0 && !eof_ && !source_.ready()) {
      chunk.input_idle = true;
      break;
    }
    if (data.size() - last_newline > max_line_) {
      // The partial line at the end is over the limit: keep its number, drop its bytes.
      chunk.too_long.push_back(next_line_ + count_newlines(data.data(), last_newline));
      data.resize(last_newline);
      data.push_back('\n');
      const ByteBuffer rest = skip_line();
      last_newline = data.size();
      data.insert(data.end(), rest.begin(), rest.end());
      scanned = last_newline;
      continue;
    }
    if (eof_) break;
    read_block(data);
  }
  if (!eof_) {
    carry_.assign(data.begin() + static_cast<std::ptrdiff_t>(last_newline), data.end());
    data.resize(last_newline);
  }
  chunk.length = data.size();
  std::size_t lines = count_newlines(data.data(), data.size());
  if (!data.empty() && data.back() != '\n') ++lines;
  next_line_ += lines;
  data.resize(chunk.length + kLinePadding, ' ');
  return chunk.length > 0;
}

}  // namespace salesaudit::batch
