// The question flow driven through a scripted fake terminal (no real I/O).

#include <salesaudit/interview.hpp>
#include <salesaudit/registry.hpp>
#include <salesaudit/text.hpp>

#include "test_util.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace salesaudit {
namespace {

// Replays replies in order and records everything shown; nullopt once the script ends
// (like end of input or Ctrl-C).
class ScriptedTerminal : public Terminal {
 public:
  explicit ScriptedTerminal(std::vector<std::string> replies) : replies_(std::move(replies)) {}
  void show_question(const QuestionView& view) override {
    log.push_back("Q " + view.header + " " + view.text);
    views.push_back(view);
  }
  void print(std::string_view text) override { log.push_back("P " + std::string(text)); }
  std::optional<std::string> read_answer(const QuestionView& /*view*/) override { return next(); }
  std::optional<std::string> read_line(std::string_view prompt) override {
    log.push_back("L " + std::string(prompt));
    return next();
  }
  [[nodiscard]] bool logged(const std::string& line) const {
    return std::find(log.begin(), log.end(), line) != log.end();
  }
  std::vector<std::string> log;
  std::vector<QuestionView> views;

 private:
  std::optional<std::string> next() {
    if (at_ >= replies_.size()) return std::nullopt;
    return replies_[at_++];
  }
  std::vector<std::string> replies_;
  std::size_t at_ = 0;
};

class InterviewFlow : public ::testing::Test {
 protected:
  InterviewEnd run(std::vector<std::string> replies) {
    terminal = std::make_unique<ScriptedTerminal>(std::move(replies));
    return run_interview(interview, *terminal, [this](const AnswerSet& set) { saves.push_back(set); });
  }
  [[nodiscard]] const std::optional<Answer>& answer(const std::string& id) const {
    return interview.answer_of(*q.question_index(id));
  }
  Questionnaire q = testing::small_questionnaire();
  Interview interview{q, AnswerSet{}};
  std::unique_ptr<ScriptedTerminal> terminal;
  std::vector<AnswerSet> saves;
};

TEST_F(InterviewFlow, AnswersEveryType) {
  EXPECT_EQ(run({"3", "2", "y", "2", "1,2", "4", "hello", ""}), InterviewEnd::finished);
  const AnswerSet doc = interview.document();
  EXPECT_EQ(to_display(doc.answers[0]->value), "3");
  EXPECT_EQ(to_display(doc.answers[2]->value), "true");
  EXPECT_EQ(to_display(doc.answers[3]->value), "\"deputy\"");
  EXPECT_EQ(to_display(doc.answers[4]->value), "[\"a\",\"b\"]");
  EXPECT_EQ(to_display(doc.answers[5]->value), "4");
  EXPECT_EQ(to_display(doc.answers[6]->value), "\"hello\"");
  EXPECT_EQ(saves.size(), 7u);  // one autosave per answer
  EXPECT_TRUE(
      terminal->logged("L Enter to finish, a number to change that answer, < to go back, q to save and quit: "));
}

TEST_F(InterviewFlow, ConditionalQuestion) {
  EXPECT_EQ(run({"3", "2", "n", "<", "y", "<", "n"}), InterviewEnd::interrupted);
  const std::vector<std::string> headers = [&] {
    std::vector<std::string> out;
    for (const auto& v : terminal->views) out.push_back(v.header + " " + v.text);
    return out;
  }();
  const std::vector<std::string> expected = {"[1/6] Alpha L?", "[2/6] Alpha R?", "[3/6] Beta D?",
                                             "[4/6] Beta M?",                    // "who" is not asked after "no"
                                             "[3/6] Beta D?",  "[4/7] Beta W?",  // ... and appears after "yes"
                                             "[3/7] Beta D?",  "[4/6] Beta M?"};
  EXPECT_EQ(headers, expected);
}

TEST_F(InterviewFlow, StaleAnswerLeftOut) {
  EXPECT_EQ(run({"3", "2", "y", "1", "<", "<", "n"}), InterviewEnd::interrupted);
  EXPECT_TRUE(answer("who").has_value());  // kept in memory in case "yes" comes back
  EXPECT_FALSE(interview.document().answers[*q.question_index("who")].has_value());
  EXPECT_FALSE(saves.back().answers[*q.question_index("who")].has_value());
}

TEST_F(InterviewFlow, InvalidInput) {
  EXPECT_EQ(run({"9", "abc"}), InterviewEnd::interrupted);
  EXPECT_TRUE(terminal->logged(
      "P Not accepted: \"9\": expected an integer from 1 to 5. Type a number from 1 to 5, or ? for help."));
  EXPECT_TRUE(terminal->logged("P Not accepted: \"abc\". Type a number from 1 to 5, or ? for help."));
  EXPECT_FALSE(answer("lik").has_value());
  EXPECT_TRUE(saves.empty());
}

TEST_F(InterviewFlow, BackNeverBlocked) {
  EXPECT_EQ(run({"<", "3", "x", "<"}), InterviewEnd::interrupted);
  EXPECT_TRUE(terminal->logged("P This is the first question."));
  ASSERT_EQ(terminal->views.size(), 5u);
  EXPECT_EQ(terminal->views.back().header, "[1/6] Alpha");
  EXPECT_EQ(terminal->views.back().current, "3 (3)");
}

TEST_F(InterviewFlow, EnterKeepsAnswer) {
  EXPECT_EQ(run({"", "4", "<", ""}), InterviewEnd::interrupted);
  EXPECT_TRUE(terminal->logged("P An answer is needed: type a number from 1 to 5, or ? for help."));
  EXPECT_EQ(terminal->views.back().header, "[2/6] Alpha");
  EXPECT_EQ(to_display(answer("lik")->value), "4");
}

TEST_F(InterviewFlow, SkipOnlyOptional) {
  EXPECT_EQ(run({">", "3", "2", "n", "na", "4", ">", ""}), InterviewEnd::finished);
  EXPECT_TRUE(terminal->logged("P This question is required and cannot be skipped (< goes back, q saves and quits)."));
  EXPECT_FALSE(answer("note").has_value());
  EXPECT_TRUE(answer("multi")->na);
}

TEST_F(InterviewFlow, ReviewChangesOne) {
  EXPECT_EQ(run({"3", "r", "1", "5"}), InterviewEnd::interrupted);
  EXPECT_EQ(to_display(answer("lik")->value), "5");
  EXPECT_EQ(terminal->views.back().header, "[2/6] Alpha");  // back where review was opened
  EXPECT_TRUE(
      terminal->logged("P \nYour answers (1 of 6 answered):\n1. [Alpha] L?: 3 (3)\n2. [Alpha] R?: (not "
                       "answered)\n3. [Beta] D?: (not answered)\n4. [Beta] M?: (not answered)\n5. [Alpha] "
                       "N?: (not answered)\n6. [Notes] Anything else?: (not answered)"));
}

TEST_F(InterviewFlow, ReviewAsksEnabled) {
  EXPECT_EQ(run({"3", "2", "n", "a", "4", ">", "3", "y", "3", ""}), InterviewEnd::finished);
  ASSERT_EQ(terminal->views.size(), 8u);  // no walk through the later questions again
  EXPECT_EQ(terminal->views.back().header, "[4/7] Beta");
  EXPECT_EQ(terminal->views.back().text, "W?");
  EXPECT_EQ(std::get<std::string>(answer("who")->value), "nobody");
}

TEST_F(InterviewFlow, QuitSavesAndStops) {
  EXPECT_EQ(run({"3", "q"}), InterviewEnd::quit);
  ASSERT_EQ(saves.size(), 2u);
  EXPECT_TRUE(saves.back().answers[0].has_value());
  EXPECT_EQ(interview.progress().answered, 1u);
}

TEST_F(InterviewFlow, HelpShowsCommands) {
  EXPECT_EQ(run({"?"}), InterviewEnd::interrupted);
  EXPECT_TRUE(terminal->logged(
      "P Accepted: a number from 1 to 5.\nCommands: < back to the previous question, > skip (optional questions "
      "only), r review and change answers, ? this help, q save and quit (resume later with --resume)."));
}

TEST(Interview, ResumesAtFirstGap) {
  const Questionnaire q = testing::small_questionnaire();
  AnswerSet saved;
  saved.answers.resize(q.questions.size());
  saved.answers[0] = Answer{false, 3.0};
  saved.answers[1] = Answer{false, 2.0};
  const Interview interview(q, saved);
  EXPECT_EQ(interview.current(), 2u);
  const Progress progress = interview.progress();
  EXPECT_EQ(progress.position, 3u);
  EXPECT_EQ(progress.total, 6u);
  EXPECT_EQ(progress.answered, 2u);
}

TEST(Interview, AskRespondent) {
  ScriptedTerminal terminal({"Ann", "", " Sales lead "});
  Respondent respondent;
  EXPECT_TRUE(ask_respondent(terminal, respondent));
  EXPECT_EQ(respondent.name, "Ann");
  EXPECT_FALSE(respondent.team.has_value());
  EXPECT_EQ(respondent.role, "Sales lead");
  ScriptedTerminal ended({});
  EXPECT_FALSE(ask_respondent(ended, respondent));
}

TEST(Interview, QuestionLines) {
  const Questionnaire q = testing::small_questionnaire();
  AnswerSet saved;
  saved.answers.resize(q.questions.size());
  saved.answers[2] = Answer{false, true};
  Interview interview(q, saved);
  interview.go_to(3);
  const QuestionView view = make_question_view(interview, 3);
  EXPECT_TRUE(view.single_key);
  const std::vector<std::string> expected = {
      "[4/7] Beta",  "W?",          "  1  Me",
      "  2  Deputy", "  3  Nobody", "Type a number from 1 to 3; < back, r review, ? help, q save and quit"};
  EXPECT_EQ(question_lines(view), expected);
}

}  // namespace
}  // namespace salesaudit

namespace salesaudit {
namespace {

// The review list fills the width it is given instead of cutting every question at 60.
TEST(ReviewText, OneLinePerAnswerWidth) {
  const Registry registry;
  const auto q = registry.resolve("crisis-mode@3");
  const Interview interview(*q, AnswerSet{});
  const std::string wide = review_text(interview, 200);
  EXPECT_NE(wide.find(q->questions[0].text + ": (not answered)"), std::string::npos) << wide;
  for (const std::size_t columns : {70u, 100u}) {
    const std::string list = review_text(interview, columns);
    std::size_t start = list.find('\n') + 1;
    while (start > 0 && start < list.size()) {
      const auto end = std::min(list.find('\n', start), list.size());
      EXPECT_LE(text::display_width(list.substr(start, end - start)), columns) << list.substr(start, end - start);
      start = end + 1;
    }
    EXPECT_NE(list.find("...: (not answered)"), std::string::npos) << list;
  }
}

}  // namespace
}  // namespace salesaudit
