// Loads an answers document (format contract, section 2) and binds it to a questionnaire.

#include "load/diagnostics.hpp"
#include "load/json_document.hpp"
#include "load/messages.hpp"
#include "load/questionnaire_parts.hpp"

#include <salesaudit/answers.hpp>
#include <salesaudit/error.hpp>
#include <salesaudit/language.hpp>
#include <salesaudit/registry.hpp>

#include <fmt/format.h>

namespace salesaudit {

using detail::Diagnostics;
using detail::ObjectReader;
using JsonValue = nlohmann::json;

namespace {

const std::vector<std::string_view> kTopKeys = {"$schema",      "format",  "questionnaire", "respondent", "started_at",
                                                "completed_at", "answers", "comments",      "language"};

QuestionnairePin read_pin(ObjectReader& top, Diagnostics& d) {
  QuestionnairePin pin;
  const JsonValue* q = top.object("questionnaire");
  if (q == nullptr) return pin;
  ObjectReader r(*q, "/questionnaire", d, {"id", "version", "sha256"}, detail::UnknownKeys::warn);
  pin.id = r.string("id").value_or("");
  pin.version = r.string("version").value_or("");
  pin.sha256 = r.string("sha256", false);
  return pin;
}

void check_format(ObjectReader& top, Diagnostics& d) {
  if (auto format = top.string("format"); format && *format != "salesaudit.answers/v1") {
    d.error("/format", fmt::format("expected \"salesaudit.answers/v1\", got \"{}\"", *format));
  }
}

std::optional<std::string> optional_time(ObjectReader& top, std::string_view key, Diagnostics& d) {
  const JsonValue* value = top.find(key);
  if (value == nullptr || value->is_null()) return std::nullopt;
  if (!value->is_string()) {
    d.error(top.at(key), fmt::format("expected a timestamp string or null, got {}", detail::describe(*value)));
    return std::nullopt;
  }
  return value->get<std::string>();
}

std::optional<Answer> to_answer(const JsonValue& value) {
  if (value.is_string() && value.get_ref<const std::string&>() == "na") return Answer{true, {}};
  auto v = detail::to_value(value);
  if (!v) return std::nullopt;
  return Answer{false, std::move(*v)};
}

QuestionnairePin pin_of(const JsonValue& doc, const std::string& display_name) {
  Diagnostics d(display_name);
  ObjectReader top(doc, "", d, kTopKeys, detail::UnknownKeys::warn);
  if (!top.ok()) d.throw_if_any();
  check_format(top, d);
  QuestionnairePin pin = read_pin(top, d);
  d.throw_if_any();
  return pin;
}

AnswerSet answers_of(const JsonValue& doc, const std::string& display_name, const Questionnaire& q) {
  Diagnostics d(display_name);
  AnswerSet set;
  set.answers.resize(q.questions.size());
  set.comments.resize(q.questions.size());
  ObjectReader top(doc, "", d, kTopKeys, detail::UnknownKeys::warn);
  if (!top.ok()) d.throw_if_any();
  check_format(top, d);
  set.questionnaire = read_pin(top, d);
  if (auto problem = detail::check_pin(set.questionnaire, q)) {
    if (problem->error) {
      d.error(problem->pointer, problem->message);
    } else {
      d.warning(problem->pointer, problem->message);
    }
  }
  if (const JsonValue* respondent = top.object("respondent", false)) {
    ObjectReader r(*respondent, "/respondent", d, {"id", "name", "role", "team"}, detail::UnknownKeys::warn);
    set.respondent =
        Respondent{r.string("id", false), r.string("name", false), r.string("role", false), r.string("team", false)};
  }
  set.started_at = optional_time(top, "started_at", d);
  set.completed_at = optional_time(top, "completed_at", d);
  if (auto language = top.string("language", false)) {
    set.language = normalize_language_tag(*language);
    if (set.language->empty()) {
      d.error("/language",
              fmt::format("expected a BCP 47 language tag such as \"fr\" or \"fr-CA\", got \"{}\"", *language));
    }
  }

  auto unknown = [&](const std::string& id) { return detail::unknown_question_message(id, q, d.hints()); };

  if (const JsonValue* answers = top.object("answers")) {
    for (const auto& [id, value] : answers->items()) {
      const std::string at = "/answers/" + detail::pointer_token(id);
      auto index = q.question_index(id);
      if (!index) {
        d.error(at, unknown(id));
        continue;
      }
      if (value.is_null()) {  // null = unanswered, as exports often write it
        set.skipped.resize(q.questions.size());
        set.skipped[*index] = true;
        continue;
      }
      const Question& question = q.questions[*index];
      auto answer = to_answer(value);
      const std::string problem = answer ? check_answer(question, *answer) : expected_answer(question);
      if (!problem.empty()) {
        d.error(at, fmt::format("invalid answer {} to {} question \"{}\": {}", detail::describe(value),
                                to_string(question.type), id, problem));
        continue;
      }
      set.answers[*index] = std::move(*answer);
    }
  }
  if (const JsonValue* comments = top.object("comments", false)) {
    for (const auto& [id, value] : comments->items()) {
      const std::string at = "/comments/" + detail::pointer_token(id);
      auto index = q.question_index(id);
      if (!value.is_string()) {
        d.error(at, fmt::format("expected a string, got {}", detail::describe(value)));
      } else if (!index) {
        d.warning(at, unknown(id) + "; comment ignored");
      } else {
        set.comments[*index] = value.get<std::string>();
      }
    }
  }
  d.throw_if_any();
  set.warnings = d.take_warnings();
  return set;
}

}  // namespace

QuestionnairePin read_answers_pin(std::string_view text, const std::string& display_name) {
  return pin_of(detail::parse_json(text, display_name), display_name);
}

AnswerSet load_answers(std::string_view text, const std::string& display_name, const Questionnaire& q) {
  return answers_of(detail::parse_json(text, display_name), display_name, q);
}

PinnedAnswers load_pinned_answers(
    std::string_view text, const std::string& display_name,
    const std::function<std::shared_ptr<const Questionnaire>(const QuestionnairePin&)>& resolve) {
  const JsonValue doc = detail::parse_json(text, display_name);
  PinnedAnswers out;
  out.questionnaire = resolve(pin_of(doc, display_name));
  out.answers = answers_of(doc, display_name, *out.questionnaire);
  return out;
}

}  // namespace salesaudit
