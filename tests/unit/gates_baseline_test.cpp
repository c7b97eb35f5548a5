#include "test_util.hpp"

#include <salesaudit/gates.hpp>

#include <gtest/gtest.h>

namespace salesaudit {
namespace {

using testing::diagnostics_of;

TEST(GatesBaseline, ReadsAScoreReport) {
  const Baseline b = parse_baseline(R"({"format": "salesaudit.report/v1", "respondent": {"id": "r-044"},
    "overall": {"score": 57.25, "band": "at_risk"},
    "dimensions": [{"id": "dependence", "score": 62.5}, {"id": "delegation", "score": null}]})",
                                    "old.json");
  EXPECT_EQ(b.source, "old.json");
  ASSERT_EQ(b.entries.size(), 1u);
  EXPECT_EQ(b.entries[0].respondent, "r-044");
  EXPECT_DOUBLE_EQ(*b.entries[0].overall, 57.25);
  ASSERT_EQ(b.entries[0].dimensions.size(), 2u);
  EXPECT_EQ(b.entries[0].dimensions[1].first, "delegation");
  EXPECT_FALSE(b.entries[0].dimensions[1].second.has_value());
}

TEST(GatesBaseline, ReadsTeamReport) {
  const Baseline b = parse_baseline(R"({"format": "salesaudit.team/v1", "overall": {"mean": 53.69},
    "dimensions": [{"id": "dependence", "mean": 54.17}]})",
                                    "team.json");
  ASSERT_EQ(b.entries.size(), 1u);
  EXPECT_EQ(b.entries[0].respondent, "team");
  EXPECT_DOUBLE_EQ(*b.entries[0].overall, 53.69);
  EXPECT_DOUBLE_EQ(*b.entries[0].dimensions[0].second, 54.17);
}

TEST(GatesBaseline, ReadsArrayAndNdjson) {
  const Baseline array = parse_baseline(
      R"([{"format": "salesaudit.report/v1", "respondent": {"id": "a"}, "overall": {"score": 1}, "dimensions": []},
          {"format": "salesaudit.report/v1", "respondent": {}, "overall": {"score": 2}, "dimensions": []}])",
      "old.json");
  ASSERT_EQ(array.entries.size(), 2u);
  EXPECT_EQ(array.entries[1].respondent, "");
  const Baseline rows = parse_baseline(
      "{\"source\":\"a.json\",\"respondent_id\":\"r-1\",\"overall\":40.5,\"dimensions\":{\"dependence\":30}}\n"
      "\n"
      "{\"source\":\"b.json\",\"respondent_id\":null,\"overall\":null,\"dimensions\":null,\"status\":\"error\"}\n"
      "{\"source\":\"c.json\",\"respondent_id\":null,\"overall\":70,\"dimensions\":{}}\n",
      "old.ndjson");
  ASSERT_EQ(rows.entries.size(), 2u);  // the error row carries no scores
  EXPECT_EQ(rows.entries[0].respondent, "r-1");
  EXPECT_EQ(rows.entries[0].dimensions[0].first, "dependence");
  EXPECT_EQ(rows.entries[1].respondent, "c.json");
}

TEST(GatesBaseline, ErrorsNamePlace) {
  EXPECT_EQ(diagnostics_of([] { (void)parse_baseline(R"({"format": "salesaudit.answers/v1"})", "old.json"); }),
            (std::vector<std::string>{"old.json: not a salesaudit report (expected format \"salesaudit.report/v1\" or "
                                      "\"salesaudit.team/v1\")"}));
  EXPECT_EQ(diagnostics_of([] {
              (void)parse_baseline(R"({"format": "salesaudit.report/v1", "overall": {"score": "high"},
                                       "dimensions": [{"id": "x", "score": true}]})",
                                   "old.json");
            }),
            (std::vector<std::string>{"old.json: /overall/score: expected a number or null",
                                      "old.json: /dimensions/0/score: expected a number or null"}));
  const auto ndjson =
      diagnostics_of([] { (void)parse_baseline("{\"source\":\"a\",\"overall\":1}\n{oops\n[1]\n", "old.ndjson"); });
  ASSERT_EQ(ndjson.size(), 2u);
  EXPECT_EQ(ndjson[0].rfind("old.ndjson:2: invalid JSON (", 0), 0u);
  EXPECT_EQ(ndjson[1], "old.ndjson:3: expected a report object");
  EXPECT_EQ(diagnostics_of([] { (void)parse_baseline("[]", "empty.json"); }),
            (std::vector<std::string>{"empty.json: the baseline holds no report"}));
}

}  // namespace
}  // namespace salesaudit
