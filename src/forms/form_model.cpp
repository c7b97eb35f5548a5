// Builds the tool-neutral form model: texts, choices, hints and the "answer only if"
// sentence of every question, in questionnaire order.

#include "forms/form_writer.hpp"

#include <salesaudit/language.hpp>

#include <fmt/format.h>

#include <variant>

namespace salesaudit::forms {

namespace {

// Question texts become one line: tools show titles on one line, and the reader
// compares texts after collapsing white space anyway.
std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Labels keep their spacing (the reader compares values exactly, but for case and
// surrounding white space); only line breaks and tabs, which no tool keeps in a
// choice, become spaces.
std::string flat(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string quote(const ExportTexts& t, std::string_view text) {
  return fmt::format(fmt::runtime(t.quoted), text);
}

std::string option_label(const Question& q, const std::string& value) {
  const Option* option = q.find_option(value);
  return option != nullptr ? option->label : value;
}

// How a respondent would recognise a value of `q`: its label, Yes/No, or the number.
std::string describe_value(const ExportTexts& t, const Question& q, const Value& value) {
  if (const auto* b = std::get_if<bool>(&value)) return *b ? t.yes : t.no;
  if (const auto* n = std::get_if<double>(&value)) {
    std::string text = format_number(*n);
    if (q.type == QuestionType::likert) {
      const auto point = as_integer(*n);
      if (point && *point >= 1 && static_cast<std::size_t>(*point) <= q.labels.size()) {
        text += " (" + quote(t, q.labels[static_cast<std::size_t>(*point - 1)]) + ")";
      }
    }
    return text;
  }
  if (const auto* s = std::get_if<std::string>(&value)) return quote(t, option_label(q, *s));
  std::string joined;
  for (const auto& v : std::get<std::vector<std::string>>(value)) {
    if (!joined.empty()) joined += t.both;
    joined += quote(t, option_label(q, v));
  }
  return joined;
}

std::string describe(const ExportTexts& t, const Questionnaire& qn, const Condition& c) {
  if (c.op == Condition::Op::all || c.op == Condition::Op::any) {
    std::string out;
    for (const auto& child : c.children) {
      if (!out.empty()) out += c.op == Condition::Op::all ? t.both : t.either;
      const bool nested = child.op == Condition::Op::all || child.op == Condition::Op::any;
      out += nested ? fmt::format("({})", describe(t, qn, child)) : describe(t, qn, child);
    }
    return out;
  }
  const Question& q = qn.questions.at(c.question);
  const std::string question = quote(t, one_line(q.text));
  switch (c.op) {
    case Condition::Op::equals:
      return fmt::format(fmt::runtime(t.cond_equals), question, describe_value(t, q, c.value));
    case Condition::Op::not_equals:
      return fmt::format(fmt::runtime(t.cond_not_equals), question, describe_value(t, q, c.value));
    case Condition::Op::in: {
      std::string values;
      for (const auto& v : c.values) {
        if (!values.empty()) values += t.either;
        values += describe_value(t, q, v);
      }
      return fmt::format(fmt::runtime(t.cond_equals), question, values);
    }
    case Condition::Op::at_least: return fmt::format(fmt::runtime(t.cond_at_least), question, format_number(c.number));
    case Condition::Op::at_most: return fmt::format(fmt::runtime(t.cond_at_most), question, format_number(c.number));
    default: return {};
  }
}

std::string number_hint(const ExportTexts& t, const Question& q) {
  std::string range;
  if (q.min && q.max) {
    range = fmt::format(fmt::runtime(t.number_between), format_number(*q.min), format_number(*q.max));
  } else if (q.min) {
    range = fmt::format(fmt::runtime(t.number_at_least), format_number(*q.min));
  } else if (q.max) {
    range = fmt::format(fmt::runtime(t.number_at_most), format_number(*q.max));
  } else {
    range = t.number_any;
  }
  const std::string unit = q.unit.empty() ? "" : fmt::format(fmt::runtime(t.number_unit), one_line(q.unit));
  return join_sentences({range, unit, q.allow_na ? std::string_view(t.number_na) : std::string_view()});
}

std::vector<FormChoice> choices_of(const ExportTexts& t, const Question& q) {
  std::vector<FormChoice> out;
  switch (q.type) {
    case QuestionType::likert:
      for (std::size_t i = 0; i < q.labels.size(); ++i) out.push_back({std::to_string(i + 1), flat(q.labels[i])});
      break;
    case QuestionType::choice:
    case QuestionType::multi_choice:
      for (const auto& o : q.options) out.push_back({o.value, flat(o.label)});
      break;
    case QuestionType::boolean:
      out.push_back({"true", t.yes});
      out.push_back({"false", t.no});
      break;
    default: break;
  }
  return out;
}

}  // namespace

const ExportTexts& english_texts() {
  static const ExportTexts texts;
  return texts;
}

std::string format_number(double value) {
  if (const auto whole = as_integer(value)) return std::to_string(*whole);
  return fmt::format("{}", value);
}

std::string primary_language(const FormModel& model) {
  return model.language.substr(0, model.language.find('-'));
}

std::string join_sentences(const std::vector<std::string_view>& parts) {
  std::string out;
  for (auto part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += ' ';
    out += part;
  }
  return out;
}

Condition effective_condition(const Questionnaire& questionnaire, const Condition& condition) {
  if (condition.op == Condition::Op::all || condition.op == Condition::Op::any) {
    Condition out = condition;
    for (auto& child : out.children) child = effective_condition(questionnaire, child);
    return out;
  }
  const Question& read = questionnaire.questions.at(condition.question);
  if (!read.enable_when) return condition;
  Condition both;
  both.op = Condition::Op::all;
  both.children.push_back(effective_condition(questionnaire, *read.enable_when));
  both.children.push_back(condition);
  return both;
}

FormModel build_form_model(const Questionnaire& questionnaire, const ExportTexts& texts) {
  FormModel model;
  model.questionnaire = &questionnaire;
  model.language = normalize_language_tag(questionnaire.language);
  if (model.language.empty()) model.language = "en";
  model.texts = &texts;
  model.title = one_line(questionnaire.title);
  model.description = questionnaire.description;
  for (std::size_t i = 0; i < questionnaire.questions.size(); ++i) {
    const Question& q = questionnaire.questions[i];
    FormItem item;
    item.question = &q;
    item.index = i;
    item.text = one_line(q.text);
    item.help = q.help;
    item.choices = choices_of(texts, q);
    if (q.allow_na) item.na_label = texts.not_applicable;
    if (q.enable_when) {
      item.when = fmt::format(fmt::runtime(texts.answer_only_if), describe(texts, questionnaire, *q.enable_when));
    }
    if (q.type == QuestionType::number) item.number_hint = number_hint(texts, q);
    if (q.dimension) {
      const Dimension& d = questionnaire.dimensions.at(*q.dimension);
      item.section = one_line(d.title);
      item.section_id = d.id;
    } else {
      item.section = texts.comments_section;
      item.section_id = "comments";
    }
    model.items.push_back(std::move(item));
  }
  return model;
}

}  // namespace salesaudit::forms
