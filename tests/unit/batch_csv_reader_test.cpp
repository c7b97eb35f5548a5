#include "batch/csv_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace salesaudit::batch {
namespace {

struct Read {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::size_t> lines;
  std::vector<std::string> errors;
};

Read read_all(const std::string& text) {
  ByteSource source = ByteSource::from_string(text);
  CsvReader reader(source, "t.csv");
  CsvRecord record;
  Read out;
  while (reader.next(record)) {
    if (!record.error.empty()) {
      out.errors.push_back(record.error);
      continue;
    }
    out.rows.push_back(record.fields);
    out.lines.push_back(record.line);
  }
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(BatchCsvReader, QuotesAndNewlines) {
  const Read r = read_all("a,\"b,c\",\"say \"\"hi\"\"\"\n\"multi\nline\",,x\n");
  EXPECT_EQ(r.rows, (Rows{{"a", "b,c", "say \"hi\""}, {"multi\nline", "", "x"}}));
  EXPECT_EQ(r.lines, (std::vector<std::size_t>{1, 2}));
  EXPECT_TRUE(r.errors.empty());
}

TEST(BatchCsvReader, BomCrlfNoFinalEol) {
  const Read r = read_all("\xEF\xBB\xBFid,x\r\n1,2\r\n3,4");
  EXPECT_EQ(r.rows, (Rows{{"id", "x"}, {"1", "2"}, {"3", "4"}}));
  EXPECT_EQ(r.lines, (std::vector<std::size_t>{1, 2, 3}));
}

// A field that is not UTF-8 makes its row an error at the byte; the next rows still read.
TEST(BatchCsvReader, NotUtf8IsRowError) {
  const Read r = read_all(
      "id,x\nr\x8C"
      "1,2\n\"a\nb\xED\xA0\x80\",3\n\"caf\xE9\",4\nok,\xE6\x97\xA5\n");
  EXPECT_EQ(r.rows, (Rows{{"id", "x"}, {"ok", "\xE6\x97\xA5"}}));
  ASSERT_EQ(r.errors.size(), 3U);
  EXPECT_EQ(r.errors[0].rfind("t.csv:2:2: byte 0x8C is not UTF-8", 0), 0U) << r.errors[0];
  EXPECT_EQ(r.errors[1].rfind("t.csv:4:2: byte 0xED is not UTF-8", 0), 0U) << r.errors[1];
  EXPECT_EQ(r.errors[2].rfind("t.csv:5:5: byte 0xE9 is not UTF-8", 0), 0U) << r.errors[2];
}

TEST(BatchCsvReader, RaggedRowsAsRead) {
  const Read r = read_all("a,b,c\n1,2\n1,2,3,4\n");
  EXPECT_EQ(r.rows, (Rows{{"a", "b", "c"}, {"1", "2"}, {"1", "2", "3", "4"}}));
}

TEST(BatchCsvReader, UnbalancedQuote) {
  const Read r = read_all("a,b\n1,\"open\n2,3\n");
  EXPECT_EQ(r.rows, (Rows{{"a", "b"}}));
  EXPECT_EQ(
      r.errors,
      (std::vector<std::string>{"t.csv:2:3: unterminated quoted field: no closing quote before the end of the file"}));
}

TEST(BatchCsvReader, StrayQuotes) {
  const Read r = read_all("a,b\n1,x\"y\n\"q\"z,2\n5,6\n");
  EXPECT_EQ(r.rows, (Rows{{"a", "b"}, {"5", "6"}}));
  EXPECT_EQ(r.errors, (std::vector<std::string>{
                          "t.csv:2:4: quote inside an unquoted field (quote the whole field and write \"\")",
                          "t.csv:3:4: unexpected character 'z' after a closing quote (write \"\" for a quote inside a "
                          "quoted field)"}));
  EXPECT_EQ(r.lines, (std::vector<std::size_t>{1, 4}));
}

TEST(BatchCsvReader, BlankLineRecord) {
  ByteSource source = ByteSource::from_string("a\n\nb\n");
  CsvReader reader(source, "t.csv");
  CsvRecord record;
  ASSERT_TRUE(reader.next(record));
  EXPECT_FALSE(record.blank());
  ASSERT_TRUE(reader.next(record));
  EXPECT_TRUE(record.blank());
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(record.fields, std::vector<std::string>{"b"});
  EXPECT_FALSE(reader.next(record));
}

TEST(BatchCsvReader, FieldColumns) {
  ByteSource source = ByteSource::from_string("ab,\"c\",,def\n");
  CsvReader reader(source, "t.csv");
  CsvRecord record;
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(record.columns, (std::vector<std::size_t>{1, 4, 8, 9}));
}

}  // namespace
}  // namespace salesaudit::batch
