// Escaping of input strings for terminal, Markdown and HTML output.

#include "report/escape.hpp"

#include <fmt/format.h>

namespace salesaudit::report {

namespace {

// Length of the UTF-8 sequence starting with `lead`, 1 for stray bytes.
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC0) return 2;
  return 1;
}

char32_t decode(std::string_view s) {
  const auto b = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[i])); };
  switch (s.size()) {
    case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    case 4: return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    default: return b(0);
  }
}

// Characters that reorder or hide text on screen ("Trojan Source" style).
bool invisible_control(char32_t c) {
  return (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F || c == 0x061C;
}

}  // namespace

std::string escape_control(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    // A run of printable ASCII (most of any message) is copied whole.
    std::size_t plain = i;
    while (plain < text.size() && text[plain] >= 0x20 && text[plain] < 0x7F) ++plain;
    if (plain > i) {
      out.append(text.substr(i, plain - i));
      i = plain;
      continue;
    }
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead == '\t' || lead == '\n' || lead == '\r') {
      out += ' ';
      ++i;
      continue;
    }
    if (lead < 0x20 || lead == 0x7F) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(lead));
      ++i;
      continue;
    }
    std::size_t n = sequence_length(lead);
    if (i + n > text.size()) n = 1;
    const std::string_view seq = text.substr(i, n);
    if (n > 1 && invisible_control(decode(seq))) {
      out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(decode(seq)));
    } else {
      out += seq;
    }
    i += n;
  }
  return out;
}

std::string escape_markdown(std::string_view text) {
  std::string out;
  for (char c : escape_control(text)) {
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '|':
      case '~':
      case '#':
      case '&': out += '\\'; break;
      default: break;
    }
    out += c;
  }
  return out;
}

std::string escape_html(std::string_view text) {
  std::string out;
  for (char c : escape_control(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace salesaudit::report
