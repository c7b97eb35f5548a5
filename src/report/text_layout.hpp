#pragma once
// Terminal layout helpers: widths in code points, word wrapping, bars.

#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::report {

// Display width in terminal columns (text::display_width: a Japanese character takes
// two, a combining mark none); ANSI colour codes count for nothing.
[[nodiscard]] std::size_t display_width(std::string_view text);

// Pads with spaces on the right to `width` columns (never truncates).
[[nodiscard]] std::string pad_right(std::string_view text, std::size_t width);

// Pads with spaces on the left to `width` columns (never truncates).
[[nodiscard]] std::string pad_left(std::string_view text, std::size_t width);

// Word-wraps `text` so that no line exceeds `width` columns including the indent;
// `first` prefixes the first line, `rest` every other. Words longer than a line are split.
[[nodiscard]] std::vector<std::string> wrap(std::string_view text, std::size_t width, std::string_view first,
                                            std::string_view rest);

// A horizontal bar `cells` wide showing `fraction` in [0, 1]: Unicode blocks with
// eighth-cell resolution, or '#' and '.' in ASCII.
[[nodiscard]] std::string bar(double fraction, std::size_t cells, bool unicode);

}  // namespace salesaudit::report

#include "report/report_model.hpp"

#include <iosfwd>
#include <optional>

namespace salesaudit::report {

// Writes wrapped, optionally coloured lines to a stream; ANSI codes never count
// towards the width.
struct TextOut {
  std::ostream& out;
  std::size_t width = 80;
  bool color = false;
  bool unicode = true;

  void line(std::string_view text = "") const;
  // Wraps `text` (already escaped) with the given prefixes.
  void para(std::string_view text, std::string_view first, std::string_view rest) const;
  void heading(std::string_view title) const;
  // `text` in the colour of `tone` (unchanged without colour or tone).
  [[nodiscard]] std::string paint(std::string_view text, std::optional<Tone> tone) const;
  [[nodiscard]] std::string bold(std::string_view text) const;
};

}  // namespace salesaudit::report
