#include "report/text_layout.hpp"

#include <gtest/gtest.h>

namespace salesaudit::report {
namespace {

using Lines = std::vector<std::string>;

TEST(ReportLayout, WidthCountsCodePoints) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("██░"), 3u);
  EXPECT_EQ(display_width("\x1b[31mred\x1b[0m"), 3u);
  EXPECT_EQ(pad_right("ë", 3), "ë  ");
}

TEST(ReportLayout, WrapsWithPrefixes) {
  EXPECT_EQ(wrap("one two three four", 10, "- ", "  "), (Lines{"- one two", "  three", "  four"}));
  EXPECT_EQ(wrap("", 10, "> ", "  "), (Lines{"> "}));
  EXPECT_EQ(wrap("a  b", 10, "", ""), (Lines{"a b"}));
}

TEST(ReportLayout, SplitsLongWords) {
  EXPECT_EQ(wrap("abcdefghij", 6, "> ", "  "), (Lines{"> abcd", "  efgh", "  ij"}));
  EXPECT_EQ(wrap("ééééé", 4, "", ""), (Lines{"éééé", "é"}));
}

TEST(ReportLayout, Bars) {
  EXPECT_EQ(bar(0.5, 4, false), "##..");
  EXPECT_EQ(bar(1.5, 3, false), "###");
  EXPECT_EQ(bar(0.5, 4, true), "██░░");
  EXPECT_EQ(bar(0.5625, 2, true), "█▏");  // 9 eighths
  EXPECT_EQ(display_width(bar(0.33, 20, true)), 20u);
}

}  // namespace
}  // namespace salesaudit::report
