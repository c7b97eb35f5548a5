#include "cli/batch_output.hpp"

#include <salesaudit/error.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <iostream>

#include <unistd.h>

namespace salesaudit::cli {

BatchOutput::BatchOutput(const std::string& path, const std::vector<std::string>& inputs, Context& context)
    : context_(context) {
  if (path.empty() || path == "-") return;
  refuse_input_as_output(path, inputs);
  file_.emplace(path);
}

void BatchOutput::flush() {
  if (before_flush_) before_flush_();
  if (file_) {
    file_->write(buffer_);
  } else {
    context_.out.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    if (!context_.out) throw OutputError("<stdout>: cannot write");
  }
  buffer_.clear();
}

void BatchOutput::flush_through() {
  flush();
  if (!file_) context_.out.flush();
}

void BatchOutput::commit() {
  flush();
  if (file_) {
    file_->commit();
  } else {
    context_.out.flush();
  }
}

BatchTally::BatchTally(Context& context, bool quiet)
    : context_(context), quiet_(quiet), progress_(&context.err == &std::cerr && ::isatty(STDERR_FILENO) == 1) {}

void BatchTally::record(const ScoreRow& row) {
  // Each record's own warnings, every time: records are independent documents. They are
  // collected and written in blocks (a write per record was a system call each).
  if (!quiet_ && !row.warnings.empty()) {
    clear_progress();
    if (row.warning_text.empty()) {
      lines_.add_warnings(row.where, row.warnings);
    } else {
      lines_.add_text(row.warning_text);
    }
  }
  if (row.ok()) {
    ++scored_;
  } else {
    ++failed_;
    clear_progress();
    for (const auto& error : row.errors) lines_.add_line(error);
    if (row.error_code == ExitCode::input_missing) {
      exit_code_ = static_cast<int>(ExitCode::input_missing);
    } else if (exit_code_ == 0) {
      exit_code_ = static_cast<int>(ExitCode::data_invalid);
    }
  }
  lines_.flush_if_full();
  if (progress_ && ((scored_ + failed_) & 1023) == 0) show_progress();
}

void BatchTally::finish() {
  flush();
  clear_progress();
  fmt::print(context_.err, "scored {}, failed {}\n", scored_, failed_);
}

void BatchTally::show_progress() {
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  flush();  // the lines before the progress line, so clear_progress never erases one
  fmt::print(context_.err, "\rscoring: {} scored, {} failed", scored_, failed_);
  context_.err.flush();
  shown_ = true;
}

void BatchTally::clear_progress() {
  if (!shown_) return;
  fmt::print(context_.err, "\r\033[K");
  shown_ = false;
}

}  // namespace salesaudit::cli
