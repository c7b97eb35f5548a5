#pragma once
// Terminal mode: raw keys via termios. One digit answers a likert or choice question at
// once, y/n a yes/no question, arrow keys move through choices; numbers and text are
// typed and confirmed with Enter. With escapes allowed, only the current question is
// redrawn; without (NO_COLOR, --color never) output is append-only and escape-free.

#include <salesaudit/interview.hpp>

#include <string>
#include <vector>

#include <termios.h>

namespace salesaudit {

enum class Escapes { off, on };
enum class Glyphs { ascii, unicode };

class RawTerminal : public Terminal {
 public:
  // Saves the settings of `in_fd` and switches it to raw keys; OutputError if it cannot.
  RawTerminal(int in_fd, int out_fd, int signal_fd, Escapes escapes, Glyphs glyphs);
  ~RawTerminal() override;  // restores the saved settings
  RawTerminal(const RawTerminal&) = delete;
  RawTerminal& operator=(const RawTerminal&) = delete;

  // Puts the terminal back as it was (idempotent; also done by the destructor).
  void restore();

  void show_question(const QuestionView& view) override;
  void print(std::string_view text) override;
  [[nodiscard]] std::optional<std::string> read_answer(const QuestionView& view) override;
  [[nodiscard]] std::optional<std::string> read_line(std::string_view prompt) override;

 private:
  enum class Key { none, enter, backspace, up, down, interrupt, other };
  Key read_key(char& byte);
  void write_out(std::string_view text);
  void write_lines(const std::vector<std::string>& lines, const char* style);
  void flush_pending();
  void redraw_input(const std::string& text);
  [[nodiscard]] int rows_of(std::string_view line) const;

  int in_fd_;
  int out_fd_;
  int signal_fd_;
  Escapes escapes_;
  Glyphs glyphs_;
  termios saved_{};
  bool raw_ = false;
  bool question_shown_ = false;
  int rows_ = 0;                      // rows drawn since the current question began
  std::size_t drawn_ = 0;             // characters of the input line drawn after "> "
  std::vector<std::string> pending_;  // messages shown under the next question drawn
};

}  // namespace salesaudit
