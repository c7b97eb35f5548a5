#include "test_util.hpp"

#include <salesaudit/scoring.hpp>
#include <salesaudit/team.hpp>

#include <gtest/gtest.h>

namespace salesaudit {
namespace {

using testing::small_questionnaire;

using Opt = std::optional<double>;

// Questions of the small questionnaire: lik, rev, deputy, who, multi, checks, note.
TeamMember member(std::string label, std::optional<std::string> role, Opt overall, Opt alpha, Opt beta,
                  std::vector<Opt> items = std::vector<Opt>(7), std::vector<double> gains = {0, 0, 0}) {
  TeamMember m;
  m.label = std::move(label);
  m.role = std::move(role);
  m.overall = overall;
  m.dimensions = {alpha, beta};
  m.coverage = {1.0, 0.5};
  m.items = std::move(items);
  m.gains = std::move(gains);
  return m;
}

TEST(TeamSummary, Distributions) {
  const Questionnaire q = small_questionnaire();
  const std::vector<TeamMember> members = {member("a", {}, 30, 30, 90), member("b", {}, 65, 70, 50),
                                           member("c", {}, 85, 80, std::nullopt),
                                           member("d", {}, std::nullopt, 45, 40)};
  const TeamReport r = summarize_team(q, members);
  EXPECT_EQ(r.respondents, (std::vector<std::string>{"a", "b", "c", "d"}));
  EXPECT_EQ(r.overall.n, 3u);
  EXPECT_EQ(r.overall.no_score, 1u);
  EXPECT_DOUBLE_EQ(*r.overall.mean, 60.0);
  EXPECT_DOUBLE_EQ(*r.overall.median, 65.0);
  const Distribution& alpha = r.dimensions[0].scores;
  EXPECT_DOUBLE_EQ(*alpha.median, 57.5);  // even count: (45 + 70) / 2
  EXPECT_DOUBLE_EQ(*alpha.min, 30.0);
  EXPECT_DOUBLE_EQ(*alpha.max, 80.0);
  EXPECT_EQ(alpha.bands, (std::vector<std::size_t>{1, 1, 1, 1}));
  EXPECT_EQ(r.dimensions[1].scores.no_score, 1u);
  EXPECT_DOUBLE_EQ(*r.dimensions[1].coverage, 0.5);
}

TEST(TeamSummary, WeakestQuestions) {
  const Questionnaire q = small_questionnaire();
  const std::vector<TeamMember> members = {
      member("a", {}, 50, 50, 50, {1.0, 0.25, 1.0, std::nullopt, 0.5, 0.0, std::nullopt}),
      member("b", {}, 50, 50, 50, {0.5, 0.75, 0.0, std::nullopt, std::nullopt, 0.0, std::nullopt})};
  const TeamReport r = summarize_team(q, members);
  ASSERT_EQ(r.weakest.size(), 5u);  // "who" unanswered, "note" not scored
  EXPECT_EQ(q.questions[r.weakest[0].question].id, "checks");
  EXPECT_DOUBLE_EQ(r.weakest[0].mean, 0.0);
  // rev and deputy tie at 50: questionnaire order; multi (n=1) is also 50.
  EXPECT_EQ(q.questions[r.weakest[1].question].id, "rev");
  EXPECT_EQ(q.questions[r.weakest[2].question].id, "deputy");
  EXPECT_EQ(q.questions[r.weakest[3].question].id, "multi");
  EXPECT_EQ(r.weakest[3].n, 1u);
  EXPECT_EQ(q.questions[r.weakest[4].question].id, "lik");
  EXPECT_DOUBLE_EQ(r.weakest[4].mean, 75.0);
}

TEST(TeamSummary, Actions) {
  const Questionnaire q = small_questionnaire();
  // rec-a (low): mean 2; rec-b (medium): mean 6, priority 3; rec-c (high): mean 9, priority 3.
  const std::vector<TeamMember> members = {member("a", {}, 50, 50, 50, std::vector<Opt>(7), {4, 12, 18}),
                                           member("b", {}, 50, 50, 50, std::vector<Opt>(7), {0, 0, 0})};
  const TeamReport r = summarize_team(q, members);
  ASSERT_EQ(r.actions.size(), 3u);
  // Equal priority 3: the larger gain first.
  EXPECT_EQ(q.recommendations[r.actions[0].recommendation].id, "rec-c");
  EXPECT_DOUBLE_EQ(r.actions[0].gain, 9.0);
  EXPECT_EQ(r.actions[0].horizon_days, 90);
  EXPECT_EQ(q.recommendations[r.actions[1].recommendation].id, "rec-b");
  EXPECT_EQ(q.recommendations[r.actions[2].recommendation].id, "rec-a");
  EXPECT_DOUBLE_EQ(r.actions[2].priority, 2.0);
  EXPECT_EQ(r.actions[2].respondents, 1u);
}

TEST(TeamSummary, ManagerGap) {
  const Questionnaire q = small_questionnaire();
  std::vector<TeamMember> members = {member("m", "Manager", 80, 90, 60), member("r1", "rep", 50, 40, 70),
                                     member("r2", std::nullopt, 60, 60, std::nullopt)};
  const TeamReport r = summarize_team(q, members);
  ASSERT_TRUE(r.gap.has_value());
  EXPECT_EQ(r.gap->managers, 1u);
  EXPECT_EQ(r.gap->others, 2u);
  EXPECT_DOUBLE_EQ(*r.gap->team_overall, 55.0);
  EXPECT_DOUBLE_EQ(*rounded_gap(r.gap->manager[0], r.gap->team[0]), 40.0);
  EXPECT_DOUBLE_EQ(*r.gap->team[1], 70.0);  // r2 has no beta score
  members.erase(members.begin() + 1, members.end());
  EXPECT_FALSE(summarize_team(q, members).gap.has_value());
}

TEST(TeamSummary, RoundedGap) {
  // 60.005 reports as 60.01 and 50.004 as 50.00: the gap reads 10.01, not 10.00.
  EXPECT_DOUBLE_EQ(*rounded_gap(60.005, 50.004), 10.01);
  EXPECT_FALSE(rounded_gap(std::nullopt, 1.0).has_value());
}

TEST(TeamSummary, PairwiseReliability) {
  const Questionnaire q = small_questionnaire();
  std::vector<TeamMember> members;
  for (int i = 0; i < 9; ++i) {
    const double s = i / 8.0;
    // alpha: lik and checks follow s, rev runs mildly against it; beta: only deputy is answered by all.
    members.push_back(member("r" + std::to_string(i), {}, 50, 50, 50,
                             {s, 0.5 - 0.1 * s, i % 2 == 0 ? 1.0 : 0.0, std::nullopt, i == 0 ? Opt{} : Opt{0.5},
                              (s + 0.5) / 1.5, std::nullopt}));
  }
  EXPECT_FALSE(summarize_team(q, members).reliability);
  members.push_back(member("r9", {}, 50, 50, 50, {0.5, 0.25, 1.0, std::nullopt, 0.5, 0.6, std::nullopt}));
  const TeamReport r = summarize_team(q, members);
  ASSERT_TRUE(r.reliability);
  const TeamDimension& alpha = r.dimensions[0];
  ASSERT_EQ(alpha.item_rest.size(), 3u);
  EXPECT_EQ(q.questions[alpha.item_rest[1].question].id, "rev");
  EXPECT_LT(*alpha.item_rest[1].r, 0);
  EXPECT_GT(*alpha.item_rest[0].r, 0);
  EXPECT_TRUE(alpha.alpha.has_value());
  // beta: deputy and multi (answered by 9 of 10); who is conditional, so left out.
  ASSERT_EQ(r.dimensions[1].item_rest.size(), 2u);
  EXPECT_EQ(q.questions[r.dimensions[1].item_rest[0].question].id, "deputy");
  EXPECT_EQ(q.questions[r.dimensions[1].item_rest[1].question].id, "multi");
  EXPECT_FALSE(r.dimensions[1].item_rest[1].r.has_value());  // everyone answered multi alike
  EXPECT_NEAR(*r.dimensions[1].alpha, 0.0, 1e-12);           // multi adds no covariance
}

TEST(TeamSummary, MemberRemapped) {
  const Questionnaire q = small_questionnaire();
  const AnswerSet answers =
      load_answers(R"({"format": "salesaudit.answers/v1", "questionnaire": {"id": "small", "version": "1.2.0"},
          "respondent": {"id": "r1", "role": "manager"},
          "answers": {"lik": 5, "rev": 5, "deputy": true, "who": "me", "multi": ["a"], "checks": 2}})",
                   "a.json", q);
  const ScoreCard card = score(q, answers);
  const TeamMember m = team_member(q, card, "r1");
  EXPECT_EQ(m.role, "manager");
  EXPECT_DOUBLE_EQ(*m.items[0], 1.0);
  EXPECT_DOUBLE_EQ(*m.items[1], 0.0);    // reverse-keyed
  EXPECT_FALSE(m.items[6].has_value());  // text
  EXPECT_GT(m.gains[1], 0.0);            // rec-b fed by rev

  // A version without "lik", with the dimensions swapped.
  std::string text = testing::kSmallQuestionnaire;
  text.replace(text.find(R"({"id": "lik")"), text.find(R"({"id": "rev")") - text.find(R"({"id": "lik")"), "");
  text.replace(text.find(R"({"id": "alpha", "title": "Alpha", "weight": 2},)"),
               std::string(R"({"id": "alpha", "title": "Alpha", "weight": 2},)").size(), "");
  text.replace(text.find(R"({"id": "beta", "title": "Beta"})"),
               std::string(R"({"id": "beta", "title": "Beta"})").size(),
               R"({"id": "beta", "title": "Beta"}, {"id": "alpha", "title": "Alpha", "weight": 2})");
  const Questionnaire other = load_questionnaire(text, "other.json");
  const TeamMember moved = remap_member(m, q, other);
  ASSERT_EQ(moved.items.size(), 6u);
  EXPECT_DOUBLE_EQ(*moved.items[0], 0.0);  // rev is now first
  EXPECT_EQ(moved.dimensions[1], m.dimensions[0]);
  EXPECT_EQ(moved.dimensions[0], m.dimensions[1]);
  EXPECT_EQ(moved.overall_band, m.overall_band);
}

}  // namespace
}  // namespace salesaudit
