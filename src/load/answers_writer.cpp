// Writes an answers document; used by the interactive run's autosave and by migrate.

#include <salesaudit/answers.hpp>

#include <nlohmann/json.hpp>

#include <limits>

namespace salesaudit {

namespace {

using ordered = nlohmann::ordered_json;

ordered to_json_value(const Answer& answer) {
  if (answer.na) return "na";
  return std::visit(
      [](const auto& v) -> ordered {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, double>) {
          if (const auto whole = as_integer(v)) return *whole;
          return v;
        } else {
          return v;
        }
      },
      answer.value);
}

void put_optional(ordered& object, const char* key, const std::optional<std::string>& value) {
  if (value) object[key] = *value;
}

}  // namespace

std::string to_json(const AnswerSet& set, const Questionnaire& q) {
  ordered doc;
  doc["format"] = "salesaudit.answers/v1";
  ordered pin;
  pin["id"] = set.questionnaire.id.empty() ? q.id : set.questionnaire.id;
  pin["version"] = set.questionnaire.version.empty() ? q.version : set.questionnaire.version;
  put_optional(pin, "sha256", set.questionnaire.sha256);
  doc["questionnaire"] = pin;
  if (set.language) doc["language"] = *set.language;
  ordered respondent = ordered::object();
  put_optional(respondent, "id", set.respondent.id);
  put_optional(respondent, "name", set.respondent.name);
  put_optional(respondent, "role", set.respondent.role);
  put_optional(respondent, "team", set.respondent.team);
  doc["respondent"] = respondent;
  doc["started_at"] = set.started_at ? ordered(*set.started_at) : ordered(nullptr);
  doc["completed_at"] = set.completed_at ? ordered(*set.completed_at) : ordered(nullptr);
  ordered answers = ordered::object();
  ordered comments = ordered::object();
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    if (i < set.answers.size() && set.answers[i]) {
      answers[q.questions[i].id] = to_json_value(*set.answers[i]);
    } else if (i < set.skipped.size() && set.skipped[i]) {
      answers[q.questions[i].id] = nullptr;
    }
    if (i < set.comments.size() && !set.comments[i].empty()) comments[q.questions[i].id] = set.comments[i];
  }
  doc["answers"] = answers;
  if (!comments.empty()) doc["comments"] = comments;
  return doc.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
}

}  // namespace salesaudit
