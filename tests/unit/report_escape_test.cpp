#include "report/escape.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>

namespace salesaudit::report {
namespace {

TEST(ReportEscape, ControlsVisible) {
  EXPECT_EQ(escape_control("a\x1b[31mb\x07"), "a\\x1b[31mb\\x07");
  EXPECT_EQ(escape_control("tab\there\r\nnext"), "tab here  next");
  EXPECT_EQ(escape_control(std::string("nul\0x", 5)), "nul\\x00x");
  EXPECT_EQ(escape_control("del\x7f"), "del\\x7f");
  EXPECT_EQ(escape_control("c1 \xc2\x9b"
                           "31m"),
            "c1 \\u009b31m");  // 8-bit CSI
  EXPECT_EQ(escape_control("abc\xe2\x80\xae"
                           "cba"),
            "abc\\u202ecba");  // right-to-left override
  EXPECT_EQ(escape_control("Zoë Ångström ✓"), "Zoë Ångström ✓");
}

// Every byte at every offset of a long printable run: the eight-at-a-time scan must stop
// for each byte that is not printable ASCII, wherever it falls in a word.
TEST(ReportEscape, EveryByteInLongRuns) {
  for (int byte = 0; byte < 256; ++byte) {
    for (std::size_t at = 0; at < 19; ++at) {
      std::string text(19, 'a');
      text[at] = static_cast<char>(byte);
      const std::string escaped = escape_control(text);
      // A printable prefix is copied as it is, whatever follows it.
      EXPECT_EQ(escaped, text.substr(0, at) + escape_control(text.substr(at))) << byte << " at " << at;
      if (byte >= 0x20 && byte < 0x7F) {
        EXPECT_EQ(escaped, text) << byte << " at " << at;
      } else if (byte < 0x20 || byte == 0x7F) {
        EXPECT_NE(escaped, text) << byte << " at " << at;
      }
    }
  }
}

// Random strings: escape_control equals the byte-by-byte rules applied one character at a
// time (each ASCII byte alone, so the fast scan cannot change what it gives).
TEST(ReportEscape, RandomMatchesPerByte) {
  std::mt19937 random(7);
  std::uniform_int_distribution<int> pick(0, 9);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    std::string expected;
    const auto length = random() % 40;
    for (std::uint32_t k = 0; k < length; ++k) {
      const int kind = pick(random);
      const auto c = static_cast<char>(kind == 0 ? random() % 0x20 : kind == 1 ? 0x7F : 0x20 + random() % 0x5F);
      text += c;
      expected += escape_control(std::string(1, c));
    }
    EXPECT_EQ(escape_control(text), expected) << round;
  }
}

TEST(ReportEscape, MarkdownMarkupIsEscaped) {
  EXPECT_EQ(escape_markdown("<b>*x*</b> [a](b) `c` | ~d~ _e_ #1 & \\"),
            "\\<b\\>\\*x\\*\\</b\\> \\[a\\](b) \\`c\\` \\| \\~d\\~ \\_e\\_ \\#1 \\& \\\\");
  EXPECT_EQ(escape_markdown("esc\x1b"), "esc\\\\x1b");
}

TEST(ReportEscape, HtmlReferences) {
  EXPECT_EQ(escape_html("<script>alert(\"x\" & 'y')</script>"),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
  EXPECT_EQ(escape_html("a\x1b"), "a\\x1b");
}

}  // namespace
}  // namespace salesaudit::report
