// Item score s in [0, 1] per question type (format contract, section 1, table).

#include <salesaudit/scoring.hpp>

#include <algorithm>

namespace salesaudit {

double item_score(const Question& q, const Value& value) {
  switch (q.type) {
    case QuestionType::likert: {
      const double s = (std::get<double>(value) - 1) / (q.points - 1);
      return q.reverse ? 1 - s : s;
    }
    case QuestionType::choice: return q.find_option(std::get<std::string>(value))->score;
    case QuestionType::multi_choice: {
      double sum = 0;
      for (const auto& chosen : std::get<std::vector<std::string>>(value)) sum += q.find_option(chosen)->score;
      return std::min(1.0, sum);
    }
    case QuestionType::boolean: return std::get<bool>(value) ? q.yes_score : q.no_score;
    case QuestionType::number: {
      const double v = std::get<double>(value);
      for (const auto& band : q.score_bands) {
        if (!band.max || *band.max >= v) return band.score;
      }
      return 0;
    }
    case QuestionType::text: return 0;
  }
  return 0;
}

}  // namespace salesaudit
