#include "test_util.hpp"

namespace salesaudit {
namespace {

using testing::answers_doc;
using testing::diagnostics_of;
using Lines = std::vector<std::string>;

Lines answer_errors(const std::string& body, const std::string& extra = "") {
  const Questionnaire q = testing::small_questionnaire();
  return diagnostics_of([&] { (void)load_answers(answers_doc(body, extra), "a.json", q); });
}

TEST(AnswersLoader, BindsAnswersByQuestion) {
  const Questionnaire q = testing::small_questionnaire();
  const AnswerSet set =
      load_answers(answers_doc(R"("lik": 3, "deputy": true, "who": "me", "multi": "na", "checks": 2.5, "note": "hi")",
                               R"(, "comments": {"lik": "hmm"}, "completed_at": "2026-11-26T10:00:00Z")"),
                   "a.json", q);
  EXPECT_EQ(std::get<double>(set.answers[0]->value), 3.0);
  EXPECT_FALSE(set.answers[1]);
  EXPECT_TRUE(set.answers[4]->na);
  EXPECT_EQ(std::get<double>(set.answers[5]->value), 2.5);
  EXPECT_EQ(set.comments[0], "hmm");
  EXPECT_EQ(set.respondent.name, "Pat");
  EXPECT_EQ(set.completed_at, "2026-11-26T10:00:00Z");
  EXPECT_TRUE(set.warnings.empty());
}

TEST(AnswersLoader, BadValueMessage) {
  EXPECT_EQ(answer_errors(R"("lik": 6)"),
            Lines{"a.json: /answers/lik: invalid answer number 6 to likert question \"lik\": expected an integer from "
                  "1 to 5"});
  EXPECT_EQ(answer_errors(R"("lik": 2.5)"),
            Lines{"a.json: /answers/lik: invalid answer number 2.5 to likert question \"lik\": expected an integer "
                  "from 1 to 5"});
  EXPECT_EQ(answer_errors(R"("lik": "3")"),
            Lines{"a.json: /answers/lik: invalid answer string \"3\" to likert question \"lik\": expected an integer "
                  "from 1 to 5"});
  EXPECT_EQ(answer_errors(R"("deputy": 1)"),
            Lines{"a.json: /answers/deputy: invalid answer number 1 to boolean question \"deputy\": expected true or "
                  "false"});
  EXPECT_EQ(answer_errors(R"("who": "boss")"),
            Lines{"a.json: /answers/who: invalid answer string \"boss\" to choice question \"who\": expected one of "
                  "\"me\", \"deputy\" or \"nobody\""});
  EXPECT_EQ(answer_errors(R"("multi": ["a", "a"])"),
            Lines{"a.json: /answers/multi: invalid answer an array to multi_choice question \"multi\": expected an "
                  "array of distinct values from \"a\", \"b\" or \"c\""});
  EXPECT_EQ(answer_errors(R"("checks": 101)"),
            Lines{"a.json: /answers/checks: invalid answer number 101 to number question \"checks\": expected a "
                  "number from 0 to 100"});
  EXPECT_EQ(answer_errors(R"("lik": "na")"),
            Lines{"a.json: /answers/lik: invalid answer string \"na\" to likert question \"lik\": expected an "
                  "integer from 1 to 5 (\"na\" is not allowed for this question)"});
  EXPECT_EQ(answer_errors(R"("note": {"a": 1})"),
            Lines{"a.json: /answers/note: invalid answer an object to text question \"note\": expected a string"});
}

TEST(AnswersLoader, UnknownQuestionHints) {
  EXPECT_EQ(answer_errors(R"("deptuy": true, "lik": 9)"),
            (Lines{"a.json: /answers/deptuy: unknown question \"deptuy\" in small@1.2.0 (did you mean \"deputy\"?)",
                   "a.json: /answers/lik: invalid answer number 9 to likert question \"lik\": expected an integer "
                   "from 1 to 5"}));
}

TEST(AnswersLoader, UnknownKeysWarn) {
  const Questionnaire q = testing::small_questionnaire();
  const AnswerSet set =
      load_answers(answers_doc(R"("lik": 3)", R"(, "source": "form", "comments": {"zzz": "x"})"), "a.json", q);
  EXPECT_EQ(set.warnings, (Lines{"a.json: /source: unknown key \"source\"; ignored",
                                 "a.json: /comments/zzz: unknown question \"zzz\" in small@1.2.0; comment ignored"}));
}

TEST(AnswersLoader, PinMustMatch) {
  const Questionnaire q = testing::small_questionnaire();
  auto doc = [](const std::string& id, const std::string& version) {
    return R"({"format": "salesaudit.answers/v1", "questionnaire": {"id": ")" + id + R"(", "version": ")" + version +
           R"("}, "answers": {}})";
  };
  EXPECT_EQ(diagnostics_of([&] { (void)load_answers(doc("other", "1.2.0"), "a.json", q); }),
            Lines{"a.json: /questionnaire/id: answers are for questionnaire \"other\", not \"small\""});
  EXPECT_EQ(diagnostics_of([&] { (void)load_answers(doc("small", "2.0.0"), "a.json", q); }),
            Lines{"a.json: /questionnaire/version: answers are for small@2.0.0, a different major version than "
                  "1.2.0; convert them first with `salesaudit migrate FILE --to small@1.2.0`"});
  const AnswerSet set = load_answers(doc("small", "1.0.0"), "a.json", q);
  EXPECT_EQ(set.warnings, Lines{"a.json: /questionnaire/version: answers pin small@1.0.0, which is not available; "
                                "scored against small@1.2.0"});
}

TEST(AnswersLoader, FormatAndShape) {
  const Questionnaire q = testing::small_questionnaire();
  EXPECT_EQ(diagnostics_of([&] { (void)load_answers("[1, 2]", "a.json", q); }),
            Lines{"a.json: expected an object, got an array"});
  EXPECT_EQ(
      diagnostics_of([&] {
        (void)load_answers(
            R"({"format": "salesaudit.answers/v9", "questionnaire": {"id": "small", "version": "1.2.0"}, "answers": {}})",
            "a.json", q);
      }),
      Lines{"a.json: /format: expected \"salesaudit.answers/v1\", got \"salesaudit.answers/v9\""});
  EXPECT_EQ(diagnostics_of([&] {
              (void)load_answers(
                  R"({"format": "salesaudit.answers/v1", "questionnaire": {"id": "small", "version": "1.2.0"}})",
                  "a.json", q);
            }),
            Lines{"a.json: missing required key \"answers\""});
}

TEST(AnswersWriter, RoundTrips) {
  const Questionnaire q = testing::small_questionnaire();
  const AnswerSet set = load_answers(
      answers_doc(R"("lik": 3, "deputy": true, "multi": ["a", "c"], "checks": 2.5)", R"(, "comments": {"lik": "hmm"})"),
      "a.json", q);
  const std::string text = to_json(set, q);
  EXPECT_NE(text.find("\"lik\": 3,"), std::string::npos) << text;  // integers stay integers
  const AnswerSet again = load_answers(text, "b.json", q);
  EXPECT_EQ(to_json(again, q), text);
  EXPECT_EQ(again.completed_at, std::nullopt);
  EXPECT_NE(text.find("\"completed_at\": null"), std::string::npos);
}

// null = unanswered on purpose: kept through a load and a save, so a resumed run knows the skip.
TEST(AnswersWriter, KeepsNullAsASkip) {
  const Questionnaire q = testing::small_questionnaire();
  const AnswerSet set = load_answers(answers_doc(R"("lik": 3, "note": null)"), "a.json", q);
  EXPECT_FALSE(set.answers[q.question_index("note").value()]);
  ASSERT_EQ(set.skipped.size(), q.questions.size());
  EXPECT_TRUE(set.skipped[q.question_index("note").value()]);
  EXPECT_FALSE(set.skipped[0]);
  const std::string text = to_json(set, q);
  EXPECT_NE(text.find("\"note\": null"), std::string::npos) << text;
  EXPECT_EQ(text.find("\"deputy\""), std::string::npos) << text;  // never reached: left out
}

}  // namespace
}  // namespace salesaudit
