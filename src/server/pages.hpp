#pragma once
// The respondent's pages: join, one question, review. Server-rendered, plain forms.

#include <salesaudit/answers.hpp>
#include <salesaudit/questionnaire.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace salesaudit::server {

[[nodiscard]] std::string join_page(const Questionnaire& questionnaire);

struct QuestionPage {
  std::size_t question = 0;
  bool from_review = false;
  std::string error;                                  // shown (422) with the submitted values
  std::optional<std::vector<std::string>> submitted;  // values to show instead of the saved answer
};
[[nodiscard]] std::string question_page(const Questionnaire& questionnaire, const std::string& token,
                                        const AnswerSet& answers, const QuestionPage& page);

[[nodiscard]] std::string review_page(const Questionnaire& questionnaire, const std::string& token,
                                      const AnswerSet& answers, const std::string& error);

}  // namespace salesaudit::server
