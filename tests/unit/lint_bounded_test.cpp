// Lint on the largest questionnaire the limits allow: bounded work, approximate findings.

#include "authoring/reachable.hpp"

#include <salesaudit/limits.hpp>
#include <salesaudit/lint.hpp>

#include <gtest/gtest.h>

#include <string>

namespace salesaudit {
namespace {

// kMaxQuestions multi_choice questions of kMaxOptions options each, with scores whose
// subset sums are all distinct (2^100 of them per question), split over two dimensions.
Questionnaire maximal() {
  Questionnaire q;
  q.id = "huge";
  q.version = "1.0.0";
  q.dimensions = {{"d", "D", "", 1}, {"e", "E", "", 1}};
  q.bands = {{"crisis", "Crisis", 0}, {"at_risk", "At risk", 40}, {"stable", "Stable", 60}, {"top", "Top", 80}};
  for (std::size_t i = 0; i < limits::kMaxQuestions; ++i) {
    Question question;
    question.id = "q" + std::to_string(i);
    question.type = QuestionType::multi_choice;
    question.text = "Which?";
    question.dimension = i % 2;
    for (std::size_t k = 0; k < limits::kMaxOptions; ++k) {
      // About 0.004 each, irregular in the last digits: every subset sum differs, the
      // total stays near 0.45, so "stable" and "top" are out of reach.
      const double score = 0.004 + 1e-6 * static_cast<double>((k * 7919 + i) % 997);
      question.options.push_back({"o" + std::to_string(k), "O", score});
    }
    q.questions.push_back(std::move(question));
  }
  return q;
}

TEST(LintBounded, MultiChoiceFallBackRange) {
  const Questionnaire q = maximal();
  authoring::Budget budget;
  const auto scores = authoring::item_scores(q.questions[0], budget);
  EXPECT_FALSE(scores.exact);
  ASSERT_EQ(scores.values.size(), 2u);
  EXPECT_DOUBLE_EQ(scores.values[0], 0);
  EXPECT_GT(scores.values[1], 0.4);
  EXPECT_LT(scores.values[1], 0.5);
}

TEST(LintBounded, MaximalApproximate) {
  const Questionnaire q = maximal();
  authoring::Budget budget;
  const auto d = authoring::reachable_dimension(q, 0, 200000, budget);
  EXPECT_FALSE(d.exact);
  EXPECT_DOUBLE_EQ(d.min, 0);
  EXPECT_LT(d.max, 50);
  EXPECT_LE(budget.steps, authoring::Budget::kDefault);

  const LintReport report = lint(q);
  std::size_t approximate = 0;
  for (const auto& f : report.findings) {
    if (f.rule != "unreachable-band") continue;
    EXPECT_NE(f.advice.find("best possible score is at most 4"), std::string::npos) << f.advice;
    EXPECT_NE(f.advice.find("(approximate: too many answer combinations"), std::string::npos) << f.advice;
    ++approximate;
  }
  // "stable" and "top" for each dimension, and for the overall.
  EXPECT_EQ(approximate, 6u);
}

TEST(LintBounded, SpentBudgetGivesBounds) {
  Questionnaire q = maximal();
  q.questions.resize(4);
  for (auto& question : q.questions) question.options.resize(3);  // 8 subsets: cheap
  authoring::Budget plenty;
  EXPECT_TRUE(authoring::reachable_dimension(q, 0, 200000, plenty).exact);
  authoring::Budget none{0};
  const auto bounded = authoring::reachable_dimension(q, 0, 200000, none);
  EXPECT_FALSE(bounded.exact);
  EXPECT_DOUBLE_EQ(bounded.min, 0);
}

}  // namespace
}  // namespace salesaudit
