#include "test_util.hpp"

#include <salesaudit/rounding.hpp>
#include <salesaudit/scoring.hpp>

#include <cmath>

namespace salesaudit {
namespace {

using testing::answers_doc;
using testing::small_questionnaire;

struct Scored {
  Questionnaire q = small_questionnaire();
  AnswerSet answers;
  ScoreCard card;
  explicit Scored(const std::string& body)
      : answers(load_answers(answers_doc(body), "a.json", q)), card(score(q, answers)) {}
};

TEST(ItemScore, EachTypePerContract) {
  const Questionnaire q = small_questionnaire();
  EXPECT_DOUBLE_EQ(item_score(q.questions[0], Value{4.0}), 0.75);  // (4-1)/(5-1)
  EXPECT_DOUBLE_EQ(item_score(q.questions[1], Value{4.0}), 0.25);  // reversed
  EXPECT_DOUBLE_EQ(item_score(q.questions[2], Value{true}), 1.0);
  EXPECT_DOUBLE_EQ(item_score(q.questions[2], Value{false}), 0.0);
  EXPECT_DOUBLE_EQ(item_score(q.questions[3], Value{std::string("nobody")}), 0.25);
  EXPECT_DOUBLE_EQ(item_score(q.questions[4], Value{std::vector<std::string>{"a", "b"}}), 1.0);  // min(1, 1.25)
  EXPECT_DOUBLE_EQ(item_score(q.questions[4], Value{std::vector<std::string>{}}), 0.0);
  EXPECT_DOUBLE_EQ(item_score(q.questions[5], Value{3.0}), 1.0);  // max 3 is inclusive
  EXPECT_DOUBLE_EQ(item_score(q.questions[5], Value{3.5}), 0.5);
  EXPECT_DOUBLE_EQ(item_score(q.questions[5], Value{99.0}), 0.0);  // catch-all
}

TEST(Score, Formulas) {
  // alpha: lik 4 (0.75, w1), rev 2 (0.75, w2), checks 5 (0.5, w1) -> (0.75+1.5+0.5)/4 = 68.75
  // beta: deputy true (1), who nobody (0.25), multi [a] (0.5) -> 1.75/3 = 58.333...
  Scored s(R"("lik": 4, "rev": 2, "checks": 5, "deputy": true, "who": "nobody", "multi": ["a"])");
  ASSERT_TRUE(s.card.dimensions[0].score);
  EXPECT_DOUBLE_EQ(*s.card.dimensions[0].score, 68.75);
  EXPECT_NEAR(*s.card.dimensions[1].score, 175.0 / 3, 1e-9);
  EXPECT_NEAR(*s.card.overall, (2 * 68.75 + 175.0 / 3) / 3, 1e-9);
  EXPECT_EQ(s.q.bands[*s.card.overall_band].id, "stable");
  EXPECT_EQ(s.card.dimensions[0].answered, 3);
  EXPECT_EQ(s.card.dimensions[0].asked, 3);
  EXPECT_TRUE(s.card.red_flags.empty());
}

TEST(Score, DisabledIgnored) {
  Scored s(R"("lik": 5, "rev": 1, "checks": 0, "deputy": false, "who": "me", "multi": ["b"])");
  EXPECT_FALSE(s.card.items[3].enabled);
  EXPECT_EQ(s.card.dimensions[1].asked, 2);  // deputy, multi
  ASSERT_EQ(s.card.warnings.size(), 1u);
  EXPECT_EQ(s.card.warnings[0], "ignored answers to 1 question(s) disabled by enable_when: who");
  ASSERT_EQ(s.card.red_flags.size(), 1u);
}

TEST(Score, NaAndLowCoverage) {
  // beta: deputy unanswered (required), who disabled (deputy unanswered), multi na -> A empty.
  Scored s(R"("lik": 5, "rev": 1, "checks": 0, "multi": "na")");
  EXPECT_FALSE(s.card.dimensions[1].score);
  EXPECT_FALSE(s.card.dimensions[1].band);
  EXPECT_EQ(s.card.dimensions[1].asked, 1);
  EXPECT_DOUBLE_EQ(s.card.dimensions[1].coverage, 0.0);
  EXPECT_FALSE(s.card.overall);
  EXPECT_FALSE(s.card.overall_band);
  EXPECT_TRUE(s.card.red_flags.empty());  // condition on an unanswered question is false
}

TEST(Score, BandCap) {
  // alpha perfect (100), beta: deputy false (0), multi [c] (0) -> 0: overall 66.67 -> stable, capped at at_risk
  Scored s(R"("lik": 5, "rev": 1, "checks": 0, "deputy": false, "multi": ["c"])");
  EXPECT_NEAR(*s.card.overall, 200.0 / 3, 1e-9);
  EXPECT_EQ(s.q.bands[*s.card.dimensions[1].band].id, "crisis");
  EXPECT_EQ(s.q.bands[*s.card.overall_band].id, "at_risk");
}

TEST(Prioritize, GainsPrioritiesAndOrder) {
  Scored s(R"("lik": 4, "rev": 2, "checks": 5, "deputy": true, "who": "nobody", "multi": ["a"])");
  // alpha share 2/3, answered weight 4: lik gain = 100*(2/3)*1*0.25/4 = 4.1666..
  EXPECT_NEAR(s.card.items[0].gain, 100.0 * 2 / 3 * 0.25 / 4, 1e-12);
  ASSERT_EQ(s.card.recommendations.size(), 3u);
  // rec-a: lik only (deputy perfect) = 4.1667, priority 4.1667
  // rec-b: rev = 100*(2/3)*2*0.25/4 = 8.333, priority 4.1667 (medium) -> tie on priority, more gain first
  // rec-c: checks 100*(2/3)*0.5/4 = 8.333 + who 100*(1/3)*0.75/3 = 8.333 -> 16.67 / 3 = 5.56
  EXPECT_EQ(s.q.recommendations[s.card.recommendations[0].recommendation].id, "rec-c");
  EXPECT_EQ(s.q.recommendations[s.card.recommendations[1].recommendation].id, "rec-b");
  EXPECT_EQ(s.q.recommendations[s.card.recommendations[2].recommendation].id, "rec-a");
  EXPECT_NEAR(s.card.recommendations[0].gain, 50.0 / 3, 1e-9);
  EXPECT_EQ(s.card.recommendations[0].horizon_days, 90);
  EXPECT_EQ(s.card.recommendations[0].questions, (std::vector<std::size_t>{3, 5}));
}

TEST(Prioritize, PerfectTriggersNothing) {
  Scored s(R"("lik": 5, "rev": 1, "checks": 0, "deputy": true, "who": "deputy", "multi": ["a", "b"])");
  EXPECT_TRUE(s.card.recommendations.empty());
  EXPECT_DOUBLE_EQ(*s.card.overall, 100.0);
}

TEST(Prioritize, GainsWhenOverallNull) {
  Scored s(R"("lik": 4, "rev": 1, "checks": 0, "multi": "na")");
  EXPECT_FALSE(s.card.overall);
  // only alpha has a score: share 1, answered weight 4: 100*0.25/4
  EXPECT_NEAR(s.card.items[0].gain, 6.25, 1e-12);
  ASSERT_EQ(s.card.recommendations.size(), 1u);
}

TEST(Rounding, HalfAwayFromZero) {
  EXPECT_DOUBLE_EQ(round2(57.125), 57.13);
  EXPECT_DOUBLE_EQ(round2(1.005), 1.01);  // stored as 1.00499999999999989
  EXPECT_DOUBLE_EQ(round2(2.675), 2.68);
  EXPECT_DOUBLE_EQ(round2(-1.005), -1.01);
  EXPECT_DOUBLE_EQ(round2(4.1666666), 4.17);
  EXPECT_DOUBLE_EQ(round2(4.1649999), 4.16);
  EXPECT_DOUBLE_EQ(round2(100.0 / 3), 33.33);
  EXPECT_DOUBLE_EQ(round2(0.0), 0.0);
  EXPECT_FALSE(std::signbit(round2(-0.001)));
}

}  // namespace
}  // namespace salesaudit

namespace salesaudit {
namespace {

TEST(Score, BandFromRounded) {
  // One choice question scoring 0.39996: the dimension prints as 40.00, so it must be
  // in the band that starts at 40, not the one below.
  const std::string text = R"({"format": "salesaudit.questionnaire/v1", "id": "edge", "version": "1.0.0",
    "title": "Edge", "dimensions": [{"id": "d", "title": "D"}],
    "bands": [{"id": "low", "label": "Low", "min": 0}, {"id": "mid", "label": "Mid", "min": 40}],
    "recommendations": [],
    "questions": [{"id": "c", "type": "choice", "text": "?", "dimension": "d",
                   "options": [{"value": "x", "label": "X", "score": 0.39996}]}]})";
  const Questionnaire q = load_questionnaire(text, "edge.json");
  const AnswerSet a = load_answers(
      R"({"format": "salesaudit.answers/v1", "questionnaire": {"id": "edge", "version": "1.0.0"}, "answers": {"c": "x"}})",
      "a.json", q);
  const ScoreCard card = score(q, a);
  EXPECT_NEAR(*card.dimensions[0].score, 39.996, 1e-9);
  EXPECT_EQ(q.bands[*card.dimensions[0].band].id, "mid");
  EXPECT_EQ(q.bands[*card.overall_band].id, "mid");
}

}  // namespace
}  // namespace salesaudit
