#pragma once
// A file written as a stream and published atomically: the data goes to a temporary
// file beside the target, which replaces the target only on commit(). Without commit()
// (an error, an interrupt) the target is left as it was.

#include <string>
#include <string_view>

namespace salesaudit::batch {

class OutputFile {
 public:
  // Throws OutputError (exit 73) if the temporary file cannot be created.
  explicit OutputFile(std::string path);
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile();

  void write(std::string_view data);
  // Flushes, syncs and renames over the target.
  void commit();

 private:
  [[noreturn]] void fail(const char* what);

  std::string path_;
  std::string temp_;
  int fd_ = -1;
};

}  // namespace salesaudit::batch
