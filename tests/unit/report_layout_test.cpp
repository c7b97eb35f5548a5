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

namespace salesaudit::report {
namespace {

TEST(ReportLayout, WidthInDisplayColumns) {
  EXPECT_EQ(display_width("日本"), 4u);
  EXPECT_EQ(display_width("e\xcc\x81"), 1u);  // e + combining acute
  EXPECT_EQ(display_width("\x1b[1m日\x1b[0m"), 2u);
  EXPECT_EQ(pad_right("日", 4), "日  ");
  EXPECT_EQ(pad_left("日", 4), "  日");
}

TEST(ReportLayout, WrapsJapaneseByColumns) {
  const auto lines = wrap("! 不在中にあなたの代わりを務める人がいません。", 12, "", "  ");
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[0].substr(0, 2), "! ");  // the text starts on the first line
  for (const auto& line : lines) EXPECT_LE(display_width(line), 12u) << line;
}

}  // namespace
}  // namespace salesaudit::report
