#include "interview/layout.hpp"

#include <salesaudit/text.hpp>

#include <charconv>
#include <cstdlib>
#include <cstring>

#include <sys/ioctl.h>

namespace salesaudit {

namespace {

constexpr std::size_t kDefaultColumns = 80;

// Where a list item's text starts: leading spaces, a number, then "  " or ". ".
std::size_t hang_of(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  const std::size_t digits = i;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  if (i == digits || i + 2 > line.size()) return 0;
  if ((line[i] == ' ' || line[i] == '.') && line[i + 1] == ' ') return i + 2;
  return 0;
}

}  // namespace

std::size_t terminal_columns(int fd) {
  winsize size{};
  if (::ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
  return size.ws_col;
}

std::size_t line_mode_columns() {
  const char* env = std::getenv("COLUMNS");
  std::size_t columns = 0;
  if (env != nullptr) {
    const char* end = env + std::strlen(env);
    const auto [ptr, ec] = std::from_chars(env, end, columns);
    if (ec == std::errc() && ptr == end && columns > 0) return columns;
  }
  return kDefaultColumns;
}

std::vector<std::string> wrap_message(std::string_view text, std::size_t columns) {
  std::vector<std::string> lines;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find('\n', start);
    const std::string_view line =
        text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    for (auto& piece : text::wrap(line, columns, hang_of(line))) lines.push_back(std::move(piece));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

std::string wrap_prompt(std::string_view prompt, std::size_t columns) {
  const std::size_t last = prompt.find_last_not_of(' ');
  const std::size_t trailing = last == std::string_view::npos ? prompt.size() : prompt.size() - last - 1;
  // Room for the trailing spaces and a character typed after them.
  const auto lines = wrap_message(prompt.substr(0, prompt.size() - trailing),
                                  columns > trailing + 1 ? columns - trailing - 1 : columns);
  std::string out;
  for (const auto& line : lines) out += (out.empty() ? "" : "\n") + line;
  return out + std::string(trailing, ' ');
}

}  // namespace salesaudit
