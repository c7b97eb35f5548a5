// Replies typed at a prompt: commands, answers of every type, and the messages.

#include <salesaudit/interview.hpp>

#include "test_util.hpp"

#include <gtest/gtest.h>

namespace salesaudit {
namespace {

class InterviewInput : public ::testing::Test {
 protected:
  [[nodiscard]] const Question& question(const std::string& id) const { return q.questions[*q.question_index(id)]; }
  [[nodiscard]] std::string value(const std::string& id, const std::string& reply) const {
    const ParsedInput input = parse_input(question(id), reply);
    if (!input.answer) return "error: " + input.error;
    return input.answer->na ? "na" : to_display(input.answer->value);
  }
  Questionnaire q = testing::small_questionnaire();
};

TEST_F(InterviewInput, Commands) {
  EXPECT_EQ(parse_input(question("lik"), "<").command, Command::back);
  EXPECT_EQ(parse_input(question("lik"), " > ").command, Command::skip);
  EXPECT_EQ(parse_input(question("lik"), "R").command, Command::review);
  EXPECT_EQ(parse_input(question("lik"), "?").command, Command::help);
  EXPECT_EQ(parse_input(question("lik"), "q").command, Command::quit);
  EXPECT_EQ(parse_input(question("lik"), "  ").command, Command::keep);
}

TEST_F(InterviewInput, AnswersOfEveryType) {
  EXPECT_EQ(value("lik", "4"), "4");
  EXPECT_EQ(value("deputy", "Y"), "true");
  EXPECT_EQ(value("deputy", "no"), "false");
  EXPECT_EQ(value("who", "2"), "\"deputy\"");
  EXPECT_EQ(value("who", "nobody"), "\"nobody\"");
  EXPECT_EQ(value("multi", "a;b"), "[\"a\",\"b\"]");
  EXPECT_EQ(value("multi", "1, 3"), "[\"a\",\"c\"]");
  EXPECT_EQ(value("multi", "-"), "[]");
  EXPECT_EQ(value("multi", "NA"), "na");
  EXPECT_EQ(value("checks", "12.5"), "12.5");
  EXPECT_EQ(value("note", "all good"), "\"all good\"");
}

TEST_F(InterviewInput, RejectionsSay) {
  EXPECT_EQ(value("lik", "2.5"),
            "error: Not accepted: \"2.5\": expected an integer from 1 to 5. Type a number from 1 to 5, or ? for help.");
  EXPECT_EQ(value("lik", "na"),
            "error: Not accepted: \"na\": expected an integer from 1 to 5 (\"na\" is not allowed for this question). "
            "Type a number from 1 to 5, or ? for help.");
  EXPECT_EQ(value("deputy", "maybe"), "error: Not accepted: \"maybe\". Type y or n, or ? for help.");
  EXPECT_EQ(value("who", "4"), "error: Not accepted: \"4\". Type a number from 1 to 3, or ? for help.");
  EXPECT_EQ(
      value("multi", "1,1"),
      "error: Not accepted: \"1,1\": expected an array of distinct values from \"a\", \"b\" or \"c\". Type "
      "numbers from 1 to 3 separated by commas (e.g. 1,3), or - for none, or na (not applicable), or ? for help.");
  EXPECT_EQ(
      value("checks", "101"),
      "error: Not accepted: \"101\": expected a number from 0 to 100. Type a number from 0 to 100, or ? for help.");
  EXPECT_EQ(value("checks", "12abc"), "error: Not accepted: \"12abc\". Type a number from 0 to 100, or ? for help.");
}

TEST_F(InterviewInput, DisplayAnswer) {
  EXPECT_EQ(display_answer(question("lik"), Answer{false, 2.0}), "2 (2)");
  EXPECT_EQ(display_answer(question("who"), Answer{false, std::string("me")}), "Me");
  EXPECT_EQ(display_answer(question("multi"), Answer{false, std::vector<std::string>{"a", "c"}}), "A; C");
  EXPECT_EQ(display_answer(question("multi"), Answer{true, {}}), "not applicable");
  EXPECT_EQ(display_answer(question("deputy"), Answer{false, false}), "no");
}

TEST(InterviewIntro, SaysWhatAndHowLong) {
  const Questionnaire q = testing::small_questionnaire();
  EXPECT_EQ(intro_text(q), "Small\n\nUp to 7 questions, about 3 minutes.");
}

}  // namespace
}  // namespace salesaudit
