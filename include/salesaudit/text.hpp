#pragma once
// Measuring and wrapping UTF-8 text by terminal display columns: one place for the
// interactive prompts and the text report.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::text {

// Display columns of `utf8`: East Asian Wide and Fullwidth characters take 2, combining
// marks, zero-width characters and control characters 0, every other character 1, and
// each byte of an invalid UTF-8 sequence 1.
[[nodiscard]] std::size_t display_width(std::string_view utf8);

// Breaks `text` into lines of at most `columns` display columns at spaces. Each "\n"
// starts a new paragraph. Spaces between words are kept within a line and dropped at a
// break. A paragraph's leading spaces are kept and continuation lines are indented by
// `hang` spaces, each unless it takes half the line or more. A word wider than the line
// is cut by display columns, never inside a UTF-8 sequence or before a combining mark.
// An empty text gives one empty line; `columns` 0 means 1.
[[nodiscard]] std::vector<std::string> wrap(std::string_view text, std::size_t columns, std::size_t hang = 0);

// Bytes of the well-formed UTF-8 sequence at `pos` (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0 when the bytes there start none.
[[nodiscard]] std::size_t utf8_sequence_length(std::string_view s, std::size_t pos);
// Where the first byte that starts no well-formed sequence is, or npos.
[[nodiscard]] std::size_t first_invalid_utf8(std::string_view s);

// `text` cut to at most `columns` display columns, ending in "..." when it was cut (never
// inside a UTF-8 sequence or before a combining mark).
[[nodiscard]] std::string truncate(std::string_view text, std::size_t columns);

}  // namespace salesaudit::text
