#pragma once
// minizip reading a zip archive held in memory (a batch input's bytes) through its I/O
// hooks, so an in-memory .xlsx goes through the same unzip calls as a file does.

#include <cstdint>
#include <memory>
#include <string>

namespace salesaudit::forms {

// The bytes and the read position the hooks work on; must outlive the archive handle.
struct MemoryZip {
  std::shared_ptr<const std::string> bytes;
  std::uint64_t position = 0;
};

// unzOpen2_64 over `zip`: the handle (an unzFile) or null when it is no readable archive.
[[nodiscard]] void* open_memory_zip(MemoryZip& zip);

}  // namespace salesaudit::forms
