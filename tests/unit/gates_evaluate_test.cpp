#include <salesaudit/error.hpp>
#include <salesaudit/gates.hpp>

#include <gtest/gtest.h>

namespace salesaudit {
namespace {

GateSubject subject(std::optional<double> overall, std::optional<double> delegation = 70.0, double coverage = 1.0) {
  GateSubject s;
  s.respondent = "r-044";
  s.overall = overall;
  s.dimension_ids = {"dependence", "delegation"};
  s.dimensions = {55.0, delegation};
  s.coverage = {1.0, coverage};
  return s;
}

std::string usage_message(std::string_view spec) {
  try {
    (void)parse_fail_under(spec);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

TEST(GatesParse, FailUnderTargets) {
  EXPECT_EQ(parse_fail_under("delegation=50").target, "delegation");
  EXPECT_DOUBLE_EQ(parse_fail_under("delegation=50").threshold, 50.0);
  EXPECT_EQ(parse_fail_under("62.5").target, "overall");
  EXPECT_DOUBLE_EQ(parse_fail_under("62.5").threshold, 62.5);
}

TEST(GatesParse, FailUnderBadSyntax) {
  const std::string expected_tail =
      ": expected TARGET=SCORE with TARGET overall or a dimension id and SCORE from 0 to 100, e.g. overall=60";
  EXPECT_EQ(usage_message("overall=abc"), "--fail-under \"overall=abc\"" + expected_tail);
  EXPECT_EQ(usage_message("=60"), "--fail-under \"=60\"" + expected_tail);
  EXPECT_EQ(usage_message("overall=101"), "--fail-under \"overall=101\"" + expected_tail);
  EXPECT_EQ(usage_message("overall=-1"), "--fail-under \"overall=-1\"" + expected_tail);
  EXPECT_EQ(usage_message("overall="), "--fail-under \"overall=\"" + expected_tail);
}

TEST(GatesParse, UnknownDimension) {
  GateConfig config;
  config.fail_under = {parse_fail_under("overall=60"), parse_fail_under("delegaton=50")};
  try {
    check_gate_targets(config, {"dependence", "delegation"});
    FAIL() << "expected a usage error";
  } catch (const UsageError& e) {
    EXPECT_STREQ(e.what(),
                 "--fail-under delegaton=50: unknown dimension \"delegaton\"; valid targets: overall, dependence, "
                 "delegation");
  }
  config.fail_under.pop_back();
  EXPECT_NO_THROW(check_gate_targets(config, {"dependence", "delegation"}));
}

TEST(GatesEvaluate, FailUnderRounded) {
  GateConfig config;
  config.fail_under = {parse_fail_under("overall=60")};
  // 59.995 is reported as 60.00, so it passes a threshold of 60.
  auto out = evaluate_gates(config, subject(59.995));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].status, GateStatus::passed);
  EXPECT_EQ(out[0].gate, "fail-under overall=60");
  EXPECT_EQ(out[0].message, "r-044: overall 60.00 is at least 60");
  out = evaluate_gates(config, subject(59.994));
  EXPECT_EQ(out[0].status, GateStatus::failed);
  EXPECT_EQ(out[0].message, "r-044: overall 59.99 is below 60 (--fail-under overall=60)");
}

TEST(GatesEvaluate, NullScoreFails) {
  GateConfig config;
  config.fail_under = {parse_fail_under("delegation=50")};
  const auto out = evaluate_gates(config, subject(70.0, std::nullopt));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].status, GateStatus::failed);
  EXPECT_EQ(out[0].message,
            "r-044: delegation has no score (insufficient answers), threshold 50 (--fail-under delegation=50)");
}

TEST(GatesEvaluate, MinCoverage) {
  GateConfig config;
  config.min_coverage = 0.8;
  const auto out = evaluate_gates(config, subject(70.0, 70.0, 0.795));  // reported as 0.80: passes
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].gate, "min-coverage delegation");
  EXPECT_EQ(out[1].status, GateStatus::passed);
  const auto low = evaluate_gates(config, subject(70.0, 70.0, 2.0 / 3.0));
  EXPECT_EQ(low[0].status, GateStatus::passed);
  EXPECT_EQ(low[1].status, GateStatus::failed);
  EXPECT_EQ(low[1].message, "r-044: delegation coverage 0.67 is below 0.8 (--min-coverage 0.8)");
}

Baseline baseline(std::vector<BaselineEntry> entries) {
  return {"old.json", std::move(entries)};
}

TEST(GatesEvaluate, DropAtLimit) {
  GateConfig config;
  config.max_drop = 5;
  config.baseline = baseline({{"r-044", 65.004, {{"dependence", 60.0}, {"delegation", 75.01}}}});
  const auto out = evaluate_gates(config, subject(60.0, 70.0));
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].gate, "max-drop overall");
  EXPECT_EQ(out[0].status, GateStatus::passed);  // 65.00 -> 60.00 is exactly 5
  EXPECT_EQ(out[1].status, GateStatus::passed);
  EXPECT_EQ(out[2].gate, "max-drop delegation");
  EXPECT_EQ(out[2].status, GateStatus::failed);
  EXPECT_EQ(out[2].message, "r-044: delegation dropped 5.01 points (75.01 -> 70.00), more than 5 (--max-drop 5)");
}

TEST(GatesEvaluate, BaselineById) {
  GateConfig config;
  config.baseline = baseline({{"r-001", 90.0, {}}, {"r-002", 10.0, {}}});
  auto out = evaluate_gates(config, subject(60.0));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].status, GateStatus::skipped);
  EXPECT_EQ(out[0].message, "r-044: not in the baseline old.json");
  config.baseline->entries[1].respondent = "r-044";
  out = evaluate_gates(config, subject(60.0));
  EXPECT_EQ(out[0].status, GateStatus::passed);  // r-044's own entry: 10 -> 60 is a rise
}

TEST(GatesEvaluate, SingleBaseline) {
  GateConfig config;
  config.baseline = baseline({{"someone-else", 61.0, {}}});
  const auto out = evaluate_gates(config, subject(std::nullopt));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].status, GateStatus::failed);
  EXPECT_EQ(out[0].message, "r-044: overall has no score (insufficient answers), baseline 61.00 (--max-drop 0)");
}

TEST(GatesEvaluate, NoGatesNoOutcomes) {
  EXPECT_TRUE(GateConfig{}.empty());
  EXPECT_TRUE(evaluate_gates(GateConfig{}, subject(10.0)).empty());
}

}  // namespace
}  // namespace salesaudit
