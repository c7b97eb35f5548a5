// Puts a translation's texts in place of a questionnaire's, and lists what it leaves out.

#include "load/json_document.hpp"

#include <salesaudit/translation.hpp>

#include <fmt/format.h>

namespace salesaudit {

namespace {

void replace(std::string& text, const std::optional<std::string>& translated) {
  if (translated) text = *translated;
}

template <typename Map>
const typename Map::mapped_type* find(const Map& map, const std::string& id) {
  auto it = map.find(id);
  return it == map.end() ? nullptr : &it->second;
}

}  // namespace

Questionnaire apply_translation(const Questionnaire& questionnaire, const Translation& t) {
  Questionnaire q = questionnaire;  // shares the content digest: the hash does not change
  q.language = t.language;
  replace(q.title, t.title);
  replace(q.description, t.description);
  for (auto& dim : q.dimensions) {
    if (const auto* x = find(t.dimensions, dim.id)) {
      replace(dim.title, x->title);
      replace(dim.description, x->description);
    }
  }
  for (auto& band : q.bands) {
    if (const auto* x = find(t.bands, band.id)) band.label = *x;
  }
  for (auto& rec : q.recommendations) {
    if (const auto* x = find(t.recommendations, rec.id)) {
      replace(rec.title, x->title);
      replace(rec.action, x->action);
    }
  }
  for (auto& flag : q.red_flags) {
    if (const auto* x = find(t.red_flags, flag.id)) flag.message = *x;
  }
  for (auto& question : q.questions) {
    const auto* x = find(t.questions, question.id);
    if (x == nullptr) continue;
    replace(question.text, x->text);
    replace(question.help, x->help);
    replace(question.unit, x->unit);
    if (x->labels && x->labels->size() == question.labels.size()) question.labels = *x->labels;
    for (auto& option : question.options) {
      if (const auto* label = find(x->options, option.value)) option.label = *label;
    }
  }
  return q;
}

std::vector<std::string> untranslated_texts(const Questionnaire& q, const Translation& t) {
  using detail::pointer_token;
  std::vector<std::string> missing;
  auto need = [&missing](bool present, const std::string& original, std::string pointer) {
    if (!present && !original.empty()) missing.push_back(std::move(pointer));
  };
  need(t.title.has_value(), q.title, "/title");
  need(t.description.has_value(), q.description, "/description");
  for (const auto& dim : q.dimensions) {
    const auto* x = find(t.dimensions, dim.id);
    const std::string at = "/dimensions/" + pointer_token(dim.id);
    need(x != nullptr && x->title, dim.title, at + "/title");
    need(x != nullptr && x->description, dim.description, at + "/description");
  }
  for (const auto& band : q.bands) need(t.bands.count(band.id) != 0, band.label, "/bands/" + pointer_token(band.id));
  for (const auto& question : q.questions) {
    const auto* x = find(t.questions, question.id);
    const std::string at = "/questions/" + pointer_token(question.id);
    need(x != nullptr && x->text, question.text, at + "/text");
    need(x != nullptr && x->help, question.help, at + "/help");
    need(x != nullptr && x->unit, question.unit, at + "/unit");
    bool labelled = false;
    for (const auto& label : question.labels) labelled = labelled || !label.empty();
    if (labelled) need(x != nullptr && x->labels, "labels", at + "/labels");
    for (const auto& option : question.options) {
      need(x != nullptr && x->options.count(option.value) != 0, option.label,
           at + "/options/" + pointer_token(option.value));
    }
  }
  for (const auto& rec : q.recommendations) {
    const auto* x = find(t.recommendations, rec.id);
    const std::string at = "/recommendations/" + pointer_token(rec.id);
    need(x != nullptr && x->title, rec.title, at + "/title");
    need(x != nullptr && x->action, rec.action, at + "/action");
  }
  for (const auto& flag : q.red_flags) {
    need(t.red_flags.count(flag.id) != 0, flag.message, "/red_flags/" + pointer_token(flag.id));
  }
  return missing;
}

}  // namespace salesaudit
