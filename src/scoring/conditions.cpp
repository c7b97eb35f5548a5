// Condition evaluation (format contract, section 1.1).

#include <salesaudit/scoring.hpp>

namespace salesaudit {

namespace {

template <typename Enabled>
bool evaluate_with(const Condition& c, const std::vector<std::optional<Answer>>& answers, const Enabled& enabled) {
  switch (c.op) {
    case Condition::Op::all:
      for (const auto& child : c.children) {
        if (!evaluate_with(child, answers, enabled)) return false;
      }
      return true;
    case Condition::Op::any:
      for (const auto& child : c.children) {
        if (evaluate_with(child, answers, enabled)) return true;
      }
      return false;
    default: break;
  }
  // A condition on an unanswered, "na" or disabled question is false, whatever the op.
  if (c.question >= answers.size() || !answers[c.question] || answers[c.question]->na) return false;
  if (c.question < enabled.size() && !enabled[c.question]) return false;
  const Value& value = answers[c.question]->value;
  switch (c.op) {
    case Condition::Op::equals: return values_equal(value, c.value);
    case Condition::Op::not_equals: return !values_equal(value, c.value);
    case Condition::Op::in:
      for (const auto& candidate : c.values) {
        if (values_equal(value, candidate)) return true;
      }
      return false;
    case Condition::Op::at_least: {
      const auto* n = std::get_if<double>(&value);
      return n != nullptr && *n >= c.number;
    }
    case Condition::Op::at_most: {
      const auto* n = std::get_if<double>(&value);
      return n != nullptr && *n <= c.number;
    }
    default: return false;
  }
}

}  // namespace

bool evaluate(const Condition& c, const std::vector<std::optional<Answer>>& answers, const std::vector<bool>& enabled) {
  return evaluate_with(c, answers, enabled);
}

bool evaluate(const Condition& c, const std::vector<std::optional<Answer>>& answers, const std::vector<char>& enabled) {
  return evaluate_with(c, answers, enabled);
}

std::vector<bool> enabled_questions(const Questionnaire& q, const std::vector<std::optional<Answer>>& answers) {
  std::vector<bool> enabled(q.questions.size(), true);
  // Conditions only refer to earlier questions, so one pass in order settles them all.
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    if (q.questions[i].enable_when) enabled[i] = evaluate(*q.questions[i].enable_when, answers, enabled);
  }
  return enabled;
}

}  // namespace salesaudit
