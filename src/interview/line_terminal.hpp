#pragma once
// Line mode: append-only, one reply per line. Used for pipes, TERM=dumb and --accessible
// (screen readers), so a script can pipe the same replies a person types. Text is
// wrapped at word boundaries to COLUMNS (80 when unset).

#include <salesaudit/interview.hpp>

#include <iosfwd>
#include <string>

namespace salesaudit {

enum class Echo { off, on };

class LineTerminal : public Terminal {
 public:
  // Reads `in_fd`, writes to `out`; `signal_fd` (InterruptGuard::fd, or -1) ends a read.
  // Echo::on repeats each reply after its prompt (input that is not a terminal), so the
  // transcript reads like the session.
  LineTerminal(int in_fd, std::ostream& out, int signal_fd, Echo echo);

  void show_question(const QuestionView& view) override;
  void print(std::string_view text) override;
  [[nodiscard]] std::optional<std::string> read_answer(const QuestionView& view) override;
  [[nodiscard]] std::optional<std::string> read_line(std::string_view prompt) override;
  [[nodiscard]] std::size_t columns() const override { return columns_; }

 private:
  int in_fd_;
  std::ostream& out_;
  int signal_fd_;
  Echo echo_;
  std::size_t columns_;  // COLUMNS, else 80: a pipe has no width of its own
  bool ended_ = false;
};

}  // namespace salesaudit
