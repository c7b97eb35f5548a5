#pragma once
// Terminal mode: raw keys via termios. One digit answers a likert or choice question at
// once, y/n a yes/no question, arrow keys move through choices; numbers and text are
// typed and confirmed with Enter. With escapes allowed, only the current question is
// redrawn; without (NO_COLOR, --color never) output is append-only and escape-free.
// Text is wrapped to the width of the terminal on `out_fd`, read again after SIGWINCH,
// when the current question is drawn again at the new width.

#include "interview/signals.hpp"

#include <salesaudit/interview.hpp>

#include <optional>

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
  [[nodiscard]] std::size_t columns() const override { return columns_; }

 private:
  enum class Key { none, enter, backspace, up, down, interrupt, resize, other };
  Key read_key(char& byte);
  void write_out(std::string_view text);
  void write_lines(const std::vector<std::string>& lines, const char* style);
  void write_messages(const std::vector<std::string>& messages);
  void flush_pending();
  void draw_question();
  void redraw_after_resize(const std::string& input);
  void redraw_input(const std::string& text);
  void update_columns();

  int in_fd_;
  int out_fd_;
  int signal_fd_;
  Escapes escapes_;
  Glyphs glyphs_;
  ResizeWatch resize_;
  std::size_t columns_ = 80;
  std::optional<QuestionView> view_;  // the question drawn last, for a redraw
  std::vector<std::string> shown_;    // the messages drawn under it
  termios saved_{};
  bool raw_ = false;
  bool question_shown_ = false;
  int rows_ = 0;                      // rows drawn since the current question began (lines are wrapped)
  std::size_t drawn_ = 0;             // characters of the input line drawn after "> "
  std::vector<std::string> pending_;  // messages shown under the next question drawn
};

}  // namespace salesaudit
