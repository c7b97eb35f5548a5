#include "server/web_flow.hpp"

#include "server/page_text.hpp"

#include <salesaudit/interview.hpp>
#include <salesaudit/scoring.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace salesaudit::server {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

std::optional<double> decimal(std::string_view s) {
  double value = 0;
  const char* end = s.data() + s.size();
  const auto [ptr, ec] = std::from_chars(s.data(), end, value, std::chars_format::fixed);
  if (s.empty() || ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

FormAnswer rejected(std::string problem) {
  FormAnswer out;
  out.error = text::not_accepted(problem);
  return out;
}

}  // namespace

FormAnswer read_form_answer(const Question& q, const std::vector<std::string>& raw) {
  std::vector<std::string> values;
  for (const auto& v : raw) {
    // Text answers are kept as typed; other values may carry stray spaces.
    const std::string_view kept = q.type == QuestionType::text ? std::string_view(v) : trim(v);
    if (!trim(v).empty()) values.emplace_back(kept);
  }
  Answer answer;
  if (values.empty()) {
    if (q.type != QuestionType::multi_choice) return {};
    // A checkbox list sends nothing when nothing is ticked: that is the answer "none of these".
    answer.value = Value{std::vector<std::string>{}};
    if (auto problem = check_answer(q, answer); !problem.empty()) return rejected(problem);
    return {answer, {}};
  }
  // `na` means not applicable for every type (as typed in the terminal), alone.
  if (std::find(values.begin(), values.end(), "na") != values.end()) {
    if (values.size() != 1) return rejected(text::pick_one_only());
    answer.na = true;
  } else if (q.type == QuestionType::multi_choice) {
    answer.value = Value{values};
  } else if (values.size() != 1) {
    return rejected(text::pick_one_only());
  } else {
    const std::string& v = values.front();
    switch (q.type) {
      case QuestionType::likert:
      case QuestionType::number: {
        const auto n = decimal(v);
        if (!n) return rejected(expected_answer(q));
        answer.value = Value{*n};
        break;
      }
      case QuestionType::boolean:
        if (v != "true" && v != "false") return rejected(expected_answer(q));
        answer.value = Value{v == "true"};
        break;
      case QuestionType::choice:
      case QuestionType::text:
      case QuestionType::multi_choice: answer.value = Value{v}; break;
    }
  }
  if (auto problem = check_answer(q, answer); !problem.empty()) return rejected(problem);
  FormAnswer out;
  out.answer = std::move(answer);
  return out;
}

StepResult apply_step(const Questionnaire& q, AnswerSet& answers, std::size_t question, Action action,
                      const std::vector<std::string>& values, bool from_review) {
  Interview flow(q, answers);
  if (from_review) {
    flow.go_to(q.questions.size());
    flow.change(question);
  } else {
    flow.go_to(question);
  }
  StepResult result;
  const Question& asked = q.questions[question];
  switch (action) {
    case Action::back: flow.back(); break;  // never refused; at the first question it stays
    case Action::skip:
      if (!flow.skip().empty()) {
        result.error = text::cannot_skip_required();
        return result;
      }
      result.save = true;
      break;
    case Action::next: {
      FormAnswer form = read_form_answer(asked, values);
      if (!form.error.empty()) {
        result.error = form.error;
        return result;
      }
      if (form.answer) {
        flow.answer(*form.answer);
        result.save = true;
      } else if (!flow.keep()) {
        if (asked.required) {
          result.error = text::answer_needed();
          return result;
        }
        (void)flow.skip();  // nothing given to an optional question: skipped, as Enter in the terminal
        result.save = true;
      }
      break;
    }
  }
  if (result.save) {
    AnswerSet doc = flow.document();
    answers.answers = std::move(doc.answers);
  }
  result.target = flow.current();
  return result;
}

std::optional<std::size_t> resume_target(const Questionnaire& q, const AnswerSet& answers) {
  return Interview(q, answers).current();
}

bool is_enabled(const Questionnaire& q, const AnswerSet& answers, std::size_t question) {
  std::vector<std::optional<Answer>> list = answers.answers;
  list.resize(q.questions.size());
  return enabled_questions(q, list).at(question);
}

}  // namespace salesaudit::server
