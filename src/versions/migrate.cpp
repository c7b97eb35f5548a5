// Migrating answers to a newer questionnaire version (format contract, section 6).
// Works on the document's JSON rather than a bound AnswerSet: the version the answers
// pin may no longer be available, and its question ids are what `migrations` refer to.

#include "load/diagnostics.hpp"
#include "load/json_document.hpp"
#include "load/questionnaire_parts.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/versions.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace salesaudit {

namespace {

using detail::Diagnostics;
using detail::ObjectReader;
using nlohmann::json;

// Answers and comments keyed by question id, in document order (deterministic output).
using Entries = std::vector<std::pair<std::string, json>>;

struct Working {
  Entries answers;
  Entries comments;
};

Entries::iterator find(Entries& entries, const std::string& id) {
  return std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.first == id; });
}

// The text form old values are matched by: "often", "3", "2.5", "true".
std::string value_text(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_float()) {
    if (const auto whole = as_integer(value.get<double>())) return std::to_string(*whole);
  }
  return value.dump();
}

json value_json(const Value& value) {
  return std::visit(
      [](const auto& v) -> json {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, double>) {
          if (const auto whole = as_integer(v)) return *whole;
        }
        return v;
      },
      value);
}

const Value* lookup(const std::vector<std::pair<std::string, Value>>& mapping, const std::string& text) {
  for (const auto& [old_value, new_value] : mapping) {
    if (old_value == text) return &new_value;
  }
  return nullptr;
}

void apply_step(const Migration& m, const std::string& to, Working& w, std::vector<std::string>& changes) {
  for (const auto& id : m.drop) {
    if (auto it = find(w.answers, id); it != w.answers.end()) {
      changes.push_back(fmt::format("dropped {} = {}: the question is not in {}", id, it->second.dump(), to));
      w.answers.erase(it);
    }
    if (auto it = find(w.comments, id); it != w.comments.end()) {
      changes.push_back(fmt::format("dropped the comment on {}: the question is not in {}", id, to));
      w.comments.erase(it);
    }
  }
  for (const auto& [old_id, new_id] : m.rename) {
    for (Entries* entries : {&w.answers, &w.comments}) {
      auto it = find(*entries, old_id);
      if (it == entries->end()) continue;
      if (find(*entries, new_id) != entries->end()) {
        changes.push_back(
            entries == &w.answers
                ? fmt::format("dropped {} = {}: {} already has an answer", old_id, it->second.dump(), new_id)
                : fmt::format("dropped the comment on {}: {} already has one", old_id, new_id));
        entries->erase(it);
      } else {
        it->first = new_id;
        if (entries == &w.answers) changes.push_back(fmt::format("renamed {} -> {}", old_id, new_id));
      }
    }
  }
  for (const auto& [id, mapping] : m.values) {
    auto it = find(w.answers, id);
    if (it == w.answers.end()) continue;
    json& value = it->second;
    const std::string before = value.dump();
    if (value.is_array()) {  // multi_choice: remap each option, keep the order, drop repeats
      json mapped = json::array();
      for (const auto& element : value) {
        const Value* to_value = lookup(mapping, value_text(element));
        json next = to_value != nullptr ? value_json(*to_value) : element;
        if (std::find(mapped.begin(), mapped.end(), next) == mapped.end()) mapped.push_back(std::move(next));
      }
      value = std::move(mapped);
    } else if (!value.is_null()) {
      if (const Value* to_value = lookup(mapping, value_text(value))) value = value_json(*to_value);
    }
    if (value.dump() != before) changes.push_back(fmt::format("remapped {}: {} -> {}", id, before, value.dump()));
  }
}

const Migration* migration_from(const Questionnaire& q, const std::string& version) {
  for (const auto& m : q.migrations) {
    if (version_matches(version, m.from)) return &m;
  }
  return nullptr;
}

std::string major_of(const std::string& version) {
  return version.substr(0, version.find('.'));
}

std::string name_of(const Questionnaire& q) {
  return q.id + "@" + q.version;
}

// Reads the parts of the document a migration carries over; errors name their place.
Working read_document(const json& doc, Diagnostics& d, AnswerSet& set) {
  Working w;
  ObjectReader top(
      doc, "", d,
      {"$schema", "format", "questionnaire", "respondent", "started_at", "completed_at", "answers", "comments"},
      detail::UnknownKeys::warn);
  if (!top.ok()) d.throw_if_any();
  if (auto format = top.string("format"); format && *format != "salesaudit.answers/v1") {
    d.error("/format", fmt::format("expected \"salesaudit.answers/v1\", got \"{}\"", *format));
  }
  if (const json* pin = top.object("questionnaire")) {
    ObjectReader r(*pin, "/questionnaire", d, {"id", "version", "sha256"}, detail::UnknownKeys::warn);
    set.questionnaire.id = r.string("id").value_or("");
    set.questionnaire.version = r.string("version").value_or("");
    (void)r.string("sha256", false);
  }
  if (const json* respondent = top.object("respondent", false)) {
    ObjectReader r(*respondent, "/respondent", d, {"id", "name", "role", "team"}, detail::UnknownKeys::warn);
    set.respondent =
        Respondent{r.string("id", false), r.string("name", false), r.string("role", false), r.string("team", false)};
  }
  for (const char* key : {"started_at", "completed_at"}) {
    const json* value = top.find(key);
    if (value == nullptr || value->is_null()) continue;
    if (!value->is_string()) {
      d.error(top.at(key), fmt::format("expected a timestamp string or null, got {}", detail::describe(*value)));
    } else {
      (std::string_view(key) == "started_at" ? set.started_at : set.completed_at) = value->get<std::string>();
    }
  }
  if (const json* answers = top.object("answers")) {
    for (const auto& [id, value] : answers->items()) w.answers.emplace_back(id, value);
  }
  if (const json* comments = top.object("comments", false)) {
    for (const auto& [id, value] : comments->items()) {
      if (value.is_string()) {
        w.comments.emplace_back(id, value);
      } else {
        d.error("/comments/" + detail::pointer_token(id),
                fmt::format("expected a string, got {}", detail::describe(value)));
      }
    }
  }
  d.throw_if_any();
  return w;
}

// Binds the migrated answers to the target; what it no longer accepts is dropped.
void bind_to_target(const Working& w, const Questionnaire& target, AnswerSet& set, std::vector<std::string>& changes) {
  set.answers.assign(target.questions.size(), std::nullopt);
  set.comments.assign(target.questions.size(), std::string());
  const std::string to = name_of(target);
  for (const auto& [id, value] : w.answers) {
    const auto index = target.question_index(id);
    if (!index) {
      changes.push_back(
          fmt::format("dropped {} = {}: {} has no such question and no migration names it", id, value.dump(), to));
      continue;
    }
    if (value.is_null()) continue;
    const Question& question = target.questions[*index];
    std::optional<Answer> answer;
    if (value.is_string() && value.get_ref<const std::string&>() == "na") {
      answer = Answer{true, {}};
    } else if (auto v = detail::to_value(value)) {
      answer = Answer{false, std::move(*v)};
    }
    const std::string problem = answer ? check_answer(question, *answer) : expected_answer(question);
    if (!problem.empty()) {
      changes.push_back(fmt::format("dropped {} = {}: no longer valid in {} ({})", id, value.dump(), to, problem));
      continue;
    }
    set.answers[*index] = std::move(answer);
  }
  for (const auto& [id, value] : w.comments) {
    if (const auto index = target.question_index(id)) {
      set.comments[*index] = value.get<std::string>();
    } else {
      changes.push_back(fmt::format("dropped the comment on {}: {} has no such question", id, to));
    }
  }
}

}  // namespace

MigrationResult migrate_answers(std::string_view text, const std::string& display_name, const Questionnaire& target,
                                const Registry& registry) {
  const json doc = detail::parse_json(text, display_name);
  Diagnostics d(display_name);
  MigrationResult result;
  AnswerSet& set = result.answers;
  Working w = read_document(doc, d, set);
  for (auto& warning : d.take_warnings()) result.changes.push_back("ignored " + warning);

  const QuestionnairePin pin = set.questionnaire;
  auto fail = [&](const std::string& pointer, const std::string& message) {
    throw DataError({fmt::format("{}: {}: {}", display_name, pointer, message)});
  };
  if (pin.id != target.id) {
    fail("/questionnaire/id", fmt::format("answers are for questionnaire \"{}\", not \"{}\"", pin.id, target.id));
  }
  if (compare_versions(pin.version, target.version) > 0) {
    fail("/questionnaire/version", fmt::format("answers are for {}@{}, newer than {}; migrations only go forward",
                                               pin.id, pin.version, name_of(target)));
  }

  // Each step needs a migration whose `from` matches the version the answers are at;
  // the target's own migrations first, else the newest intermediate version that has one.
  std::string at = pin.version;
  while (at != target.version) {
    const std::string from = pin.id + "@" + at;
    if (const Migration* m = migration_from(target, at)) {
      apply_step(*m, name_of(target), w, result.changes);
      result.steps.push_back(fmt::format("{} -> {}", from, name_of(target)));
      break;
    }
    std::shared_ptr<const Questionnaire> next;
    for (const auto& entry : registry.entries()) {  // newest first
      if (entry.id != target.id || compare_versions(entry.version, at) <= 0 ||
          compare_versions(entry.version, target.version) >= 0) {
        continue;
      }
      auto candidate = registry.resolve(entry.id + "@" + entry.version);
      if (migration_from(*candidate, at) != nullptr) {
        next = std::move(candidate);
        break;
      }
    }
    if (next) {
      apply_step(*migration_from(*next, at), name_of(*next), w, result.changes);
      result.steps.push_back(fmt::format("{} -> {}", from, name_of(*next)));
      at = next->version;
      continue;
    }
    if (major_of(at) == major_of(target.version)) {  // same major: ids and values still hold
      result.steps.push_back(fmt::format("{} -> {} (same major version, no migration needed)", from, name_of(target)));
      break;
    }
    fail("/questionnaire/version",
         fmt::format("no migration leads from {} to {}: neither it nor any version in between has a migration "
                     "whose \"from\" matches {}",
                     from, name_of(target), at));
  }
  bind_to_target(w, target, set, result.changes);
  set.questionnaire = QuestionnairePin{
      target.id, target.version, target.sha256().empty() ? std::nullopt : std::optional<std::string>(target.sha256())};
  return result;
}

}  // namespace salesaudit
