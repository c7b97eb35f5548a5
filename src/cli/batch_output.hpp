#pragma once
// What a batch run of `score` writes: its rows (BatchOutput: stdout, or a file replaced
// atomically at the end) and its stderr side (BatchTally: each record's warnings and
// errors, progress, the closing counts and the exit code).

#include "batch/output_file.hpp"
#include "cli/context.hpp"
#include "cli/stderr_lines.hpp"

#include <salesaudit/batch.hpp>

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace salesaudit::cli {

class BatchOutput {
 public:
  // Refuses an output that is one of the inputs; "" or "-" is stdout.
  BatchOutput(const std::string& path, const std::vector<std::string>& inputs, Context& context);
  std::string& buffer() { return buffer_; }
  // Called before every write of the buffer (the tally writes its stderr lines first, so
  // a row's warnings still come before the row when both streams go to one place).
  void before_flush(std::function<void()> hook) { before_flush_ = std::move(hook); }
  void flush_if_full() {
    if (buffer_.size() >= (std::size_t{64} << 10)) flush();
  }
  void flush();
  // Writes what is buffered all the way out (to the temporary file, or to stdout).
  void flush_through();
  void commit();

 private:
  Context& context_;
  std::string buffer_;
  std::optional<batch::OutputFile> file_;
  std::function<void()> before_flush_;
};

class BatchTally {
 public:
  BatchTally(Context& context, bool quiet);
  BatchTally(const BatchTally&) = delete;
  BatchTally& operator=(const BatchTally&) = delete;

  // A row's warnings (unless quiet) and errors, in input order, and its count.
  void record(const ScoreRow& row);
  // Writes the pending warning and error lines to stderr.
  void flush() { lines_.flush(); }
  // The pending lines, then "scored N, failed M".
  void finish();
  [[nodiscard]] int exit_code() const { return exit_code_; }

 private:
  void show_progress();
  void clear_progress();

  Context& context_;
  StderrLines lines_{context_.err};  // warning and error lines not yet written
  bool quiet_;
  bool progress_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
  std::size_t scored_ = 0;
  std::size_t failed_ = 0;
  int exit_code_ = 0;
};

}  // namespace salesaudit::cli
