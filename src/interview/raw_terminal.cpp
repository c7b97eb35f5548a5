#include "interview/raw_terminal.hpp"

#include "interview/layout.hpp"

#include "i18n/messages.hpp"

#include <salesaudit/text.hpp>

#include <salesaudit/error.hpp>
#include <salesaudit/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace salesaudit {

namespace {

constexpr char kCtrlC = 0x03;
constexpr char kCtrlD = 0x04;
constexpr char kEscape = 0x1b;
constexpr int kEscapeSequenceMs = 50;  // bytes of an arrow key arrive together

constexpr std::size_t kFallbackColumns = 80;

std::vector<std::string> split_lines(const std::string& message) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (;;) {
    const auto end = message.find('\n', start);
    lines.push_back(message.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return lines;
    start = end + 1;
  }
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
  update_columns();
}

void RawTerminal::update_columns() {
  const std::size_t columns = terminal_columns(out_fd_);
  columns_ = columns > 0 ? columns : kFallbackColumns;
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

void RawTerminal::write_lines(const std::vector<std::string>& lines, const char* style) {
  // Every line is wrapped to the width, so each piece takes exactly one row.
  std::string out;
  for (const auto& line : lines) {
    for (const auto& piece : wrap_message(line, columns_)) {
      if (escapes_ == Escapes::on && style != nullptr) {
        out += fmt::format("\x1b[{}m{}\x1b[0m\n", style, piece);
      } else {
        out += piece + "\n";
      }
      if (question_shown_) ++rows_;
    }
  }
  write_out(out);
}

void RawTerminal::write_messages(const std::vector<std::string>& messages) {
  // Feedback under a question in yellow (the words carry the meaning too); the intro plain.
  for (const auto& message : messages) write_lines(split_lines(message), question_shown_ ? "33" : nullptr);
}

void RawTerminal::flush_pending() {
  write_messages(pending_);
  if (question_shown_) shown_.insert(shown_.end(), pending_.begin(), pending_.end());
  pending_.clear();
}

void RawTerminal::show_question(const QuestionView& view) {
  if (escapes_ == Escapes::on && rows_ > 0) {
    write_out(fmt::format("\x1b[{}A\r\x1b[J", rows_));  // erase the previous question only
  } else if (question_shown_ || escapes_ == Escapes::off) {
    write_out("\n");
  }
  question_shown_ = true;
  view_ = view;
  shown_.clear();
  draw_question();
  flush_pending();
}

void RawTerminal::redraw_after_resize(const std::string& input) {
  update_columns();
  if (!view_) return;
  // Lines drawn at the old width may have been reflowed by the terminal: with escapes,
  // start from a clear screen; append-only output draws the question again below.
  write_out(escapes_ == Escapes::on ? "\x1b[H\x1b[2J" : "\n");
  draw_question();
  write_messages(shown_);
  write_out("> ");
  ++rows_;
  drawn_ = 0;
  redraw_input(input);
}

void RawTerminal::draw_question() {
  const QuestionView& view = *view_;
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
}

void RawTerminal::print(std::string_view text) {
  pending_.emplace_back(text);
  // Append-only output shows messages at once; with redraw they sit under the next prompt.
  if (escapes_ == Escapes::off || !question_shown_) flush_pending();
}

RawTerminal::Key RawTerminal::read_key(char& byte) {
  switch (read_byte(in_fd_, signal_fd_, byte, -1, resize_.fd())) {
    case ReadStatus::byte: break;
    case ReadStatus::resized: return resize_.take() ? Key::resize : Key::none;
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
  const std::size_t width = text::display_width(text);
  std::string out = "\r> " + text;
  if (drawn_ > width) {
    out += std::string(drawn_ - width, ' ');
    out += std::string(drawn_ - width, '\b');
  }
  drawn_ = width;
  write_out(out);
}

// g++ 12 -O2 reports `*selected` below as maybe uninitialized (-Wmaybe-uninitialized): a false
// positive of its std::optional tracking (GCC PR 80635): every path to that read engages it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
std::optional<std::string> RawTerminal::read_answer(const QuestionView& view) {
  const std::size_t count = view.choices.size();
  std::string buffer;
  std::optional<std::size_t> selected;
  const auto shown = [&] { return selected ? fmt::format("{}  {}", *selected + 1, view.choices[*selected]) : buffer; };
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
      case Key::resize: redraw_after_resize(shown()); continue;
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
        if (!selected && view.current_choice && *view.current_choice < count) {
          selected = view.current_choice;  // the arrows move from the current answer
        } else if (!selected) {
          selected = 0;
          redraw_input(shown());
          continue;
        }
        if (key == Key::up && *selected > 0) {
          --*selected;
        } else if (key == Key::down && *selected + 1 < count) {
          ++*selected;
        }
        redraw_input(shown());
        continue;
      case Key::other: break;
    }
    if (buffer.empty() && !selected) {
      const bool command = std::string_view("<>?rRqQ").find(byte) != std::string_view::npos;
      const bool digit = view.single_key && byte >= '1' && byte <= static_cast<char>('0' + count);
      const bool yes_no = view.yes_no && std::string_view("yYnN").find(byte) != std::string_view::npos;
      // A key that cannot begin an answer (a digit on a yes/no question) is refused at
      // once: the reply goes back unparsable, and the question shows what is accepted.
      const bool printable = static_cast<unsigned char>(byte) >= 0x20 && static_cast<unsigned char>(byte) < 0x7f;
      const bool refused = printable && !view.starts.empty() && view.starts.find(byte) == std::string::npos;
      if (command || digit || yes_no || refused) {
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
#pragma GCC diagnostic pop

std::optional<std::string> RawTerminal::read_line(std::string_view prompt) {
  flush_pending();
  const auto write_prompt = [&] {
    const std::string wrapped = wrap_prompt(prompt, columns_);
    write_out(wrapped);
    if (question_shown_) rows_ += 1 + static_cast<int>(std::count(wrapped.begin(), wrapped.end(), '\n'));
  };
  write_prompt();
  std::string buffer;
  for (;;) {
    char byte = 0;
    switch (read_key(byte)) {
      case Key::resize:  // the prompt again, below, at the new width
        update_columns();
        write_out("\n");
        write_prompt();
        write_out(buffer);
        continue;
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
