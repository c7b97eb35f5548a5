// SurveyJS form JSON: `name` = question id, choice `value` = option value, `visibleIf`
// from enable_when. The survey's own `survey.data` then is an answers object keyed by
// question id: likert 1..n, booleans true/false, option values, and "na" where the
// question allows "not applicable".

#include "forms/form_writer.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <variant>

namespace salesaudit::forms {

namespace {

using Json = nlohmann::ordered_json;

// A SurveyJS string literal: single quotes unless the text has one.
std::string literal(const std::string& text) {
  if (text.find('\'') == std::string::npos) return "'" + text + "'";
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string literal(const Value& value) {
  if (const auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  if (const auto* n = std::get_if<double>(&value)) return format_number(*n);
  if (const auto* s = std::get_if<std::string>(&value)) return literal(*s);
  return "[]";  // lists are compared element by element (set_equals)
}

// Whole numbers as JSON integers (0, not 0.0).
Json number(double value) {
  if (const auto whole = as_integer(value)) return *whole;
  return value;
}

std::string ref(const Question& q) {
  return "{" + q.id + "}";
}

// The answer is there and is not "not applicable".
std::string answered(const Question& q) {
  std::string out = ref(q) + " notempty";
  if (q.allow_na)
    out +=
        q.type == QuestionType::multi_choice ? " and " + ref(q) + " notcontains 'na'" : " and " + ref(q) + " <> 'na'";
  return out;
}

// A multi_choice answer equal to the list as a set: each listed option ticked, no other.
std::string set_equals(const Question& q, const std::vector<std::string>& values) {
  std::string out = answered(q);
  for (const auto& o : q.options) {
    bool listed = false;
    for (const auto& v : values) listed = listed || v == o.value;
    out += " and " + ref(q) + (listed ? " contains " : " notcontains ") + literal(o.value);
  }
  return out;
}

std::string equals(const Question& q, const Value& value) {
  if (const auto* list = std::get_if<std::vector<std::string>>(&value)) return "(" + set_equals(q, *list) + ")";
  return ref(q) + " = " + literal(value);
}

std::string expression(const Questionnaire& qn, const Condition& c) {
  if (c.op == Condition::Op::all || c.op == Condition::Op::any) {
    std::string out;
    for (const auto& child : c.children) {
      if (!out.empty()) out += c.op == Condition::Op::all ? " and " : " or ";
      out += "(" + expression(qn, child) + ")";
    }
    return out.empty() ? (c.op == Condition::Op::all ? "true" : "false") : out;
  }
  const Question& q = qn.questions.at(c.question);
  switch (c.op) {
    case Condition::Op::equals: return equals(q, c.value);
    case Condition::Op::not_equals: return answered(q) + " and !(" + equals(q, c.value) + ")";
    case Condition::Op::in: {
      std::string out;
      for (const auto& v : c.values) out += (out.empty() ? "" : " or ") + equals(q, v);
      return out.empty() ? "false" : out;
    }
    case Condition::Op::at_least: return answered(q) + " and " + ref(q) + " >= " + format_number(c.number);
    case Condition::Op::at_most: return answered(q) + " and " + ref(q) + " <= " + format_number(c.number);
    default: return "false";
  }
}

Json choice_list(const FormItem& item, bool numeric, bool boolean) {
  Json choices = Json::array();
  for (const auto& c : item.choices) {
    Json value = c.value;
    if (numeric) value = std::stoi(c.value);
    if (boolean) value = c.value == "true";
    choices.push_back({{"value", value}, {"text", c.label}});
  }
  if (!item.na_label.empty()) choices.push_back({{"value", "na"}, {"text", item.na_label}});
  return choices;
}

Json element(const FormModel& model, const FormItem& item) {
  const Question& q = *item.question;
  Json e;
  std::string type;
  switch (q.type) {
    case QuestionType::likert: type = q.allow_na ? "radiogroup" : "rating"; break;
    case QuestionType::choice: type = "radiogroup"; break;
    case QuestionType::multi_choice: type = "checkbox"; break;
    case QuestionType::boolean: type = q.allow_na ? "radiogroup" : "boolean"; break;
    case QuestionType::number: type = "text"; break;
    case QuestionType::text: type = "comment"; break;
  }
  e["type"] = type;
  e["name"] = q.id;
  e["title"] = item.text;
  const std::string description = join_sentences({item.help, item.number_hint});
  if (!description.empty()) e["description"] = description;
  if (q.required) e["isRequired"] = true;
  if (q.enable_when)
    e["visibleIf"] = expression(*model.questionnaire, effective_condition(*model.questionnaire, *q.enable_when));
  if (type == "rating") {
    e["rateCount"] = q.points;
    e["rateMin"] = 1;
    e["rateMax"] = q.points;
    Json values = Json::array();
    for (const auto& c : item.choices) values.push_back({{"value", std::stoi(c.value)}, {"text", c.label}});
    e["rateValues"] = values;
  } else if (type == "boolean") {
    e["labelTrue"] = item.choices.at(0).label;
    e["labelFalse"] = item.choices.at(1).label;
  } else if (type == "radiogroup" || type == "checkbox") {
    e["choices"] = choice_list(item, q.type == QuestionType::likert, q.type == QuestionType::boolean);
  } else if (type == "text" && !q.allow_na) {
    e["inputType"] = "number";
    Json validator = {{"type", "numeric"}};
    if (q.min) {
      e["min"] = number(*q.min);
      validator["minValue"] = number(*q.min);
    }
    if (q.max) {
      e["max"] = number(*q.max);
      validator["maxValue"] = number(*q.max);
    }
    e["validators"] = Json::array({validator});
  } else if (type == "text") {
    // A number field cannot hold N/A: a text field that takes a number or N/A.
    e["validators"] = Json::array(
        {{{"type", "regex"}, {"regex", "^\\s*(-?[0-9]+([.][0-9]+)?|[Nn]/?[Aa])\\s*$"}, {"text", item.number_hint}}});
  }
  return e;
}

}  // namespace

std::string write_surveyjs(const FormModel& model) {
  Json survey;
  // SurveyJS's own words (buttons, "Page 1 of 3") in the form's language; English is
  // its default, so English forms leave it out.
  if (const std::string locale = primary_language(model); locale != "en") survey["locale"] = locale;
  survey["title"] = model.title;
  if (!model.description.empty()) survey["description"] = model.description;
  survey["showQuestionNumbers"] = "on";
  Json pages = Json::array();
  std::string section;
  for (const auto& item : model.items) {
    if (pages.empty() || section != item.section_id) {
      // Page names must be unique; a section that comes back gets a numbered page.
      std::string name = item.section_id;
      for (int n = 2; std::any_of(pages.begin(), pages.end(),
                                  [&](const Json& p) { return p["name"].get_ref<const std::string&>() == name; });
           ++n) {
        name = item.section_id + "-" + std::to_string(n);
      }
      section = item.section_id;
      pages.push_back({{"name", name}, {"title", item.section}, {"elements", Json::array()}});
    }
    pages.back()["elements"].push_back(element(model, item));
  }
  survey["pages"] = pages;
  return survey.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace salesaudit::forms
