// CsvChunker cuts records where CsvReader ends them: reading a file whole and reading its
// chunks (each with its own reader started at the chunk's line and column) give the same
// records, fields, columns and messages, whatever the chunk size.

#include "batch/csv_chunker.hpp"
#include "batch/csv_reader.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace salesaudit::batch {
namespace {

struct Seen {
  std::vector<std::string> fields;
  std::vector<std::size_t> columns;
  std::size_t line = 0;
  std::string error;
  bool operator==(const Seen&) const = default;
};

std::vector<Seen> read_rest(CsvReader& reader) {
  std::vector<Seen> out;
  CsvRecord record;
  while (reader.next(record)) out.push_back({record.fields, record.columns, record.line, record.error});
  return out;
}

std::vector<Seen> whole(const std::string& text) {
  ByteSource source = ByteSource::from_string(text);
  CsvReader reader(source, "t.csv");
  return read_rest(reader);
}

// The first record read whole (as the header is), the others through the chunker.
std::vector<Seen> chunked(const std::string& text, std::size_t chunk_bytes, std::size_t max_record,
                          std::size_t* chunks = nullptr) {
  ByteSource head_source = ByteSource::from_string(text);
  CsvReader head(head_source, "t.csv");
  std::vector<Seen> out;
  CsvRecord record;
  if (!head.next(record)) return out;
  out.push_back({record.fields, record.columns, record.line, record.error});
  const CsvPosition start{head.offset(), head.line(), head.column()};
  ByteSource body = ByteSource::from_string(text);
  body.skip(start.offset);
  CsvChunker chunker(body, {0, start.line, start.column}, chunk_bytes, max_record);
  LineChunk chunk;
  while (chunker.next(chunk)) {
    if (chunks != nullptr) ++*chunks;
    ByteSource part = ByteSource::from_string(std::string(chunk.data.data(), chunk.length));
    CsvReader reader(part, "t.csv", chunk.first_line, chunk.first_column);
    for (auto& seen : read_rest(reader)) out.push_back(std::move(seen));
  }
  if (const auto& rest = chunker.rest()) {
    ByteSource tail = ByteSource::from_string(text);
    tail.skip(start.offset + rest->offset);
    CsvReader reader(tail, "t.csv", rest->line, rest->column);
    for (auto& seen : read_rest(reader)) out.push_back(std::move(seen));
  }
  return out;
}

TEST(CsvChunker, RecordEnds) {
  EXPECT_EQ(csv_record_length("a,b\nc", false), 4U);
  EXPECT_EQ(csv_record_length("a,b", false), std::nullopt);
  EXPECT_EQ(csv_record_length("a,b", true), 3U);
  EXPECT_EQ(csv_record_length("\"x\ny\",z\r\nq", false), 9U);
  EXPECT_EQ(csv_record_length("a\rb", false), 2U);                // a lone CR ends a record
  EXPECT_EQ(csv_record_length("a\r", false), std::nullopt);       // CRLF or CR: not known yet
  EXPECT_EQ(csv_record_length("a\"b,\"c\nd\"\ne", false), 7U);    // error: skip to the newline
  EXPECT_EQ(csv_record_length("\"a\"b,\"c\nd\"\ne", false), 8U);  // after a closing quote too
  EXPECT_EQ(csv_record_length("\"a\"\"", false), std::nullopt);   // "" or a closing quote
  EXPECT_EQ(csv_record_length("\"never closed\n", true), 14U);    // runs to the end
  EXPECT_EQ(csv_record_length("x,\"q\"\"\n\"\n", false), 9U);
}

TEST(CsvChunker, SameAsOneReader) {
  const std::string text =
      "respondent_id,a,b\r\nr1,1,\"x\ny\"\n\nr2,\"bad\"x,3\nr3,4\"q,5\nr4,\"a\"\"b\",6\rr5,7,8\n"
      "r6,\xC3\xA9,\xFF\n\"r7\",\"unterminated,9\n";
  for (std::size_t chunk : {1U, 2U, 5U, 16U, 1000U}) {
    for (std::size_t max : {1U, 8U, 1000U}) {
      EXPECT_EQ(chunked(text, chunk, max), whole(text)) << "chunk " << chunk << " max " << max;
    }
  }
}

TEST(CsvChunker, RandomBytes) {
  // Every byte that matters to the reader, often; the others now and then.
  const std::string alphabet = "\"\"\",,,\n\n\r ab\xC3\xA9\xFF";
  std::mt19937 rng(20261201);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<std::size_t> size(0, 120);
  for (int n = 0; n < 3000; ++n) {
    std::string text;
    for (std::size_t k = size(rng); k > 0; --k) text += alphabet[pick(rng)];
    const std::vector<Seen> expected = whole(text);
    for (std::size_t chunk : {1U, 3U, 64U}) {
      for (std::size_t max : {2U, 1000U}) {
        ASSERT_EQ(chunked(text, chunk, max), expected) << "text " << ::testing::PrintToString(text);
      }
    }
  }
}

TEST(CsvChunker, ChunksHoldWholeRecords) {
  std::string text = "respondent_id,a\n";
  for (int i = 0; i < 1000; ++i) text += "r" + std::to_string(i) + ",\"1\n2\"\n";
  std::size_t chunks = 0;
  EXPECT_EQ(chunked(text, 512, 1 << 20, &chunks), whole(text));
  EXPECT_GT(chunks, 10U);  // many chunks, cut between records
}

}  // namespace
}  // namespace salesaudit::batch
