// Escaping of input strings for terminal, Markdown and HTML output.

#include "report/escape.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <cstring>

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

// Whether the 8 bytes at `p` are all printable ASCII (0x20 to 0x7E), by word
// arithmetic: a byte below 0x20 borrows into its top bit when 0x20 is subtracted (and had
// it clear), one of 0x7F or more has it set in itself or after adding 1. Any byte that
// fails makes the result false (a false "no" only sends those bytes to the slow loop).
bool printable_ascii8(const char* p) {
  std::uint64_t w = 0;
  std::memcpy(&w, p, 8);
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  const std::uint64_t below_space = (w - 0x20 * kOnes) & ~w & kHigh;
  const std::uint64_t del_or_high = (w | (w + kOnes)) & kHigh;
  return (below_space | del_or_high) == 0;
}

// Characters that reorder or hide text on screen ("Trojan Source" style).
bool invisible_control(char32_t c) {
  return (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F || c == 0x061C;
}

}  // namespace

void append_escaped_control(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    // Printable ASCII is copied a run at a time (warning lines are mostly that), eight
    // bytes per step while none of them needs a look.
    std::size_t run = i;
    while (run + 8 <= text.size() && printable_ascii8(text.data() + run)) run += 8;
    while (run < text.size() && static_cast<unsigned char>(text[run]) >= 0x20 &&
           static_cast<unsigned char>(text[run]) < 0x7F)
      ++run;
    if (run > i) {
      out.append(text.substr(i, run - i));
      i = run;
      if (i == text.size()) break;
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
}

std::string escape_control(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_escaped_control(out, text);
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
