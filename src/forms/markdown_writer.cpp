// A printable questionnaire for paper: numbered questions with their help, a box per
// choice, lines for numbers and text, and when to answer a conditional question.

#include "forms/form_writer.hpp"
#include "report/escape.hpp"

#include <fmt/format.h>

namespace salesaudit::forms {

namespace {

std::string md(std::string_view text) {
  return report::escape_markdown(text);
}

// A blank to write on, as escaped underscores (a bare run would be emphasis).
std::string rule(int length) {
  std::string out;
  for (int i = 0; i < length; ++i) out += "\\_";
  return out;
}

std::string box(std::string_view label) {
  return "- [ ] " + md(label) + "\n";
}

std::string answer_lines(const FormItem& item, const ExportTexts& t) {
  const Question& q = *item.question;
  std::string out;
  switch (q.type) {
    case QuestionType::likert:
      out += t.tick_one + "\n\n";
      for (const auto& c : item.choices) out += box(fmt::format(fmt::runtime(t.scale_points), c.value, c.label));
      break;
    case QuestionType::choice:
    case QuestionType::boolean:
      out += t.tick_one + "\n\n";
      for (const auto& c : item.choices) out += box(c.label);
      break;
    case QuestionType::multi_choice:
      out += t.tick_all + "\n\n";
      for (const auto& c : item.choices) out += box(c.label);
      break;
    case QuestionType::number:
      out += md(item.number_hint) + "\n\n";
      out += fmt::format("{} {} {}\n", md(t.write_here), rule(10), md(q.unit));
      break;
    case QuestionType::text:
      out += md(t.write_here) + "\n\n";
      for (int line = 0; line < 4; ++line) out += rule(40) + "\n\n";
      break;
  }
  if (!item.na_label.empty())
    out += fmt::format("{}{}", q.type == QuestionType::number ? "\n" : "", box(item.na_label));
  return out;
}

}  // namespace

std::string write_markdown(const FormModel& model) {
  const Questionnaire& qn = *model.questionnaire;
  const ExportTexts& t = *model.texts;
  std::string out = fmt::format("# {}\n\n", md(model.title));
  if (!model.description.empty()) out += md(model.description) + "\n\n";
  out += md(join_sentences({fmt::format(fmt::runtime(t.version_line), qn.id, qn.version), t.required_note})) + "\n\n";
  out += md(t.respondent_line) + "\n";
  std::string section;
  for (const auto& item : model.items) {
    const Question& q = *item.question;
    if (item.index == 0 || item.section_id != section) {
      section = item.section_id;
      out += fmt::format("\n## {}\n", md(item.section));
    }
    out += fmt::format("\n**{}. {}**{}\n\n", item.index + 1, md(item.text),
                       q.required ? " (" + md(t.required) + ")" : std::string());
    if (!item.when.empty()) out += fmt::format("*{}*\n\n", md(item.when));
    if (!item.help.empty()) out += md(item.help) + "\n\n";
    out += answer_lines(item, t);
  }
  return out;
}

}  // namespace salesaudit::forms
