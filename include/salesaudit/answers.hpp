#pragma once
// One respondent's answers (format contract, section 2), bound to a questionnaire.

#include <salesaudit/questionnaire.hpp>
#include <salesaudit/value.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit {

struct Respondent {
  std::optional<std::string> id;
  std::optional<std::string> name;
  std::optional<std::string> role;
  std::optional<std::string> team;
};

// Which questionnaire an answers document pins.
struct QuestionnairePin {
  std::string id;
  std::string version;
  std::optional<std::string> sha256;
};

struct AnswerSet {
  QuestionnairePin questionnaire;
  Respondent respondent;
  std::optional<std::string> started_at;
  std::optional<std::string> completed_at;
  std::optional<std::string> language;  // BCP 47 tag the respondent answered in (translations-v1)
  // Indexed like Questionnaire::questions; nullopt = unanswered.
  std::vector<std::optional<Answer>> answers;
  // Indexed like Questionnaire::questions; empty = no comment.
  std::vector<std::string> comments;
  // Indexed like Questionnaire::questions (may be empty): unanswered on purpose, written
  // as null, so a resumed interactive run does not ask a skipped optional question again.
  std::vector<bool> skipped;
  // Problems that did not stop loading (unknown keys, comments on unknown questions).
  std::vector<std::string> warnings;
};

// Reads only the `questionnaire` pin of an answers document (to pick the questionnaire).
[[nodiscard]] QuestionnairePin read_answers_pin(std::string_view text, const std::string& display_name);

// Parses an answers document and checks every answer against `questionnaire`.
// Throws DataError listing every problem, each naming the question, the value
// and what was expected.
[[nodiscard]] AnswerSet load_answers(std::string_view text, const std::string& display_name,
                                     const Questionnaire& questionnaire);

// read_answers_pin then load_answers, parsing the text once: `resolve` gives the
// questionnaire of the pin (its errors are thrown as they are).
struct PinnedAnswers {
  std::shared_ptr<const Questionnaire> questionnaire;
  AnswerSet answers;
};
[[nodiscard]] PinnedAnswers load_pinned_answers(
    std::string_view text, const std::string& display_name,
    const std::function<std::shared_ptr<const Questionnaire>(const QuestionnairePin&)>& resolve);

// Checks one answer against its question: an empty string when it is valid,
// otherwise what was expected (e.g. "expected an integer from 1 to 5").
[[nodiscard]] std::string check_answer(const Question& question, const Answer& answer);

// What a valid answer to `question` looks like, e.g. "expected one of \"a\" or \"b\"".
[[nodiscard]] std::string expected_answer(const Question& question);

// Serialises an answers document (2-space indented JSON, trailing newline).
[[nodiscard]] std::string to_json(const AnswerSet& answers, const Questionnaire& questionnaire);

}  // namespace salesaudit
