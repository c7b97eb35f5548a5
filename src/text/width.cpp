// Display columns of UTF-8 text (a small wcwidth) and word wrapping by those columns.

#include <salesaudit/text.hpp>

#include <algorithm>
#include <iterator>

namespace salesaudit::text {

namespace {

struct Range {
  char32_t first;
  char32_t last;
};

// Combining marks (Mn, Me), Hangul medial vowels and final consonants, and format
// characters (zero-width space and joiners, direction marks, variation selectors, BOM).
constexpr Range kZeroWidth[] = {
    {0x0300, 0x036F},   {0x0483, 0x0489},   {0x0591, 0x05BD},   {0x05BF, 0x05BF},   {0x05C1, 0x05C2},
    {0x05C4, 0x05C5},   {0x05C7, 0x05C7},   {0x0610, 0x061A},   {0x061C, 0x061C},   {0x064B, 0x065F},
    {0x0670, 0x0670},   {0x06D6, 0x06DC},   {0x06DF, 0x06E4},   {0x06E7, 0x06E8},   {0x06EA, 0x06ED},
    {0x0711, 0x0711},   {0x0730, 0x074A},   {0x07A6, 0x07B0},   {0x07EB, 0x07F3},   {0x0816, 0x0819},
    {0x081B, 0x0823},   {0x0825, 0x0827},   {0x0829, 0x082D},   {0x0859, 0x085B},   {0x08D3, 0x08E1},
    {0x08E3, 0x0902},   {0x093A, 0x093A},   {0x093C, 0x093C},   {0x0941, 0x0948},   {0x094D, 0x094D},
    {0x0951, 0x0957},   {0x0962, 0x0963},   {0x0981, 0x0981},   {0x09BC, 0x09BC},   {0x09C1, 0x09C4},
    {0x09CD, 0x09CD},   {0x09E2, 0x09E3},   {0x0A01, 0x0A02},   {0x0A3C, 0x0A3C},   {0x0A41, 0x0A42},
    {0x0A47, 0x0A48},   {0x0A4B, 0x0A4D},   {0x0A51, 0x0A51},   {0x0A70, 0x0A71},   {0x0A75, 0x0A75},
    {0x0A81, 0x0A82},   {0x0ABC, 0x0ABC},   {0x0AC1, 0x0AC5},   {0x0AC7, 0x0AC8},   {0x0ACD, 0x0ACD},
    {0x0B01, 0x0B01},   {0x0B3C, 0x0B3C},   {0x0B3F, 0x0B3F},   {0x0B41, 0x0B44},   {0x0B4D, 0x0B4D},
    {0x0B56, 0x0B56},   {0x0B82, 0x0B82},   {0x0BC0, 0x0BC0},   {0x0BCD, 0x0BCD},   {0x0C3E, 0x0C40},
    {0x0C46, 0x0C48},   {0x0C4A, 0x0C4D},   {0x0C55, 0x0C56},   {0x0CBC, 0x0CBC},   {0x0CCC, 0x0CCD},
    {0x0D41, 0x0D44},   {0x0D4D, 0x0D4D},   {0x0DCA, 0x0DCA},   {0x0DD2, 0x0DD4},   {0x0DD6, 0x0DD6},
    {0x0E31, 0x0E31},   {0x0E34, 0x0E3A},   {0x0E47, 0x0E4E},   {0x0EB1, 0x0EB1},   {0x0EB4, 0x0EBC},
    {0x0EC8, 0x0ECD},   {0x0F18, 0x0F19},   {0x0F35, 0x0F35},   {0x0F37, 0x0F37},   {0x0F39, 0x0F39},
    {0x0F71, 0x0F7E},   {0x0F80, 0x0F84},   {0x0F86, 0x0F87},   {0x0F8D, 0x0FBC},   {0x0FC6, 0x0FC6},
    {0x102D, 0x1030},   {0x1032, 0x1037},   {0x1039, 0x103A},   {0x103D, 0x103E},   {0x1058, 0x1059},
    {0x105E, 0x1060},   {0x1071, 0x1074},   {0x1082, 0x1082},   {0x1085, 0x1086},   {0x108D, 0x108D},
    {0x109D, 0x109D},   {0x1160, 0x11FF},   {0x135D, 0x135F},   {0x1712, 0x1714},   {0x1732, 0x1734},
    {0x1752, 0x1753},   {0x1772, 0x1773},   {0x17B4, 0x17B5},   {0x17B7, 0x17BD},   {0x17C6, 0x17C6},
    {0x17C9, 0x17D3},   {0x17DD, 0x17DD},   {0x180B, 0x180E},   {0x18A9, 0x18A9},   {0x1920, 0x1922},
    {0x1927, 0x1928},   {0x1932, 0x1932},   {0x1939, 0x193B},   {0x1A17, 0x1A18},   {0x1A1B, 0x1A1B},
    {0x1A56, 0x1A56},   {0x1A58, 0x1A5E},   {0x1A60, 0x1A60},   {0x1A62, 0x1A62},   {0x1A65, 0x1A6C},
    {0x1A73, 0x1A7C},   {0x1A7F, 0x1A7F},   {0x1AB0, 0x1AFF},   {0x1B00, 0x1B03},   {0x1B34, 0x1B34},
    {0x1B36, 0x1B3A},   {0x1B3C, 0x1B3C},   {0x1B42, 0x1B42},   {0x1B6B, 0x1B73},   {0x1DC0, 0x1DFF},
    {0x200B, 0x200F},   {0x202A, 0x202E},   {0x2060, 0x2064},   {0x2066, 0x206F},   {0x20D0, 0x20F0},
    {0x2CEF, 0x2CF1},   {0x2D7F, 0x2D7F},   {0x2DE0, 0x2DFF},   {0x302A, 0x302D},   {0x3099, 0x309A},
    {0xA66F, 0xA672},   {0xA674, 0xA67D},   {0xA69E, 0xA69F},   {0xA6F0, 0xA6F1},   {0xA802, 0xA802},
    {0xA806, 0xA806},   {0xA80B, 0xA80B},   {0xA825, 0xA826},   {0xA8C4, 0xA8C5},   {0xA8E0, 0xA8F1},
    {0xA926, 0xA92D},   {0xA947, 0xA951},   {0xA980, 0xA982},   {0xA9B3, 0xA9B3},   {0xA9B6, 0xA9B9},
    {0xA9BC, 0xA9BD},   {0xAA29, 0xAA2E},   {0xAA31, 0xAA32},   {0xAA35, 0xAA36},   {0xAA43, 0xAA43},
    {0xAA4C, 0xAA4C},   {0xAAB0, 0xAAB0},   {0xAAB2, 0xAAB4},   {0xAAB7, 0xAAB8},   {0xAABE, 0xAABF},
    {0xAAC1, 0xAAC1},   {0xABE5, 0xABE5},   {0xABE8, 0xABE8},   {0xABED, 0xABED},   {0xFB1E, 0xFB1E},
    {0xFE00, 0xFE0F},   {0xFE20, 0xFE2F},   {0xFEFF, 0xFEFF},   {0xFFF9, 0xFFFB},   {0x101FD, 0x101FD},
    {0x10A01, 0x10A0F}, {0x10A38, 0x10A3F}, {0x11001, 0x11001}, {0x11038, 0x11046}, {0x1D167, 0x1D169},
    {0x1D173, 0x1D182}, {0x1D185, 0x1D18B}, {0x1D1AA, 0x1D1AD}, {0x1E000, 0x1E02A}, {0x1E8D0, 0x1E8D6},
    {0x1E944, 0x1E94A}, {0xE0001, 0xE007F}, {0xE0100, 0xE01EF},
};

// East Asian Wide (W) and Fullwidth (F): CJK, kana, Hangul syllables, fullwidth forms, emoji.
constexpr Range kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
    {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
    {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},
    {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4}, {0x17000, 0x18AFF}, {0x1B000, 0x1B2FF},
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251},
    {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F900, 0x1F9FF}, {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

template <std::size_t N>
bool in(const Range (&table)[N], char32_t c) {
  const auto* it = std::upper_bound(std::begin(table), std::end(table), c,
                                    [](char32_t value, const Range& r) { return value < r.first; });
  return it != std::begin(table) && c <= (it - 1)->last;
}

// One character of `s` at `pos`: its length in bytes and its columns.
struct Char {
  std::size_t bytes = 1;
  std::size_t columns = 1;
};

Char next_char(std::string_view s, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return {1, lead < 0x20 || lead == 0x7F ? std::size_t{0} : std::size_t{1}};
  const std::size_t length = utf8_sequence_length(s, pos);
  if (length == 0) return {1, 1};  // not UTF-8: one column a byte
  auto c = static_cast<char32_t>(lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07));
  for (std::size_t i = 1; i < length; ++i) c = (c << 6) | (byte(pos + i) & 0x3F);
  if (c < 0xA0) return {length, 0};  // C1 control characters
  if (in(kZeroWidth, c)) return {length, 0};
  return {length, in(kWide, c) ? std::size_t{2} : std::size_t{1}};
}

// Appends `word` to `line`, cutting it by columns where it does not fit: `used` counts
// the line's columns, `columns` is the line length, `hang` the indent of every new line.
void place_long_word(std::string_view word, std::size_t columns, std::size_t hang, std::string& line, std::size_t& used,
                     std::vector<std::string>& lines) {
  std::size_t base = used;  // columns of the line before this word: a line takes at least one character
  for (std::size_t pos = 0; pos < word.size();) {
    const Char c = next_char(word, pos);
    // Zero-width characters (combining marks) stay with the character before them.
    if (c.columns > 0 && used + c.columns > columns && used > base) {
      lines.push_back(std::move(line));
      line.assign(hang, ' ');
      used = base = hang;
    }
    line.append(word.substr(pos, c.bytes));
    used += c.columns;
    pos += c.bytes;
  }
}

void wrap_paragraph(std::string_view paragraph, std::size_t columns, std::size_t hang,
                    std::vector<std::string>& lines) {
  constexpr auto npos = std::string_view::npos;
  const std::size_t first = paragraph.find_first_not_of(' ');
  if (first == npos) {
    lines.emplace_back();
    return;
  }
  const std::size_t indent = first * 2 >= columns ? 0 : first;  // an indent that leaves no room is dropped
  std::string line(indent, ' ');
  std::size_t used = indent;
  bool has_word = false;
  std::size_t previous_end = first;
  for (std::size_t pos = first; pos != npos; pos = paragraph.find_first_not_of(' ', previous_end)) {
    const std::size_t end = std::min(paragraph.find(' ', pos), paragraph.size());
    const std::string_view word = paragraph.substr(pos, end - pos);
    const std::size_t width = display_width(word);
    const std::size_t gap = pos - previous_end;  // the spaces between words are kept within a line
    previous_end = end;
    if (has_word && used + gap + width <= columns) {
      line.append(gap, ' ');
      line.append(word);
      used += gap + width;
      continue;
    }
    if (has_word) {
      lines.push_back(std::move(line));
      line.assign(hang, ' ');
      used = hang;
    }
    has_word = true;
    if (used + width <= columns) {
      line.append(word);
      used += width;
    } else {
      place_long_word(word, columns, hang, line, used, lines);
    }
  }
  lines.push_back(std::move(line));
}

}  // namespace

std::size_t display_width(std::string_view utf8) {
  std::size_t width = 0;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const Char c = next_char(utf8, pos);
    width += c.columns;
    pos += c.bytes;
  }
  return width;
}

std::vector<std::string> wrap(std::string_view text, std::size_t columns, std::size_t hang) {
  columns = std::max<std::size_t>(columns, 1);
  if (hang * 2 >= columns) hang = 0;  // a hanging indent that leaves no room is dropped
  std::vector<std::string> lines;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find('\n', start);
    wrap_paragraph(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start), columns,
                   hang, lines);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

std::string truncate(std::string_view text, std::size_t columns) {
  if (display_width(text) <= columns) return std::string(text);
  constexpr std::string_view kEllipsis = "...";
  const std::size_t room = columns > kEllipsis.size() ? columns - kEllipsis.size() : 0;
  std::size_t used = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const Char c = next_char(text, pos);
    if (c.columns > 0 && used + c.columns > room) break;
    used += c.columns;
    pos += c.bytes;
  }
  return std::string(text.substr(0, pos)) + std::string(kEllipsis.substr(0, std::min(columns, kEllipsis.size())));
}

}  // namespace salesaudit::text
