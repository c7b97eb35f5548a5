// load_pinned_answers (one parse for the pin and the answers) gives what the two steps
// it replaces give: read_answers_pin, the questionnaire of the pin, load_answers.

#include "test_util.hpp"

#include <memory>
#include <string>
#include <vector>

namespace salesaudit {
namespace {

using testing::answers_doc;
using testing::diagnostics_of;

struct Outcome {
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
  std::string respondent;
  std::size_t answered = 0;
  int resolved = 0;  // how many times the pin was resolved
};

std::shared_ptr<const Questionnaire> resolve(const QuestionnairePin& pin, int& calls) {
  ++calls;
  if (pin.id != "small") throw DataError({"a.json: /questionnaire/id: no questionnaire \"" + pin.id + "\""});
  return std::make_shared<const Questionnaire>(testing::small_questionnaire());
}

Outcome summarize(const AnswerSet& set) {
  Outcome out;
  out.warnings = set.warnings;
  out.respondent = set.respondent.name.value_or("");
  for (const auto& answer : set.answers) out.answered += answer ? 1 : 0;
  return out;
}

Outcome two_steps(const std::string& text) {
  Outcome out;
  int calls = 0;
  out.errors = diagnostics_of([&] {
    const auto q = resolve(read_answers_pin(text, "a.json"), calls);
    out = summarize(load_answers(text, "a.json", *q));
  });
  out.resolved = calls;
  return out;
}

Outcome one_parse(const std::string& text) {
  Outcome out;
  int calls = 0;
  out.errors = diagnostics_of([&] {
    const PinnedAnswers loaded =
        load_pinned_answers(text, "a.json", [&](const QuestionnairePin& pin) { return resolve(pin, calls); });
    out = summarize(loaded.answers);
    EXPECT_EQ(loaded.questionnaire->id, "small");
  });
  out.resolved = calls;
  return out;
}

TEST(PinnedAnswers, SameAsTheTwoSteps) {
  const std::vector<std::string> documents = {
      answers_doc(R"("lik": 3, "deputy": true)"),
      answers_doc(R"("lik": 3, "nope": 1)"),                                   // unknown question: an error
      answers_doc(R"("lik": 9, "deputy": "yes")"),                             // two invalid answers
      answers_doc(R"("lik": 3)", R"(, "extra": 1, "comments": {"zz": "c"})"),  // warnings
      R"({"format": "salesaudit.answers/v1", "questionnaire": {"id": "other", "version": "1.0.0"}, "answers": {}})",
      R"({"format": "salesaudit.answers/v2", "questionnaire": {"id": "small", "version": "1.2.0"}, "answers": {}})",
      R"({"format": "salesaudit.answers/v1", "answers": {"lik": 3}})",  // no pin
      R"({"format": "salesaudit.answers/v1", "questionnaire": {"id": "small", "version": "1.2.0"}, "answers": )",
      R"([1, 2])",
  };
  int compared = 0;
  for (const auto& text : documents) {
    const Outcome expected = two_steps(text);
    const Outcome got = one_parse(text);
    EXPECT_EQ(got.errors, expected.errors) << text;
    EXPECT_EQ(got.warnings, expected.warnings) << text;
    EXPECT_EQ(got.respondent, expected.respondent) << text;
    EXPECT_EQ(got.answered, expected.answered) << text;
    EXPECT_EQ(got.resolved, expected.resolved) << text;
    compared += expected.errors.empty() ? 0 : 1;
  }
  EXPECT_GE(compared, 6);  // most of them fail, each in its own way
}

}  // namespace
}  // namespace salesaudit
