// Checks one answer against its question; shared by every reader (JSON, NDJSON, CSV).

#include <salesaudit/answers.hpp>

#include <fmt/format.h>

#include <cmath>
#include <set>

namespace salesaudit {

namespace {

std::string option_list(const Question& q) {
  std::string out;
  for (std::size_t i = 0; i < q.options.size(); ++i) {
    if (i > 0) out += i + 1 == q.options.size() ? " or " : ", ";
    out += "\"" + q.options[i].value + "\"";
  }
  return out;
}

}  // namespace

std::string expected_answer(const Question& q) {
  switch (q.type) {
    case QuestionType::likert: return fmt::format("expected an integer from 1 to {}", q.points);
    case QuestionType::choice: return "expected one of " + option_list(q);
    case QuestionType::multi_choice: return "expected an array of distinct values from " + option_list(q);
    case QuestionType::boolean: return "expected true or false";
    case QuestionType::text: return "expected a string";
    case QuestionType::number:
      if (q.min && q.max) return fmt::format("expected a number from {} to {}", *q.min, *q.max);
      if (q.min) return fmt::format("expected a number of at least {}", *q.min);
      if (q.max) return fmt::format("expected a number of at most {}", *q.max);
      return "expected a number";
  }
  return "expected a valid answer";
}

namespace {

bool valid_value(const Question& q, const Value& v) {
  switch (q.type) {
    case QuestionType::likert: {
      const auto* n = std::get_if<double>(&v);
      return n != nullptr && *n == std::floor(*n) && *n >= 1 && *n <= q.points;
    }
    case QuestionType::choice: {
      const auto* s = std::get_if<std::string>(&v);
      return s != nullptr && q.find_option(*s) != nullptr;
    }
    case QuestionType::multi_choice: {
      const auto* list = std::get_if<std::vector<std::string>>(&v);
      if (list == nullptr) return false;
      if (list->size() <= 16) {  // the usual few: compared pairwise, no set to allocate
        for (std::size_t i = 0; i < list->size(); ++i) {
          if (q.find_option((*list)[i]) == nullptr) return false;
          for (std::size_t j = 0; j < i; ++j) {
            if ((*list)[j] == (*list)[i]) return false;
          }
        }
        return true;
      }
      std::set<std::string> seen;
      for (const auto& item : *list) {
        if (q.find_option(item) == nullptr || !seen.insert(item).second) return false;
      }
      return true;
    }
    case QuestionType::boolean: return std::holds_alternative<bool>(v);
    case QuestionType::text: return std::holds_alternative<std::string>(v);
    case QuestionType::number: {
      const auto* n = std::get_if<double>(&v);
      return n != nullptr && std::isfinite(*n) && (!q.min || *n >= *q.min) && (!q.max || *n <= *q.max);
    }
  }
  return false;
}

}  // namespace

std::string check_answer(const Question& question, const Answer& answer) {
  if (answer.na) {
    if (question.allow_na) return {};
    return expected_answer(question) + " (\"na\" is not allowed for this question)";
  }
  if (valid_value(question, answer.value)) return {};
  return expected_answer(question);
}

}  // namespace salesaudit
