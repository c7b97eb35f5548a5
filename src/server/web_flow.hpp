#pragma once
// The browser's steps through the interview engine (src/interview): each request rebuilds
// the flow from the saved answers, goes to the question the URL names and applies the
// form's action, so conditions, back, skip, N/A and validation are the terminal's.

#include <salesaudit/answers.hpp>
#include <salesaudit/questionnaire.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace salesaudit::server {

enum class Action { next, back, skip };

// A form's `answer` fields read as an answer to `question`: an answer, a reason it is not
// accepted (error), or neither (nothing given). Empty fields count as nothing given.
struct FormAnswer {
  std::optional<Answer> answer;
  std::string error;
};
[[nodiscard]] FormAnswer read_form_answer(const Question& question, const std::vector<std::string>& values);

struct StepResult {
  bool save = false;                  // answers changed: write them before redirecting
  std::string error;                  // non-empty: 422 with this message, nothing saved
  std::optional<std::size_t> target;  // next question; nullopt = the review page
};

// Applies `action` at `question` (enabled, respondent not finished) to `answers`.
// `from_review`: the respondent came from the review page and returns there.
[[nodiscard]] StepResult apply_step(const Questionnaire& questionnaire, AnswerSet& answers, std::size_t question,
                                    Action action, const std::vector<std::string>& values, bool from_review);

// Where GET /r/TOKEN sends an unfinished respondent: the first unanswered enabled question,
// or nullopt for the review page.
[[nodiscard]] std::optional<std::size_t> resume_target(const Questionnaire& questionnaire, const AnswerSet& answers);

// Whether `question` is asked with the current answers.
[[nodiscard]] bool is_enabled(const Questionnaire& questionnaire, const AnswerSet& answers, std::size_t question);

}  // namespace salesaudit::server
