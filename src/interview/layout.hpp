#pragma once
// How wide the terminal is, and prompts and messages wrapped to that width (both front
// ends; the measuring itself is salesaudit::text).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit {

// Columns of the terminal on `fd` (TIOCGWINSZ), or 0 when it does not say.
[[nodiscard]] std::size_t terminal_columns(int fd);
// Line mode: COLUMNS when it is a positive number, else 80.
[[nodiscard]] std::size_t line_mode_columns();

// `text` wrapped at word boundaries, line by line. A list item ("  3  label",
// "12. [Dimension] ...") continues under its text, not under its number.
[[nodiscard]] std::vector<std::string> wrap_message(std::string_view text, std::size_t columns);
// A prompt wrapped the same way, joined with "\n", keeping its trailing spaces.
[[nodiscard]] std::string wrap_prompt(std::string_view prompt, std::size_t columns);

}  // namespace salesaudit
