#include "batch/line_chunker.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace salesaudit::batch {
namespace {

struct Line {
  std::string text;
  std::size_t number;
  bool too_long;
  bool operator==(const Line&) const = default;
};

std::vector<Line> lines_of(const std::string& text, std::size_t chunk_bytes, std::size_t max_line) {
  ByteSource source = ByteSource::from_string(text);
  LineChunker chunker(source, chunk_bytes, max_line);
  LineChunk chunk;
  std::vector<Line> out;
  while (chunker.next(chunk)) {
    EXPECT_GE(chunk.data.size(), chunk.length + kLinePadding);
    for_each_line(chunk, [&](std::string_view line, std::size_t number, bool too_long) {
      out.push_back({std::string(line), number, too_long});
    });
  }
  return out;
}

TEST(BatchLineChunker, NumbersAcrossChunks) {
  std::string text = "\xEF\xBB\xBF";
  std::vector<Line> expected;
  for (std::size_t i = 1; i <= 3000; ++i) {
    const std::string line = i % 7 == 0 ? "" : "{\"n\":" + std::to_string(i) + "}";
    text += line + (i % 2 == 0 ? "\r\n" : "\n");
    expected.push_back({line, i, false});
  }
  EXPECT_EQ(lines_of(text, 1000, 1 << 20), expected);
}

TEST(BatchLineChunker, LastLineNoEol) {
  EXPECT_EQ(lines_of("a\nb", 1 << 20, 1 << 20), (std::vector<Line>{{"a", 1, false}, {"b", 2, false}}));
}

TEST(BatchLineChunker, OverlongLineDropped) {
  const std::string big(700000, 'x');
  const auto lines = lines_of("a\n" + big + "\nb\n" + big, 1000, 300000);
  EXPECT_EQ(lines, (std::vector<Line>{{"a", 1, false}, {"", 2, true}, {"b", 3, false}, {"", 4, true}}));
}

TEST(BatchLineChunker, BlankLines) {
  EXPECT_TRUE(blank_line(""));
  EXPECT_TRUE(blank_line(" \t "));
  EXPECT_FALSE(blank_line(" {} "));
}

}  // namespace
}  // namespace salesaudit::batch
