#pragma once
// File input and crash-safe output.

#include <cstdint>
#include <string>

namespace salesaudit {

// Which file a path led to when it was read: its device and inode.
struct FileIdentity {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  bool known = false;  // false for stdin, or when the file could not be opened
};

// Reads a whole file ("-" = stdin). Throws InputError (exit 66) naming the path.
[[nodiscard]] std::string read_input(const std::string& path);
// The same, saying which file was read (taken from the open file, before any read).
[[nodiscard]] std::string read_input(const std::string& path, FileIdentity& identity);

// Writes `content` to `path` atomically: a temporary file in the same folder,
// flushed and fsync'ed, then renamed over the target. Readers see the old file or
// the new one, whole. Throws OutputError (exit 73).
void write_file_atomic(const std::string& path, const std::string& content);
// The same with the file's permission bits given (e.g. 0600 for a secret).
void write_file_atomic(const std::string& path, const std::string& content, unsigned mode);

}  // namespace salesaudit
