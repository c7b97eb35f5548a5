// The batch row scorer gives exactly (bit for bit) the figures of the full scorer, and
// the same CSV/NDJSON rows, on random answer sets for every built-in questionnaire.

#include "batch/row_scorer.hpp"
#include "batch/row_writer.hpp"

#include "test_util.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/registry.hpp>
#include <salesaudit/scoring.hpp>

#include <gtest/gtest.h>

#include <random>

namespace salesaudit {
namespace {

AnswerSet random_answer_set(const Questionnaire& q, std::mt19937& rng, int n) {
  auto pick = [&](std::size_t k) { return static_cast<std::size_t>(rng() % k); };
  AnswerSet set;
  set.questionnaire.id = q.id;
  set.questionnaire.version = q.version;
  if (pick(4) != 0) set.respondent.id = "r" + std::to_string(n);
  // Some sets answer almost everything (scored rows), some little (null dimensions).
  const std::size_t skip = pick(3) == 0 ? 2 : 12;
  for (const Question& question : q.questions) {
    if (pick(skip) == 0) {
      set.answers.emplace_back();
      continue;
    }
    Answer answer;
    if (question.allow_na && pick(8) == 0) {
      answer.na = true;
      answer.value = std::string("na");
      set.answers.emplace_back(answer);
      continue;
    }
    switch (question.type) {
      case QuestionType::likert:
        answer.value = static_cast<double>(1 + pick(static_cast<std::size_t>(question.points)));
        break;
      case QuestionType::choice: answer.value = question.options[pick(question.options.size())].value; break;
      case QuestionType::multi_choice: {
        std::vector<std::string> chosen;
        for (const auto& option : question.options) {
          if (pick(3) == 0) chosen.push_back(option.value);
        }
        answer.value = chosen;
        break;
      }
      case QuestionType::boolean: answer.value = pick(2) == 0; break;
      case QuestionType::number: {
        const double low = question.min.value_or(0);
        const double high = question.max.value_or(low + 200);
        answer.value = low + (high - low) * static_cast<double>(pick(1001)) / 1000.0;
        break;
      }
      case QuestionType::text: answer.value = std::string("note"); break;
    }
    set.answers.emplace_back(answer);
  }
  return set;
}

void expect_same_row(const ScoreRow& fast, const ScoreRow& full, const std::string& where) {
  // Exact comparisons on purpose: the row scorer must repeat the scorer's arithmetic.
  EXPECT_EQ(fast.respondent_id, full.respondent_id) << where;
  EXPECT_EQ(fast.overall, full.overall) << where;
  EXPECT_EQ(fast.overall_band, full.overall_band) << where;
  EXPECT_EQ(fast.dimensions, full.dimensions) << where;
  EXPECT_EQ(fast.coverage, full.coverage) << where;
  EXPECT_EQ(fast.red_flags, full.red_flags) << where;
  EXPECT_EQ(fast.top_action, full.top_action) << where;
}

std::string written(batch::RowFormat format, ScoreRow row) {
  batch::RowWriter writer(format, nullptr);
  std::string out;
  writer.write(std::move(row), out);
  writer.finish(out);
  return out;
}

TEST(BatchRowScorer, EqualsFullScorer) {
  const Registry registry;
  std::size_t checked = 0;
  std::size_t with_overall = 0;
  std::size_t with_action = 0;
  std::size_t with_flags = 0;
  for (const auto& entry : registry.entries()) {
    const auto q = registry.resolve(entry.id + "@" + entry.version);
    std::mt19937 rng(11);
    batch::RowScorer scorer;  // reused, as on a worker thread
    for (int i = 0; i < 3000; ++i) {
      const AnswerSet answers = random_answer_set(*q, rng, i);
      const std::string where = entry.id + "@" + entry.version + " #" + std::to_string(i);
      ScoreRow full = summarize(score(*q, answers), where);
      full.questionnaire = q;
      ScoreRow fast;
      fast.where = where;
      fast.questionnaire = q;
      scorer.score(*q, answers, fast);
      expect_same_row(fast, full, where);
      if (i % 10 == 0) {
        EXPECT_EQ(written(batch::RowFormat::csv, fast), written(batch::RowFormat::csv, full)) << where;
        EXPECT_EQ(written(batch::RowFormat::ndjson, fast), written(batch::RowFormat::ndjson, full)) << where;
      }
      ++checked;
      with_overall += full.overall ? 1 : 0;
      with_action += full.top_action ? 1 : 0;
      with_flags += full.red_flags > 0 ? 1 : 0;
      if (::testing::Test::HasFailure()) return;
    }
  }
  // The random sets reach every branch that matters.
  EXPECT_GE(checked, 3000u);
  EXPECT_GT(with_overall, checked / 4);
  EXPECT_LT(with_overall, checked);
  EXPECT_GT(with_action, checked / 4);
  EXPECT_GT(with_flags, 0u);
}

TEST(BatchRowScorer, RecordMatchesSummary) {
  const Registry registry;
  const auto q = registry.resolve("crisis-mode@1.0.0");
  std::mt19937 rng(5);
  for (int i = 0; i < 500; ++i) {
    AnswerSet answers = random_answer_set(*q, rng, i);
    const ScoreRow full = summarize(score(*q, answers), "w");
    BatchRecord record;
    record.where = "w";
    record.questionnaire = q;
    record.answers = std::move(answers);
    const ScoreRow fast = score_record(std::move(record));
    expect_same_row(fast, full, std::to_string(i));
    EXPECT_EQ(fast.where, "w");
    EXPECT_EQ(fast.questionnaire, q);
    EXPECT_TRUE(fast.ok());
  }
}

}  // namespace
}  // namespace salesaudit
