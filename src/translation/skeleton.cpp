// A translation document to start from: every text of the questionnaire, copied, for a
// translator to overwrite (lint reports what is still a copy).

#include <salesaudit/translation.hpp>

#include <nlohmann/json.hpp>

namespace salesaudit {

std::string translation_skeleton(const Questionnaire& q, const std::string& language) {
  using ordered = nlohmann::ordered_json;
  ordered doc = ordered::object();
  doc["format"] = "salesaudit.translation/v1";
  doc["questionnaire"] = {{"id", q.id}, {"version", q.version}};
  doc["language"] = language;
  doc["title"] = q.title;
  if (!q.description.empty()) doc["description"] = q.description;
  ordered dimensions = ordered::object();
  for (const auto& d : q.dimensions) {
    ordered item = {{"title", d.title}};
    if (!d.description.empty()) item["description"] = d.description;
    dimensions[d.id] = item;
  }
  doc["dimensions"] = dimensions;
  ordered bands = ordered::object();
  for (const auto& b : q.bands) bands[b.id] = b.label;
  doc["bands"] = bands;
  ordered questions = ordered::object();
  for (const auto& question : q.questions) {
    ordered item = {{"text", question.text}};
    if (!question.help.empty()) item["help"] = question.help;
    if (!question.labels.empty()) item["labels"] = question.labels;
    if (!question.options.empty()) {
      ordered options = ordered::object();
      for (const auto& o : question.options) options[o.value] = o.label;
      item["options"] = options;
    }
    if (!question.unit.empty()) item["unit"] = question.unit;
    questions[question.id] = item;
  }
  doc["questions"] = questions;
  ordered recommendations = ordered::object();
  for (const auto& r : q.recommendations) recommendations[r.id] = {{"title", r.title}, {"action", r.action}};
  doc["recommendations"] = recommendations;
  ordered flags = ordered::object();
  for (const auto& f : q.red_flags) flags[f.id] = f.message;
  doc["red_flags"] = flags;
  return doc.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
}

}  // namespace salesaudit
