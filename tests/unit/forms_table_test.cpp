// Delimited exports (delimiter, BOM, encoding) and timestamps (src/forms).

#include "forms/delimited_table.hpp"
#include "forms/timestamp.hpp"
#include "forms/tool_reader.hpp"
#include "forms/xlsx_table.hpp"

#include <salesaudit/error.hpp>

#include <gtest/gtest.h>

namespace salesaudit::forms {
namespace {

std::vector<std::vector<std::string>> rows(const std::string& text, char* delimiter = nullptr) {
  DelimitedTable table(batch::ByteSource::from_string(text), "t.csv");
  std::vector<std::vector<std::string>> out;
  Row row;
  while (table.next(row)) out.push_back(row.error.empty() ? row.fields : std::vector<std::string>{row.error});
  if (delimiter != nullptr) *delimiter = table.delimiter();
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(FormsTable, SemicolonBomCrlf) {
  char d = 0;
  EXPECT_EQ(rows("\xEF\xBB\xBF\"a\";\"b, c\"\r\n\"1\";\"x;y\"\r\n\r\n", &d), (Rows{{"a", "b, c"}, {"1", "x;y"}, {""}}));
  EXPECT_EQ(d, ';');
}

TEST(FormsTable, TabAndComma) {
  char d = 0;
  EXPECT_EQ(rows("a\tb\n1\t2,3\n", &d), (Rows{{"a", "b"}, {"1", "2,3"}}));
  EXPECT_EQ(d, '\t');
  EXPECT_EQ(rows("a;b,c,d\n", &d), (Rows{{"a;b", "c", "d"}}));
  EXPECT_EQ(d, ',');
}

TEST(FormsTable, UnquotedQuoteStaysText) {
  EXPECT_EQ(rows("a,b\n5\" screen,x\n"), (Rows{{"a", "b"}, {"5\" screen", "x"}}));
}

TEST(FormsTable, NotUtf8NamesLineAndColumn) {
  try {
    rows("a,b\nok,caf\xE9\n");
    FAIL() << "no error";
  } catch (const DataError& e) {
    EXPECT_EQ(e.diagnostics().at(0).rfind("t.csv:2:7: byte 0xE9 is not UTF-8", 0), 0U) << e.diagnostics().at(0);
  }
}

// Well-formed bytes that encode no character (RFC 3629) are refused too.
TEST(FormsTable, OverlongAndSurrogate) {
  for (const std::string bad : {"a\xE0\x80\xAF", "a\xED\xA0\x80", "a\xF4\x90\x80\x80", "a\xC0\xAF"}) {
    try {
      rows("h\n" + bad + "\n");
      ADD_FAILURE() << "no error for " << bad;
    } catch (const DataError& e) {
      EXPECT_EQ(e.diagnostics().at(0).rfind("t.csv:2:2: byte 0x", 0), 0U) << e.diagnostics().at(0);
    }
  }
  EXPECT_EQ(rows("h\n\xE6\x97\xA5\xF0\x9F\x98\x80\n"), (Rows{{"h"}, {"\xE6\x97\xA5\xF0\x9F\x98\x80"}}));
}

TEST(FormsTable, CellNames) {
  EXPECT_EQ(cell_name(1, 1), "A1");
  EXPECT_EQ(cell_name(26, 3), "Z3");
  EXPECT_EQ(cell_name(27, 10), "AA10");
}

TEST(FormsTimestamp, EachToolsFormat) {
  EXPECT_EQ(to_utc("2026/11/20 9:12:00 AM GMT+1"), "2026-11-20T08:12:00Z");
  EXPECT_EQ(to_utc("2026/11/20 12:30:00 AM GMT+5:30"), "2026-11-19T19:00:00Z");
  EXPECT_EQ(to_utc("2026/11/20 1:00:00 PM GMT"), "2026-11-20T13:00:00Z");
  EXPECT_EQ(to_utc("11/20/2026 9:12:00"), "2026-11-20T09:12:00Z");
  EXPECT_EQ(to_utc("11/20/2026 09:12:00 PM"), "2026-11-20T21:12:00Z");
  EXPECT_EQ(to_utc("2026-11-20 09:12:00"), "2026-11-20T09:12:00Z");
  EXPECT_EQ(to_utc("2026-11-20 10:12:00", 60), "2026-11-20T09:12:00Z");
  EXPECT_EQ(to_utc("46346.38333333"), "2026-11-20T09:12:00Z");
  EXPECT_EQ(to_utc("1"), "1899-12-31T00:00:00Z");
  EXPECT_FALSE(to_utc("yesterday"));
  EXPECT_FALSE(to_utc("2026-13-01 00:00:00"));
  EXPECT_FALSE(to_utc("2026/11/20 9:12:00 AM GMT+99"));
}

TEST(FormsTimestamp, ZoneOffsets) {
  EXPECT_EQ(zone_offset("Z"), 0);
  EXPECT_EQ(zone_offset("+01:00"), 60);
  EXPECT_EQ(zone_offset("-05:30"), -330);
  EXPECT_FALSE(zone_offset("America/New_York"));
}

TEST(FormsDetect, HeaderSignatures) {
  auto name = [](std::vector<std::string> header, bool quoted = false) {
    const ToolReader* r = detect_reader(header, quoted);
    return r == nullptr ? std::string("salesaudit") : std::string(r->name());
  };
  EXPECT_EQ(name({"Timestamp", "Q"}, true), "google-forms");
  EXPECT_EQ(name({"Timestamp", "Q"}), "google-sheets");
  EXPECT_EQ(name({"ID", "Start time", "Completion time", "Email", "Name"}), "microsoft-forms");
  EXPECT_EQ(name({"Respondent ID", "Collector ID", "Start Date"}), "surveymonkey");
  EXPECT_EQ(name({"#", "Q", "Submit Date (UTC)"}), "typeform");
  EXPECT_EQ(name({"StartDate", "EndDate", "Status", "ResponseId"}), "qualtrics");
  EXPECT_EQ(name({"Response ID", "Date submitted", "Last page"}), "limesurvey");
  EXPECT_EQ(name({"id", "submitdate", "lastpage", "startlanguage"}), "limesurvey");
  EXPECT_EQ(name({"respondent_id", "dep-ask-options"}), "salesaudit");
}

}  // namespace
}  // namespace salesaudit::forms
