#pragma once
// A sequential byte stream over a file, stdin or a string, read in blocks so batch
// inputs of any size stream with bounded memory.

#include <salesaudit/batch.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace salesaudit::batch {

class ByteSource {
 public:
  // "-" reads stdin. Throws InputError naming the path when it cannot be opened.
  static ByteSource open(const std::string& path);
  static ByteSource from_string(std::string text);
  // Reads `text`, which must outlive the source (no copy).
  static ByteSource from_view(std::string_view text);
  // An input of a batch: its in-memory bytes when it has them, else open(input.path).
  static ByteSource open(const BatchInput& input);

  ByteSource(ByteSource&& other) noexcept;
  ByteSource& operator=(ByteSource&&) = delete;
  ByteSource(const ByteSource&) = delete;
  ~ByteSource();

  // Reads up to `size` bytes into `buffer`; 0 at the end. Throws InputError on a read error.
  std::size_t read(char* buffer, std::size_t size);
  // True when read() would not wait: data (or the end) is there now. Always true for
  // files and strings; for a pipe or terminal, whether the writer has sent more yet.
  [[nodiscard]] bool ready() const;
  // True for a regular file or a string: read from the start again, it gives the same bytes.
  [[nodiscard]] bool rereadable() const;
  // Moves `count` bytes on without returning them (read and dropped where it cannot seek).
  void skip(std::size_t count);
  [[nodiscard]] const std::string& name() const { return name_; }

 private:
  ByteSource(int fd, bool owned, std::string name) : fd_(fd), owned_(owned), name_(std::move(name)) {}

  int fd_ = -1;  // -1: reads from text_
  bool owned_ = false;
  std::string name_;
  std::string text_;
  std::string_view view_;  // what a string source reads: text_, or the caller's bytes
  bool owns_view_ = false;
  std::size_t offset_ = 0;
};

}  // namespace salesaudit::batch
