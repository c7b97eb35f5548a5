#include "interview/line_terminal.hpp"

#include "interview/layout.hpp"
#include "interview/signals.hpp"

#include <ostream>

namespace salesaudit {

LineTerminal::LineTerminal(int in_fd, std::ostream& out, int signal_fd, Echo echo)
    : in_fd_(in_fd), out_(out), signal_fd_(signal_fd), echo_(echo), columns_(line_mode_columns()) {}

void LineTerminal::show_question(const QuestionView& view) {
  out_ << '\n';
  for (const auto& line : question_lines(view)) {
    for (const auto& piece : wrap_message(line, columns_)) out_ << piece << '\n';
  }
  out_.flush();
}

void LineTerminal::print(std::string_view text) {
  for (const auto& line : wrap_message(text, columns_)) out_ << line << '\n';
  out_.flush();
}

std::optional<std::string> LineTerminal::read_answer(const QuestionView& /*view*/) {
  return read_line("> ");
}

std::optional<std::string> LineTerminal::read_line(std::string_view prompt) {
  out_ << wrap_prompt(prompt, columns_);
  out_.flush();
  if (ended_) return std::nullopt;
  std::string line;
  for (;;) {
    char byte = 0;
    const ReadStatus status = read_byte(in_fd_, signal_fd_, byte);
    if (status == ReadStatus::interrupted) {
      out_ << '\n';
      return std::nullopt;
    }
    if (status != ReadStatus::byte) {
      ended_ = true;
      if (line.empty()) {
        out_ << '\n';
        return std::nullopt;
      }
      break;  // a last line without a newline still counts
    }
    if (byte == '\n') break;
    line += byte;
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (echo_ == Echo::on) {
    out_ << line << '\n';
  } else if (ended_) {
    out_ << '\n';
  }
  out_.flush();
  return line;
}

}  // namespace salesaudit
