// The batch fast path's id -> question index: every id found, every near miss not.

#include "batch/question_index.hpp"

#include <gtest/gtest.h>

#include <string>

namespace salesaudit::batch {
namespace {

// Ids of every length from 1 to 40 (and one with a shared prefix per length), so the
// byte loop, the word loop and the overlapping last word all meet differences.
Questionnaire many_ids() {
  Questionnaire q;
  for (std::size_t n = 1; n <= 40; ++n) {
    Question a;
    a.id = std::string(n, 'a');
    a.id.back() = static_cast<char>('a' + n % 26);
    q.questions.push_back(a);
    Question b;
    b.id = "x" + std::string(n, 'q');
    q.questions.push_back(b);
  }
  return q;
}

TEST(BatchQuestionIndex, FindsEveryId) {
  const Questionnaire q = many_ids();
  QuestionIndex index;
  index.build(q);
  std::size_t hint = 0;
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const std::string copy = q.questions[i].id;  // another buffer than the model's
    EXPECT_EQ(index.find(copy), i) << copy;
    EXPECT_EQ(index.find(copy, hint), i) << copy;  // in order: the hint hits
    EXPECT_EQ(hint, i + 1);
  }
  std::size_t back = 0;
  for (std::size_t i = q.questions.size(); i-- > 0;) {
    EXPECT_EQ(index.find(q.questions[i].id, back), i);  // out of order: the table
  }
}

TEST(BatchQuestionIndex, NearMissesMissed) {
  const Questionnaire q = many_ids();
  QuestionIndex index;
  index.build(q);
  for (const auto& question : q.questions) {
    for (std::size_t at = 0; at < question.id.size(); ++at) {
      std::string changed = question.id;
      changed[at] = '#';
      EXPECT_FALSE(index.find(changed)) << changed;
      std::size_t hint = 0;
      EXPECT_FALSE(index.find(changed, hint)) << changed;
    }
    EXPECT_FALSE(index.find(question.id + "a"));
    EXPECT_FALSE(index.find(question.id.substr(1)));
  }
  EXPECT_FALSE(index.find(""));
}

}  // namespace
}  // namespace salesaudit::batch
