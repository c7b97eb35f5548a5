// Qualtrics Advanced Format .txt (Survey > Tools > Import/Export > Import survey).
// The format has no display logic and no "force response": a question's help, its
// number hint and when to answer it go into a text block (DB) just before it, so the
// question text itself (row 2 of the response export) stays the questionnaire's text.

#include "forms/form_writer.hpp"

#include <fmt/format.h>

namespace salesaudit::forms {

namespace {

// One line of text that cannot start a [[tag]]: line breaks become <br>, "[[" loses
// its meaning with a space.
std::string line(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\r') continue;
    if (c == '\n') {
      out += "<br>";
    } else if (c == '\t') {
      out += ' ';
    } else if (c == '[' && !out.empty() && out.back() == '[') {
      out += " [";
    } else {
      out += c;
    }
  }
  return out;
}

std::string question_tag(const Question& q) {
  switch (q.type) {
    case QuestionType::likert:
    case QuestionType::choice:
    case QuestionType::boolean: return "[[Question:MC:SingleAnswer:Vertical]]";
    case QuestionType::multi_choice: return "[[Question:MC:MultipleAnswer:Vertical]]";
    case QuestionType::number: return "[[Question:TE:SingleLine]]";
    case QuestionType::text: return "[[Question:TE:Essay]]";
  }
  return "[[Question:TE:Essay]]";
}

}  // namespace

std::string write_qualtrics(const FormModel& model) {
  const Questionnaire& qn = *model.questionnaire;
  const ExportTexts& t = *model.texts;
  std::string out = "[[AdvancedFormat]]\n\n";
  const std::string version = fmt::format(fmt::runtime(t.version_line), qn.id, qn.version);
  std::string section;
  for (const auto& item : model.items) {
    const Question& q = *item.question;
    if (item.index == 0 || item.section_id != section) {
      section = item.section_id;
      out += fmt::format("[[Block:{}]]\n\n", line(item.section));
      if (item.index == 0) {
        out += fmt::format("[[Question:DB]]\n<b>{}</b><br>{}\n\n", line(model.title),
                           line(join_sentences({model.description, version})));
      }
    }
    const std::string note = join_sentences({item.help, item.number_hint, item.when});
    if (!note.empty()) out += fmt::format("[[Question:DB]]\n{}\n\n", line(note));
    out += question_tag(q) + "\n";
    out += fmt::format("[[ID:{}]]\n", q.id);
    out += line(item.text) + "\n";
    if (!item.choices.empty()) {
      out += "[[Choices]]\n";
      for (const auto& c : item.choices) out += line(c.label) + "\n";
      if (!item.na_label.empty()) out += line(item.na_label) + "\n";
    }
    out += "\n";
  }
  return out;
}

}  // namespace salesaudit::forms
