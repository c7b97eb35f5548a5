#include "report/escape.hpp"

#include <gtest/gtest.h>

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
