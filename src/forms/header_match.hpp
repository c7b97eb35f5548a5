#pragma once
// Matching a column heading to a question (contract forms-v1, "Reading exports"): texts
// are compared after normalising case, white space, typographic quotes, a trailing `*`
// (required mark) and a leading number such as `3.` or `Q3.`.

#include <salesaudit/questionnaire.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::forms {

[[nodiscard]] std::string normalise(std::string_view text);

class QuestionIndex {
 public:
  explicit QuestionIndex(const Questionnaire& questionnaire);
  // The question whose normalised text (or id) the heading is.
  [[nodiscard]] std::optional<std::size_t> find(std::string_view heading) const;
  // Up to `count` question texts sharing the most words with the heading, best first.
  [[nodiscard]] std::vector<std::string> closest(std::string_view heading, std::size_t count = 2) const;

 private:
  const Questionnaire& questionnaire_;
  std::vector<std::string> texts_;  // normalised, questionnaire order
};

// Splits `Question text [Option]` (LimeSurvey, Sheets grids) into its two parts; nullopt
// when the heading does not end in a bracketed part.
[[nodiscard]] std::optional<std::pair<std::string, std::string>> split_bracket(std::string_view heading);

}  // namespace salesaudit::forms
