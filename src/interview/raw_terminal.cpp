#include "interview/raw_terminal.hpp"

#include "interview/signals.hpp"

#include "i18n/messages.hpp"

#include <salesaudit/text.hpp>

#include <salesaudit/error.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

#include <sys/ioctl.h>
#include <unistd.h>

namespace salesaudit {

namespace {

constexpr char kCtrlC = 0x03;
constexpr char kCtrlD = 0x04;
constexpr char kEscape = 0x1b;
constexpr int kEscapeSequenceMs = 50;  // bytes of an arrow key arrive together

std::size_t display_width(std::string_view text) {
  return text::display_width(text);  // columns: a Japanese character takes two
}

void pop_character(std::string& text) {
  while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
  if (!text.empty()) text.pop_back();
}

}  // namespace

RawTerminal::RawTerminal(int in_fd, int out_fd, int signal_fd, Escapes escapes, Glyphs glyphs)
    : in_fd_(in_fd), out_fd_(out_fd), signal_fd_(signal_fd), escapes_(escapes), glyphs_(glyphs) {
  if (::tcgetattr(in_fd_, &saved_) != 0) {
    throw OutputError(fmt::format("cannot read the terminal settings: {}", std::strerror(errno)));
  }
  termios raw = saved_;
  // No echo, no line editing, no signals from keys (Ctrl-C arrives as a byte and is
  // handled like SIGINT), no flow control; output processing stays on ("\n" -> "\r\n").
  raw.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | ISIG | IEXTEN);
  raw.c_iflag &= ~static_cast<tcflag_t>(IXON | ICRNL | INLCR | IGNCR);
  raw.c_cc[VMIN] = 1;
  raw.c_cc[VTIME] = 0;
  if (::tcsetattr(in_fd_, TCSANOW, &raw) != 0) {
    throw OutputError(fmt::format("cannot set the terminal to raw keys: {}", std::strerror(errno)));
  }
  raw_ = true;
}

RawTerminal::~RawTerminal() {
  restore();
}

void RawTerminal::restore() {
  if (!raw_) return;
  ::tcsetattr(in_fd_, TCSANOW, &saved_);
  raw_ = false;
}

void RawTerminal::write_out(std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(out_fd_, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return;  // a closed terminal: nothing more to show
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
}

int RawTerminal::rows_of(std::string_view line) const {
  winsize size{};
  const std::size_t columns =
      ::ioctl(out_fd_, TIOCGWINSZ, &size) == 0 && size.ws_col > 0 ? size.ws_col : std::size_t{80};
  const std::size_t width = display_width(line);
  return width == 0 ? 1 : static_cast<int>((width + columns - 1) / columns);
}

void RawTerminal::write_lines(const std::vector<std::string>& lines, const char* style) {
  std::string out;
  for (const auto& line : lines) {
    if (escapes_ == Escapes::on && style != nullptr) {
      out += fmt::format("\x1b[{}m{}\x1b[0m\n", style, line);
    } else {
      out += line + "\n";
    }
    if (question_shown_) rows_ += rows_of(line);
  }
  write_out(out);
}

void RawTerminal::flush_pending() {
  for (const auto& message : pending_) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= message.size()) {
      const auto end = message.find('\n', start);
      lines.push_back(message.substr(start, end == std::string::npos ? std::string::npos : end - start));
      if (end == std::string::npos) break;
      start = end + 1;
    }
    // Feedback under a question in yellow (the words carry the meaning too); the intro plain.
    write_lines(lines, question_shown_ ? "33" : nullptr);
  }
  pending_.clear();
}

void RawTerminal::show_question(const QuestionView& view) {
  if (escapes_ == Escapes::on && rows_ > 0) {
    write_out(fmt::format("\x1b[{}A\r\x1b[J", rows_));  // erase the previous question only
  } else if (question_shown_ || escapes_ == Escapes::off) {
    write_out("\n");
  }
  question_shown_ = true;
  rows_ = 0;
  auto lines = question_lines(view);
  lines.pop_back();  // the line-mode key hint; raw keys get their own
  std::string keys;
  for (const auto& key : view.keys) keys += (keys.empty() ? "" : ", ") + key;
  const char* arrows = glyphs_ == Glyphs::unicode ? "\u2191/\u2193" : i18n::tr("Up/Down");
  std::string how;
  if (view.single_key) {
    how = i18n::trf("Press 1-{} (or {} and Enter)", view.choices.size(), arrows);
  } else if (view.yes_no) {
    how = i18n::tr("Press y or n");
  } else {
    how = i18n::trf("Type {} and press Enter", view.accepted);
  }
  write_lines({lines.front()}, "1");
  write_lines(std::vector<std::string>(lines.begin() + 1, lines.end()), nullptr);
  write_lines({how + "; " + keys}, "2");
  flush_pending();
}

void RawTerminal::print(std::string_view text) {
  pending_.emplace_back(text);
  // Append-only output shows messages at once; with redraw they sit under the next prompt.
  if (escapes_ == Escapes::off || !question_shown_) flush_pending();
}

RawTerminal::Key RawTerminal::read_key(char& byte) {
  switch (read_byte(in_fd_, signal_fd_, byte)) {
    case ReadStatus::byte: break;
    case ReadStatus::timeout: return Key::none;
    case ReadStatus::end:
    case ReadStatus::interrupted: return Key::interrupt;
  }
  if (byte == kCtrlC || byte == kCtrlD) return Key::interrupt;
  if (byte == '\r' || byte == '\n') return Key::enter;
  if (byte == 0x7f || byte == 0x08) return Key::backspace;
  if (byte != kEscape) return Key::other;
  // An escape sequence: ESC [ A (up), ESC [ B (down), or ESC O A/B; others are ignored.
  char next = 0;
  if (read_byte(in_fd_, signal_fd_, next, kEscapeSequenceMs) != ReadStatus::byte) return Key::none;
  if (next != '[' && next != 'O') return Key::none;
  for (;;) {
    if (read_byte(in_fd_, signal_fd_, next, kEscapeSequenceMs) != ReadStatus::byte) return Key::none;
    if (next == 'A') return Key::up;
    if (next == 'B') return Key::down;
    if ((next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z') || next == '~') return Key::none;
  }
}

void RawTerminal::redraw_input(const std::string& text) {
  // Rewrites the input line with \r, spaces and backspaces: no escape codes needed.
  const std::size_t width = display_width(text);
  std::string out = "\r> " + text;
  if (drawn_ > width) {
    out += std::string(drawn_ - width, ' ');
    out += std::string(drawn_ - width, '\b');
  }
  drawn_ = width;
  write_out(out);
}

std::optional<std::string> RawTerminal::read_answer(const QuestionView& view) {
  const std::size_t count = view.choices.size();
  std::string buffer;
  std::optional<std::size_t> selected;
  drawn_ = 0;
  write_out("> ");
  if (question_shown_) rows_ += 1;
  auto finish = [&](std::string reply) -> std::optional<std::string> {
    write_out("\n");
    return reply;
  };
  for (;;) {
    char byte = 0;
    const Key key = read_key(byte);
    switch (key) {
      case Key::none: continue;
      case Key::interrupt: write_out("\n"); return std::nullopt;
      case Key::enter:
        if (selected) return finish(std::to_string(*selected + 1));
        return finish(buffer);
      case Key::backspace:
        selected.reset();
        pop_character(buffer);
        redraw_input(buffer);
        continue;
      case Key::up:
      case Key::down:
        if (count == 0 || view.multiple) continue;
        if (!selected) {
          selected = 0;
        } else if (key == Key::up && *selected > 0) {
          --*selected;
        } else if (key == Key::down && *selected + 1 < count) {
          ++*selected;
        }
        redraw_input(fmt::format("{}  {}", *selected + 1, view.choices[*selected]));
        continue;
      case Key::other: break;
    }
    if (buffer.empty() && !selected) {
      const bool command = std::string_view("<>?rRqQ").find(byte) != std::string_view::npos;
      const bool digit = view.single_key && byte >= '1' && byte <= static_cast<char>('0' + count);
      const bool yes_no = view.yes_no && std::string_view("yYnN").find(byte) != std::string_view::npos;
      if (command || digit || yes_no) {
        redraw_input(std::string(1, byte));
        return finish(std::string(1, byte));
      }
    }
    if (static_cast<unsigned char>(byte) < 0x20) continue;  // other control keys
    selected.reset();
    buffer += byte;
    redraw_input(buffer);
  }
}

std::optional<std::string> RawTerminal::read_line(std::string_view prompt) {
  flush_pending();
  write_out(prompt);
  if (question_shown_) rows_ += rows_of(prompt);
  std::string buffer;
  for (;;) {
    char byte = 0;
    switch (read_key(byte)) {
      case Key::interrupt: write_out("\n"); return std::nullopt;
      case Key::enter: write_out("\n"); return buffer;
      case Key::backspace:
        if (!buffer.empty()) {
          pop_character(buffer);
          write_out("\b \b");
        }
        continue;
      case Key::none:
      case Key::up:
      case Key::down: continue;
      case Key::other: break;
    }
    if (static_cast<unsigned char>(byte) < 0x20) continue;
    buffer += byte;
    write_out(std::string_view(&byte, 1));
  }
}

}  // namespace salesaudit
