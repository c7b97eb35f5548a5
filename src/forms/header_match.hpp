#pragma once
// Matching a column heading to a question (contract forms-v1, "Reading exports"): texts
// are compared after normalising case, white space, typographic quotes, a trailing `*`
// (required mark) and a leading number such as `3.` or `Q3.`.

#include <salesaudit/questionnaire.hpp>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::forms {

[[nodiscard]] std::string normalise(std::string_view text);

class QuestionIndex {
 public:
  // `translated`: the same questionnaire with another language's texts (same ids and
  // order), for an export of a form built in that language; its texts are tried first,
  // then the questionnaire's own.
  explicit QuestionIndex(const Questionnaire& questionnaire, const Questionnaire* translated = nullptr);
  // The same, keeping both questionnaires alive (an index built once and shared).
  QuestionIndex(std::shared_ptr<const Questionnaire> questionnaire, std::shared_ptr<const Questionnaire> translated);
  // True when this indexes `questionnaire` shown in `shown`'s texts.
  [[nodiscard]] bool indexes(const Questionnaire& questionnaire, const Questionnaire& shown) const {
    return &questionnaire_ == &questionnaire && &shown_ == &shown;
  }
  // The question whose normalised text (or id) the heading is; `translated`, when given,
  // says whether the translated text matched.
  [[nodiscard]] std::optional<std::size_t> find(std::string_view heading, bool* translated = nullptr) const;
  // Up to `count` question texts sharing the most words with the heading, best first
  // (in the translated texts when there are some).
  [[nodiscard]] std::vector<std::string> closest(std::string_view heading, std::size_t count = 2) const;

 private:
  std::shared_ptr<const Questionnaire> keep_, keep_shown_;  // set by the sharing constructor
  const Questionnaire& questionnaire_;
  const Questionnaire& shown_;      // the translated texts, or the questionnaire's own
  std::vector<std::string> texts_;  // normalised: shown_'s texts, then (if translated) the own ones
  // The words of shown_'s normalised texts, split once: closest() runs for every column
  // that matches nothing (the first 100 of an export).
  std::vector<std::set<std::string>> words_;
};

// Splits `Question text [Option]` (LimeSurvey, Sheets grids) into its two parts; nullopt
// when the heading does not end in a bracketed part.
[[nodiscard]] std::optional<std::pair<std::string, std::string>> split_bracket(std::string_view heading);

}  // namespace salesaudit::forms
