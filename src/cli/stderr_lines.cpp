#include "cli/stderr_lines.hpp"

#include <salesaudit/scoring.hpp>

#include <ostream>

namespace salesaudit::cli {

StderrLines::~StderrLines() {
  try {
    flush();
  } catch (...) {  // NOLINT(bugprone-empty-catch): stderr itself failed; nowhere to report it
  }
}

void StderrLines::add_warnings(std::string_view where, const std::vector<std::string>& warnings) {
  append_warning_lines(pending_, where, warnings);
}

void StderrLines::add_text(std::string_view text) {
  pending_ += text;
}

void StderrLines::add_line(std::string_view line) {
  pending_ += line;
  pending_ += '\n';
}

void StderrLines::flush() {
  if (pending_.empty()) return;
  err_.write(pending_.data(), static_cast<std::streamsize>(pending_.size()));
  pending_.clear();
}

}  // namespace salesaudit::cli
