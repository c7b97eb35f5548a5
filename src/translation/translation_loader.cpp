// Loads and checks a translation document (translations-v1, "The translation document").

#include "load/diagnostics.hpp"
#include "load/json_document.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/language.hpp>
#include <salesaudit/translation.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace salesaudit {

namespace {

using detail::Diagnostics;
using detail::ObjectReader;
using detail::pointer_token;
using JsonValue = nlohmann::json;

// A translated text: a non-empty string (an empty one would blank the original out).
std::optional<std::string> text_member(ObjectReader& r, std::string_view key, Diagnostics& d) {
  auto value = r.string(key, false);
  if (value && value->empty()) {
    d.error(r.at(key), "empty text: leave the key out to keep the questionnaire's own text");
    return std::nullopt;
  }
  return value;
}

// Checks an object of id -> something against the ids the questionnaire has.
template <typename Fn>
void each_member(const JsonValue* object, const std::string& pointer, Diagnostics& d, std::string_view what,
                 const std::vector<std::string>* ids, Fn&& fn, std::string_view owner = "the questionnaire") {
  if (object == nullptr) return;
  for (const auto& item : object->items()) {
    const std::string at = pointer + "/" + pointer_token(item.key());
    if (ids != nullptr && std::find(ids->begin(), ids->end(), item.key()) == ids->end()) {
      std::string message = fmt::format("{} has no {} \"{}\"", owner, what, item.key());
      if (auto hint = detail::closest(item.key(), *ids)) message += fmt::format(" (did you mean \"{}\"?)", *hint);
      d.error(at, message);
      continue;
    }
    fn(item.key(), item.value(), at);
  }
}

std::string string_value(const JsonValue& value, const std::string& at, Diagnostics& d) {
  if (!value.is_string()) {
    d.error(at, fmt::format("expected a string, got {}", detail::describe(value)));
    return {};
  }
  if (value.get_ref<const std::string&>().empty()) {
    d.error(at, "empty text: leave the key out to keep the questionnaire's own text");
  }
  return value.get<std::string>();
}

void parse_question(const std::string& id, const JsonValue& value, const std::string& at, Diagnostics& d,
                    const Questionnaire* q, TranslatedQuestion& out) {
  ObjectReader r(value, at, d, {"text", "help", "labels", "options", "unit"});
  if (!r.ok()) return;
  const Question* question = nullptr;
  if (q != nullptr) question = &q->questions[*q->question_index(id)];
  out.text = text_member(r, "text", d);
  out.help = text_member(r, "help", d);
  out.unit = text_member(r, "unit", d);
  if (out.unit && question != nullptr && question->type != QuestionType::number) {
    d.error(r.at("unit"), fmt::format("question \"{}\" is not a number question: it has no unit", id));
  }
  if (const JsonValue* labels = r.array("labels", false)) {
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < labels->size(); ++i) {
      texts.push_back(string_value((*labels)[i], fmt::format("{}/{}", r.at("labels"), i), d));
    }
    if (question != nullptr && question->type != QuestionType::likert) {
      d.error(r.at("labels"), fmt::format("question \"{}\" is not a scale question: it has no labels", id));
    } else if (question != nullptr && texts.size() != static_cast<std::size_t>(question->points)) {
      d.error(r.at("labels"), fmt::format("expected {} labels (scale.points of question \"{}\"), got {}",
                                          question->points, id, texts.size()));
    }
    out.labels = std::move(texts);
  }
  if (const JsonValue* options = r.object("options", false)) {
    std::vector<std::string> values;
    const bool has_options =
        question == nullptr || question->type == QuestionType::choice || question->type == QuestionType::multi_choice;
    if (!has_options) {
      d.error(r.at("options"), fmt::format("question \"{}\" is not a choice question: it has no options", id));
      return;
    }
    if (question != nullptr) {
      for (const auto& option : question->options) values.push_back(option.value);
    }
    each_member(
        options, r.at("options"), d, "option", question != nullptr ? &values : nullptr,
        [&](const std::string& key, const JsonValue& text, const std::string& where) {
          out.options[key] = string_value(text, where, d);
        },
        fmt::format("question \"{}\"", id));
  }
}

void parse_titles(ObjectReader& top, std::string_view key, std::string_view what, const std::vector<std::string>* ids,
                  std::string_view second, Diagnostics& d, std::map<std::string, TranslatedTitle>& out) {
  each_member(top.object(key, false), top.at(key), d, what, ids,
              [&](const std::string& id, const JsonValue& value, const std::string& at) {
                ObjectReader r(value, at, d, {"title", second});
                if (!r.ok()) return;
                TranslatedTitle t;
                t.title = text_member(r, "title", d);
                (second == "action" ? t.action : t.description) = text_member(r, second, d);
                out[id] = std::move(t);
              });
}

void parse_strings(ObjectReader& top, std::string_view key, std::string_view what, const std::vector<std::string>* ids,
                   Diagnostics& d, std::map<std::string, std::string>& out) {
  each_member(top.object(key, false), top.at(key), d, what, ids,
              [&](const std::string& id, const JsonValue& value, const std::string& at) {
                out[id] = string_value(value, at, d);
              });
}

template <typename T>
std::vector<std::string> ids_of(const std::vector<T>& items) {
  std::vector<std::string> ids;
  for (const auto& item : items) ids.push_back(item.id);
  return ids;
}

}  // namespace

Translation load_translation(std::string_view text, const std::string& display_name,
                             const Questionnaire* questionnaire) {
  const JsonValue doc = detail::parse_json(text, display_name);
  Diagnostics d(display_name);
  Translation t;
  t.source = display_name;
  ObjectReader top(doc, "", d,
                   {"$schema", "format", "questionnaire", "language", "title", "description", "dimensions", "bands",
                    "questions", "recommendations", "red_flags"});
  if (!top.ok()) d.throw_if_any();
  if (auto format = top.string("format"); format && *format != "salesaudit.translation/v1") {
    d.error("/format", fmt::format("expected \"salesaudit.translation/v1\", got \"{}\"", *format));
  }
  (void)top.string("$schema", false);
  if (const JsonValue* pin = top.object("questionnaire")) {
    ObjectReader p(*pin, "/questionnaire", d, {"id", "version"});
    t.questionnaire_id = p.string("id").value_or("");
    t.questionnaire_version = p.string("version").value_or("");
  }
  if (auto language = top.string("language")) {
    t.language = normalize_language_tag(*language);
    if (t.language.empty()) {
      d.error("/language",
              fmt::format("expected a BCP 47 language tag such as \"fr\" or \"fr-CA\", got \"{}\"", *language));
    }
  }
  const Questionnaire* q = questionnaire;
  if (q != nullptr && !t.questionnaire_id.empty() && t.questionnaire_id != q->id) {
    d.error("/questionnaire/id", fmt::format("translates questionnaire \"{}\", not \"{}\"", t.questionnaire_id, q->id));
    q = nullptr;
  } else if (q != nullptr && !t.questionnaire_version.empty() && t.questionnaire_version != q->version) {
    d.error("/questionnaire/version", fmt::format("translates version {} of \"{}\", which matches no questionnaire "
                                                  "here (the one given is {})",
                                                  t.questionnaire_version, q->id, q->version));
    q = nullptr;
  }
  t.title = text_member(top, "title", d);
  t.description = text_member(top, "description", d);
  std::vector<std::string> dimensions, bands, questions, recommendations, red_flags;
  if (q != nullptr) {
    dimensions = ids_of(q->dimensions);
    bands = ids_of(q->bands);
    questions = ids_of(q->questions);
    recommendations = ids_of(q->recommendations);
    red_flags = ids_of(q->red_flags);
  }
  auto ids = [q](const std::vector<std::string>& v) { return q != nullptr ? &v : nullptr; };
  parse_titles(top, "dimensions", "dimension", ids(dimensions), "description", d, t.dimensions);
  parse_strings(top, "bands", "band", ids(bands), d, t.bands);
  each_member(top.object("questions", false), "/questions", d, "question", ids(questions),
              [&](const std::string& id, const JsonValue& value, const std::string& at) {
                parse_question(id, value, at, d, q, t.questions[id]);
              });
  parse_titles(top, "recommendations", "recommendation", ids(recommendations), "action", d, t.recommendations);
  parse_strings(top, "red_flags", "red flag", ids(red_flags), d, t.red_flags);
  d.throw_if_any();
  return t;
}

std::optional<TranslationFileName> parse_translation_file_name(std::string_view name) {
  constexpr std::string_view kSuffix = ".json";
  if (name.size() <= kSuffix.size() || name.substr(name.size() - kSuffix.size()) != kSuffix) return std::nullopt;
  name.remove_suffix(kSuffix.size());
  // <major>.<minor>.<patch>.<language>: the language starts after the third dot.
  std::size_t pos = 0;
  for (int dots = 0; dots < 3; ++dots) {
    const auto dot = name.find('.', pos);
    if (dot == std::string_view::npos || dot == pos) return std::nullopt;
    for (std::size_t i = pos; i < dot; ++i) {
      if (name[i] < '0' || name[i] > '9') return std::nullopt;
    }
    pos = dot + 1;
  }
  const std::string language = normalize_language_tag(name.substr(pos));
  if (language.empty() || name.substr(pos).find('.') != std::string_view::npos) return std::nullopt;
  return TranslationFileName{std::string(name.substr(0, pos - 1)), language};
}

}  // namespace salesaudit
