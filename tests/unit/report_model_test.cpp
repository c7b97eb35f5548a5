#include "report/report_model.hpp"

#include "test_util.hpp"

#include <salesaudit/scoring.hpp>

#include <gtest/gtest.h>

namespace salesaudit::report {
namespace {

using salesaudit::testing::answers_doc;
using salesaudit::testing::small_questionnaire;

TEST(ReportModel, RetestDate) {
  EXPECT_EQ(add_days("2026-03-10T13:13:41Z", 90), "2026-06-08");
  EXPECT_EQ(add_days("2024-12-15", 90), "2025-03-15");
  EXPECT_EQ(add_days("2024-01-01T00:00:00+02:00", 60), "2024-03-01");  // leap year
  EXPECT_EQ(add_days("2023-01-01", 59), "2023-03-01");
  EXPECT_EQ(add_days("2026-02-30T10:00:00Z", 90), std::nullopt);
  EXPECT_EQ(add_days("yesterday", 90), std::nullopt);
  EXPECT_EQ(add_days("2026-03-10X", 90), std::nullopt);
}

TEST(ReportModel, BandTonesFollowBandOrder) {
  EXPECT_EQ(band_tone(0, 4), Tone::bad);
  EXPECT_EQ(band_tone(1, 4), Tone::poor);
  EXPECT_EQ(band_tone(2, 4), Tone::fair);
  EXPECT_EQ(band_tone(3, 4), Tone::good);
  EXPECT_EQ(band_tone(0, 2), Tone::bad);
  EXPECT_EQ(band_tone(1, 2), Tone::good);
  EXPECT_EQ(band_tone(0, 1), Tone::good);
}

TEST(ReportModel, NumberFormats) {
  EXPECT_EQ(fixed2(1.005), "1.01");
  EXPECT_EQ(fixed2(62.857142), "62.86");
  EXPECT_EQ(shortest(3.0), "3");
  EXPECT_EQ(shortest(0.5), "0.5");
  EXPECT_EQ(percent(1.0), "100%");
  EXPECT_EQ(percent(2.0 / 3.0), "67%");
}

class ReportModelCard : public ::testing::Test {
 protected:
  Questionnaire q = small_questionnaire();
  AnswerSet answers = load_answers(
      answers_doc(R"("lik": 3, "rev": 2, "deputy": true, "who": "nobody", "multi": "na", "checks": 5,
                     "note": "Busy <month>")",
                  R"(, "completed_at": "2026-01-31T09:00:00Z", "comments": {"rev": "Hard to say", "lik": ""})"),
      "a.json", q);
  ScoreCard card = score(q, answers);
};

TEST_F(ReportModelCard, TopActions) {
  RenderOptions options;
  options.top = 2;
  const ReportModel m = build_model(card, options);
  ASSERT_EQ(m.actions.size(), 3u);
  EXPECT_EQ(m.shown, 2u);
  // rec-a (low) ranks first; quick wins are the low-effort actions among the shown ones.
  EXPECT_EQ(m.actions[0].recommendation->id, "rec-a");
  EXPECT_EQ(m.quick_wins, (std::vector<std::size_t>{0}));
  EXPECT_TRUE(m.actions[0].quick_win);
  ASSERT_EQ(m.plan.size(), 3u);
  EXPECT_EQ(m.plan[0].days, 30);
  EXPECT_EQ(m.plan[1].days, 60);
  EXPECT_EQ(m.plan[2].days, 90);
  std::size_t planned = 0;
  for (const auto& stage : m.plan) {
    for (std::size_t a : stage.actions) EXPECT_EQ(m.actions[a].result->horizon_days, stage.days);
    planned += stage.actions.size();
  }
  EXPECT_EQ(planned, m.actions.size());  // the plan covers every triggered action, not only the top
  options.top = 0;
  EXPECT_EQ(build_model(card, options).shown, 3u);
}

TEST_F(ReportModelCard, RetestAndComments) {
  const ReportModel m = build_model(card, RenderOptions{});
  EXPECT_EQ(m.completed_date, "2026-01-31");
  EXPECT_EQ(m.retest_date, "2026-05-01");
  EXPECT_EQ(m.respondent, "Pat");
  EXPECT_EQ(m.respondent_details, (std::vector<std::string>{"id r1"}));
  ASSERT_EQ(m.comments.size(), 2u);  // the comment on rev and the text answer; empty comments are dropped
  EXPECT_EQ(q.questions[m.comments[0].question].id, "rev");
  EXPECT_EQ(m.comments[0].comment, "Hard to say");
  EXPECT_EQ(m.comments[0].answer, "2 of 5 (2)");
  EXPECT_EQ(q.questions[m.comments[1].question].id, "note");
  EXPECT_EQ(m.comments[1].answer, "Busy <month>");
}

TEST_F(ReportModelCard, ContributionsAddUp) {
  const ReportModel m = build_model(card, RenderOptions{});
  for (const DimensionView& view : m.dimensions) {
    const auto& dim = card.dimensions[view.dimension];
    if (!dim.score) continue;
    double sum = 0;
    for (const ItemView& item : view.items) sum += item.contribution.value_or(0);
    EXPECT_NEAR(sum, *dim.score, 1e-9) << q.dimensions[view.dimension].id;
    EXPECT_NEAR(100 * view.weighted_sum / dim.answered_weight, *dim.score, 1e-9);
  }
  const ItemView& multi = m.dimensions[1].items[2];
  EXPECT_EQ(q.questions[multi.question].id, "multi");
  EXPECT_EQ(multi.status, ItemStatus::not_applicable);
  EXPECT_FALSE(multi.contribution);
}

TEST_F(ReportModelCard, GainTerms) {
  const ReportModel m = build_model(card, RenderOptions{});
  for (const ActionView& a : m.actions) {
    double total = 0;
    for (const GainTerm& t : a.terms) {
      EXPECT_NEAR(t.gain,
                  100 * (t.dimension_weight / t.scored_weight) * t.weight * (1 - t.item_score) / t.answered_weight,
                  1e-9);
      total += t.gain;
    }
    EXPECT_NEAR(total, a.result->gain, 1e-9);
  }
}

TEST(ReportModelAnswers, AnswerText) {
  const Questionnaire q = small_questionnaire();
  const auto text = [&](const char* id, Answer a) { return answer_text(q.questions[*q.question_index(id)], a); };
  EXPECT_EQ(text("lik", {false, 4.0}), "4 of 5 (4)");
  EXPECT_EQ(text("who", {false, std::string("deputy")}), "Deputy");
  EXPECT_EQ(text("multi", {false, std::vector<std::string>{"a", "b"}}), "A; B");
  EXPECT_EQ(text("multi", {false, std::vector<std::string>{}}), "none selected");
  EXPECT_EQ(text("deputy", {false, false}), "no");
  EXPECT_EQ(text("checks", {false, 2.5}), "2.5");
  EXPECT_EQ(text("multi", {true, {}}), "not applicable");
}

}  // namespace
}  // namespace salesaudit::report
