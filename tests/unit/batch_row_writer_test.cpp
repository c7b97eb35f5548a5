#include "batch/row_writer.hpp"

#include "test_util.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/rounding.hpp>

#include <fmt/format.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace salesaudit::batch {
namespace {

std::string cell(std::string_view text) {
  std::string out;
  append_csv_cell(out, text);
  return out;
}

TEST(BatchRowWriter, FormulasNeutralized) {
  EXPECT_EQ(cell("=SUM(A1)"), "'=SUM(A1)");
  EXPECT_EQ(cell("+1"), "'+1");
  EXPECT_EQ(cell("-r-7"), "'-r-7");
  EXPECT_EQ(cell("@cmd"), "'@cmd");
  EXPECT_EQ(cell("\tx"), "'\tx");
  EXPECT_EQ(cell("\rx"), "\"'\rx\"");
  EXPECT_EQ(cell("=1,2"), "\"'=1,2\"");
  EXPECT_EQ(cell("r-7"), "r-7");
  EXPECT_EQ(cell(""), "");
}

TEST(BatchRowWriter, QuotingFollowsRfc4180) {
  EXPECT_EQ(cell("a,b"), "\"a,b\"");
  EXPECT_EQ(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(cell("two\nlines"), "\"two\nlines\"");
}

std::string score_text(double value) {
  std::string out;
  append_score(out, value);
  return out;
}

TEST(BatchRowWriter, ScoresRoundedAsFmt) {
  EXPECT_EQ(score_text(57.5), "57.5");
  EXPECT_EQ(score_text(62.333333), "62.33");
  EXPECT_EQ(score_text(100), "100");
  EXPECT_EQ(score_text(0), "0");
  EXPECT_EQ(score_text(-0.001), "0");  // never -0
  EXPECT_EQ(score_text(0.005), "0.01");
  EXPECT_EQ(score_text(-12.345), "-12.35");
  // Every hundredth over a wide range, random values and the edges: the shortcut gives
  // exactly what the general algorithm gives.
  for (int k = -200000; k <= 200000; ++k) {
    const double v = k / 100.0;
    ASSERT_EQ(score_text(v), fmt::format("{}", round2(v))) << k;
  }
  std::mt19937_64 rng(11);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int i = 0; i < 200000; ++i) {
    const double v = (unit(rng) - 0.3) * std::pow(10.0, static_cast<double>(i % 16) - 2.0);
    ASSERT_EQ(score_text(v), fmt::format("{}", round2(v))) << v;
  }
  for (const double v : {1e11 + 0.25, 1e12, 1e15 + 0.5, 1e300, -1e300, 4.9e-324,
                         std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()}) {
    EXPECT_EQ(score_text(v), fmt::format("{}", round2(v))) << v;
  }
}

TEST(BatchRowWriter, JsonEscapes) {
  std::string out;
  append_json_string(out, "a\"b\\c\n\x01\xC3\xA9\xFF");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001\xC3\xA9\\ufffd\"");
}

class RowsFixture : public ::testing::Test {
 protected:
  std::shared_ptr<const Questionnaire> q = std::make_shared<const Questionnaire>(testing::small_questionnaire());

  ScoreRow good() const {
    ScoreRow row;
    row.where = "a.ndjson:3";
    row.respondent_id = "=r1";
    row.questionnaire = q;
    row.overall = 57.254;
    row.overall_band = 1;
    row.dimensions = {62.5, std::nullopt};
    row.red_flags = 1;
    row.top_action = 0;
    return row;
  }
  static ScoreRow bad() {
    ScoreRow row;
    row.where = "a.ndjson:2";
    row.errors = {"a.ndjson:2:5: syntax error", "second"};
    row.error_code = ExitCode::data_invalid;
    return row;
  }
};

TEST_F(RowsFixture, CsvHeaderWaits) {
  RowWriter writer(RowFormat::csv, nullptr);
  std::string out;
  writer.write(bad(), out);
  EXPECT_EQ(out, "");
  writer.write(good(), out);
  writer.finish(out);
  EXPECT_EQ(out,
            "source,respondent_id,questionnaire,version,overall,band,alpha,beta,red_flags,top_action,status,error\r\n"
            "a.ndjson:2,,,,,,,,,,error,a.ndjson:2:5: syntax error; second\r\n"
            "a.ndjson:3,'=r1,small,1.2.0,57.25,at_risk,62.5,,1,rec-a,ok,\r\n");
}

TEST_F(RowsFixture, NdjsonRows) {
  RowWriter writer(RowFormat::ndjson, nullptr);
  std::string out;
  writer.write(good(), out);
  writer.write(bad(), out);
  writer.finish(out);
  EXPECT_EQ(
      out,
      "{\"source\":\"a.ndjson:3\",\"respondent_id\":\"=r1\",\"questionnaire\":\"small\",\"version\":\"1.2.0\","
      "\"overall\":57.25,\"band\":\"at_risk\",\"dimensions\":{\"alpha\":62.5,\"beta\":null},\"red_flags\":1,"
      "\"top_action\":\"rec-a\",\"status\":\"ok\",\"error\":null}\n"
      "{\"source\":\"a.ndjson:2\",\"respondent_id\":null,\"questionnaire\":null,\"version\":null,\"overall\":null,"
      "\"band\":null,\"dimensions\":null,\"red_flags\":null,\"top_action\":null,\"status\":\"error\",\"error\":"
      "\"a.ndjson:2:5: syntax error; second\"}\n");
}

TEST_F(RowsFixture, FallbackHeader) {
  RowWriter writer(RowFormat::csv, [this] { return q; });
  std::string out;
  writer.write(bad(), out);
  writer.finish(out);
  EXPECT_EQ(out,
            "source,respondent_id,questionnaire,version,overall,band,alpha,beta,red_flags,top_action,status,error\r\n"
            "a.ndjson:2,,,,,,,,,,error,a.ndjson:2:5: syntax error; second\r\n");
}

// Text formatted on a worker (format_own) is what write() gives; a row whose
// questionnaire has other dimension columns than the header is formatted again.
TEST_F(RowsFixture, PreformattedRows) {
  for (RowFormat format : {RowFormat::csv, RowFormat::ndjson}) {
    RowWriter plain(format, nullptr);
    RowWriter copying(format, nullptr);
    std::string expected;
    std::string out;
    for (int k = 0; k < 2; ++k) {
      plain.write(good(), expected);
      ScoreRow row = good();
      RowWriter::format_own(format, row, row.text);
      copying.write(std::move(row), out);
    }
    EXPECT_EQ(out, expected);
  }
  auto other = std::make_shared<Questionnaire>(*q);
  std::reverse(other->dimensions.begin(), other->dimensions.end());
  RowWriter writer(RowFormat::csv, nullptr);
  std::string out;
  writer.write(good(), out);
  ScoreRow row = good();
  row.questionnaire = other;
  row.text = "not used\r\n";
  writer.write(std::move(row), out);
  EXPECT_EQ(out,
            "source,respondent_id,questionnaire,version,overall,band,alpha,beta,red_flags,top_action,status,error\r\n"
            "a.ndjson:3,'=r1,small,1.2.0,57.25,at_risk,62.5,,1,rec-a,ok,\r\n"
            "a.ndjson:3,'=r1,small,1.2.0,57.25,at_risk,,62.5,1,rec-a,ok,\r\n");
}

}  // namespace
}  // namespace salesaudit::batch
