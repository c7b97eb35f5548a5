#include <salesaudit/text.hpp>

#include <gtest/gtest.h>

namespace salesaudit {
namespace {

using text::display_width;
using text::wrap;
using Lines = std::vector<std::string>;

TEST(TextWidth, AsciiAndControl) {
  EXPECT_EQ(display_width(""), 0u);
  EXPECT_EQ(display_width("Press y or n"), 12u);
  EXPECT_EQ(display_width("a\tb\x1b"), 2u);  // control characters take no column
}

TEST(TextWidth, AccentedLatin) {
  EXPECT_EQ(display_width("d\xC3\xA9j\xC3\xA0 vu"), 7u);  // "déjà vu", precomposed
  EXPECT_EQ(display_width("e\xCC\x81t\xC3\xA9"), 3u);     // "e" + combining acute, "t", "é"
  EXPECT_EQ(display_width("\xC5\x93uvre \xC3\x9F"), 7u);  // "œuvre ß"
}

TEST(TextWidth, JapaneseIsTwoColumnsEach) {
  EXPECT_EQ(display_width("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E"), 6u);  // 日本語
  EXPECT_EQ(display_width("\xE3\x81\x8B\xE3\x82\x99"), 2u);              // か + combining dakuten
  EXPECT_EQ(display_width("\xEF\xBC\xA1"), 2u);                          // fullwidth A
  EXPECT_EQ(display_width("\xEF\xBD\xB1"), 1u);                          // halfwidth katakana a
  EXPECT_EQ(display_width("a\xE2\x80\x8B"
                          "b"),
            2u);  // zero-width space
}

TEST(TextWidth, InvalidBytesCountOneEach) {
  EXPECT_EQ(display_width("\xFF\xFE"), 2u);
  EXPECT_EQ(display_width("\xE6\x97"), 2u);      // a truncated sequence
  EXPECT_EQ(display_width("\xC0\xAF"), 2u);      // an overlong "/"
  EXPECT_EQ(display_width("\xED\xA0\x80"), 3u);  // a surrogate
  EXPECT_EQ(display_width("a\x80"
                          "b"),
            3u);  // a stray continuation byte
}

TEST(TextWrap, BreaksAtSpaces) {
  EXPECT_EQ(wrap("", 10), (Lines{""}));
  EXPECT_EQ(wrap("save and quit", 13), (Lines{"save and quit"}));
  EXPECT_EQ(wrap("save and quit", 12), (Lines{"save and", "quit"}));
  EXPECT_EQ(wrap("one two  three", 8), (Lines{"one two", "three"}));
  EXPECT_EQ(wrap("one  two", 20), (Lines{"one  two"}));  // spaces inside a line are kept
  EXPECT_EQ(wrap("a\nb c", 3), (Lines{"a", "b c"}));
  EXPECT_EQ(wrap("a\n", 3), (Lines{"a", ""}));
}

TEST(TextWrap, IndentsAndHangs) {
  EXPECT_EQ(wrap("  1  Never at all", 12, 5), (Lines{"  1  Never", "     at all"}));
  EXPECT_EQ(wrap("aa bb cc", 4, 2), (Lines{"aa", "bb", "cc"}));  // a hang of half the line is dropped
}

TEST(TextWrap, LongWordsAreCutByColumns) {
  EXPECT_EQ(wrap("abcdefgh", 3), (Lines{"abc", "def", "gh"}));
  EXPECT_EQ(wrap("x abcdefgh", 4), (Lines{"x", "abcd", "efgh"}));
  EXPECT_EQ(wrap("d\xC3\xA9j\xC3\xA0vu", 3), (Lines{"d\xC3\xA9j", "\xC3\xA0vu"}));
  // A combining mark stays with its letter.
  EXPECT_EQ(wrap("abe\xCC\x81"
                 "cd",
                 3),
            (Lines{"abe\xCC\x81", "cd"}));
  EXPECT_EQ(wrap("abce\xCC\x81", 3), (Lines{"abc", "e\xCC\x81"}));
  EXPECT_EQ(wrap("abc", 0), (Lines{"a", "b", "c"}));
}

TEST(TextWrap, JapaneseByDisplayColumns) {
  const std::string nihongo = "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E";  // 日本語, 6 columns
  EXPECT_EQ(wrap(nihongo, 6), (Lines{nihongo}));
  EXPECT_EQ(wrap(nihongo, 5), (Lines{"\xE6\x97\xA5\xE6\x9C\xAC", "\xE8\xAA\x9E"}));
  EXPECT_EQ(wrap(nihongo, 1), (Lines{"\xE6\x97\xA5", "\xE6\x9C\xAC", "\xE8\xAA\x9E"}));  // never split
  EXPECT_EQ(wrap("ab " + nihongo, 7), (Lines{"ab", nihongo}));
  for (const auto& line : wrap(nihongo + nihongo + " " + nihongo, 4)) EXPECT_LE(display_width(line), 4u) << line;
}

}  // namespace
}  // namespace salesaudit
