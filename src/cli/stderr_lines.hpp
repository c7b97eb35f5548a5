#pragma once
// Warning and error lines of a batch, collected and written to stderr in blocks: a
// stream such as std::cerr is unit-buffered, so a line at a time was one write system
// call per record (most export records warn).

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::cli {

class StderrLines {
 public:
  explicit StderrLines(std::ostream& err) : err_(err) {}
  StderrLines(const StderrLines&) = delete;
  StderrLines& operator=(const StderrLines&) = delete;
  // What is still pending goes out even when the run ends with an exception.
  ~StderrLines();

  // Each warning of the record at `where` as its stderr line (warning_line).
  void add_warnings(std::string_view where, const std::vector<std::string>& warnings);
  // `text`: whole lines, each ending in '\n'.
  void add_text(std::string_view text);
  void add_line(std::string_view line);
  // Writes the lines once they fill a block.
  void flush_if_full() {
    if (pending_.size() >= kBlock) flush();
  }
  // Writes every pending line now (before anything else is written to stderr or stdout).
  void flush();

 private:
  static constexpr std::size_t kBlock = std::size_t{64} << 10;
  std::ostream& err_;
  std::string pending_;
};

}  // namespace salesaudit::cli
