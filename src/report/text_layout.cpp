// Terminal layout helpers.

#include "report/text_layout.hpp"

#include <salesaudit/text.hpp>

#include <algorithm>
#include <cmath>
#include <ostream>

namespace salesaudit::report {

namespace {

bool continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Splits `word` into pieces of at most `width` display columns (a wide character takes
// two, a combining mark stays with its base); a piece holds at least one character.
std::vector<std::string> split_word(std::string_view word, std::size_t width) {
  std::vector<std::string> pieces(1);
  std::size_t used = 0;
  std::size_t i = 0;
  while (i < word.size()) {
    std::size_t n = 1;
    while (i + n < word.size() && continuation(word[i + n])) ++n;
    const std::string_view glyph = word.substr(i, n);
    const std::size_t w = text::display_width(glyph);
    if (w > 0 && used + w > width && !pieces.back().empty()) {
      pieces.emplace_back();
      used = 0;
    }
    pieces.back() += glyph;
    used += w;
    i += n;
  }
  return pieces;
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {  // our own SGR codes take no room
      i = std::min(text.find('m', i), text.size());
      continue;
    }
    const std::size_t start = i;
    while (i + 1 < text.size() && text[i + 1] != '\x1b') ++i;
    width += text::display_width(text.substr(start, i + 1 - start));
  }
  return width;
}

std::string pad_right(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t w = display_width(text);
  if (w < width) out.append(width - w, ' ');
  return out;
}

std::string pad_left(std::string_view text, std::size_t width) {
  const std::size_t w = display_width(text);
  return std::string(w < width ? width - w : 0, ' ') + std::string(text);
}

std::vector<std::string> wrap(std::string_view text, std::size_t width, std::string_view first, std::string_view rest) {
  std::vector<std::string> lines;
  std::string line(first);
  std::size_t used = display_width(first);
  bool empty = true;  // no word on the current line yet
  const auto new_line = [&] {
    lines.push_back(line);
    line = std::string(rest);
    used = display_width(rest);
    empty = true;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    const std::size_t end = std::min(text.find(' ', i), text.size());
    std::string_view word = text.substr(i, end - i);
    i = end;
    // A word that fits on a line of its own moves to the next line; one wider than any
    // line (Japanese has no spaces) fills this one first.
    const std::size_t word_width = display_width(word);
    const std::size_t rest_room = width > display_width(rest) ? width - display_width(rest) : 0;
    if (!empty && used + 1 + word_width > width && (word_width <= rest_room || used + 2 >= width)) new_line();
    if (!empty) {
      line += ' ';
      ++used;
    }
    // A word wider than the room left is split; each piece fills a line.
    while (used + display_width(word) > width && width > used) {
      const auto piece = split_word(word, width - used).front();
      if (display_width(piece) > width - used && !empty) {  // a wide character at the end: next line
        new_line();
        continue;
      }
      line += piece;
      word.remove_prefix(piece.size());
      new_line();
    }
    line += word;
    used += display_width(word);
    empty = false;
  }
  lines.push_back(line);
  return lines;
}

std::string bar(double fraction, std::size_t cells, bool unicode) {
  fraction = std::clamp(fraction, 0.0, 1.0);
  if (!unicode) {
    const auto filled = static_cast<std::size_t>(std::lround(fraction * static_cast<double>(cells)));
    return std::string(filled, '#') + std::string(cells - filled, '.');
  }
  static const char* const kEighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  const auto eighths = static_cast<std::size_t>(std::lround(fraction * static_cast<double>(cells * 8)));
  std::string out;
  for (std::size_t c = 0; c < eighths / 8; ++c) out += "█";
  std::size_t used = eighths / 8;
  if (eighths % 8 != 0) {
    out += kEighths[eighths % 8];
    ++used;
  }
  for (; used < cells; ++used) out += "░";
  return out;
}

}  // namespace salesaudit::report

namespace salesaudit::report {

void TextOut::line(std::string_view text) const {
  out << text << '\n';
}

void TextOut::para(std::string_view text, std::string_view first, std::string_view rest) const {
  for (const auto& l : wrap(text, width, first, rest)) line(l);
}

void TextOut::heading(std::string_view title) const {
  line();
  for (const auto& l : wrap(title, width, "", "  ")) line(bold(l));
}

std::string TextOut::paint(std::string_view text, std::optional<Tone> tone) const {
  if (!color || !tone) return std::string(text);
  static constexpr std::string_view kCodes[] = {"31", "33", "36", "32"};  // red, yellow, cyan, green
  return "\x1b[" + std::string(kCodes[static_cast<int>(*tone)]) + "m" + std::string(text) + "\x1b[0m";
}

std::string TextOut::bold(std::string_view text) const {
  return color ? "\x1b[1m" + std::string(text) + "\x1b[0m" : std::string(text);
}

}  // namespace salesaudit::report
