// Google Forms: an Apps Script that builds the form with FormApp. Google Forms can
// branch only by section, on the answer to one multiple-choice question, so a question
// whose condition is a single test on the multiple-choice question right before it (or
// on the same question as the run of questions before it) gets its own section and
// "go to section" choices; any other condition becomes a help sentence.

#include "forms/form_writer.hpp"

#include <salesaudit/scoring.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <optional>
#include <variant>

namespace salesaudit::forms {

namespace {

// A JavaScript string literal that survives any text: quotes, backslashes, line breaks,
// control characters and the two line separators JavaScript treats as new lines.
std::string js(std::string_view text) {
  std::string out = "'";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
          out += buffer;
        } else if (c == 0xe2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(text[i + 2]) == 0xa8 ||
                    static_cast<unsigned char>(text[i + 2]) == 0xa9)) {
          out += static_cast<unsigned char>(text[i + 2]) == 0xa8 ? "\\u2028" : "\\u2029";
          i += 2;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "'";
}

bool is_scale(const Question& q) {
  return q.type == QuestionType::likert && !q.allow_na && q.points >= 3 && q.points <= 10;
}

// Rendered as a multiple-choice item (one answer, choices that can navigate)?
bool is_multiple_choice(const Question& q) {
  return q.type == QuestionType::choice || q.type == QuestionType::boolean ||
         (q.type == QuestionType::likert && !is_scale(q));
}

// The choices of `p` for which a single-test condition holds; nullopt if the
// condition is not one test on a multiple-choice question without a condition itself.
std::optional<std::vector<bool>> enabling_choices(const FormModel& model, const Condition& c) {
  if (c.op == Condition::Op::all || c.op == Condition::Op::any) return std::nullopt;
  const FormItem& p = model.items.at(c.question);
  if (!is_multiple_choice(*p.question) || p.question->enable_when) return std::nullopt;
  std::vector<bool> enabled;
  for (const auto& choice : p.choices) {
    Value v;
    if (p.question->type == QuestionType::boolean) {
      v = choice.value == "true";
    } else if (p.question->type == QuestionType::likert) {
      v = std::stod(choice.value);
    } else {
      v = choice.value;
    }
    std::vector<std::optional<Answer>> answers(model.items.size());
    answers[c.question] = Answer{false, v};
    enabled.push_back(evaluate(c, answers, std::vector<bool>(model.items.size(), true)));
  }
  return enabled;
}

struct Layout {
  std::vector<bool> page_before;                    // a section starts at this question
  std::vector<std::optional<std::size_t>> run_of;   // the controlling question of a branched run
  std::vector<std::optional<std::size_t>> run_end;  // for a controller: one past its run
  std::vector<std::vector<bool>> enabling;          // for a controller: per choice
};

Layout layout(const FormModel& model) {
  const std::size_t n = model.items.size();
  Layout l{std::vector<bool>(n, false), std::vector<std::optional<std::size_t>>(n),
           std::vector<std::optional<std::size_t>>(n), std::vector<std::vector<bool>>(n)};
  for (std::size_t i = 1; i < n; ++i) {
    if (model.items[i].section_id != model.items[i - 1].section_id) l.page_before[i] = true;
  }
  for (std::size_t i = 1; i < n;) {
    const auto& cond = model.items[i].question->enable_when;
    std::optional<std::vector<bool>> enabling;
    if (cond && cond->op != Condition::Op::all && cond->op != Condition::Op::any && cond->question == i - 1) {
      enabling = enabling_choices(model, *cond);
    }
    if (!enabling) {
      ++i;
      continue;
    }
    const std::size_t p = i - 1;
    std::size_t end = i;
    while (end < n) {
      const auto& c = model.items[end].question->enable_when;
      if (!c || c->op == Condition::Op::all || c->op == Condition::Op::any || c->question != p) break;
      if (enabling_choices(model, *c) != enabling) break;
      l.run_of[end] = p;
      ++end;
    }
    l.run_end[p] = end;
    l.enabling[p] = *enabling;
    l.page_before[i] = true;
    if (end < n) l.page_before[end] = true;
    i = end;
  }
  return l;
}

std::string item_code(const FormModel& model, const FormItem& item, const Layout& l, std::string_view var) {
  const Question& q = *item.question;
  std::string help = join_sentences({item.help, item.number_hint});
  std::string out;
  if (is_scale(q)) {
    std::string points;
    for (const auto& c : item.choices) {
      if (!points.empty()) points += ", ";
      points += fmt::format(fmt::runtime(model.texts->scale_points), c.value, c.label);
    }
    help = join_sentences({help, points + "."});
    out = fmt::format("  var {} = form.addScaleItem();\n  {}.setBounds(1, {}).setLabels({}, {});\n", var, var, q.points,
                      js(item.choices.front().label), js(item.choices.back().label));
  } else if (is_multiple_choice(q)) {
    out = fmt::format("  var {} = form.addMultipleChoiceItem();\n", var);
    if (!l.run_end[item.index]) {
      std::string values;
      for (const auto& c : item.choices) values += (values.empty() ? "" : ", ") + js(c.label);
      if (!item.na_label.empty()) values += ", " + js(item.na_label);
      out += fmt::format("  {}.setChoiceValues([{}]);\n", var, values);
    }
  } else if (q.type == QuestionType::multi_choice) {
    std::string values;
    for (const auto& c : item.choices) values += (values.empty() ? "" : ", ") + js(c.label);
    if (!item.na_label.empty()) values += ", " + js(item.na_label);
    out = fmt::format("  var {} = form.addCheckboxItem();\n  {}.setChoiceValues([{}]);\n", var, var, values);
  } else if (q.type == QuestionType::number) {
    std::string rule;
    if (q.allow_na) {
      rule = fmt::format("requireTextMatchesPattern({})", js("^\\s*(-?[0-9]+([.][0-9]+)?|[Nn]/?[Aa])\\s*$"));
    } else if (q.min && q.max) {
      rule = fmt::format("requireNumberBetween({}, {})", format_number(*q.min), format_number(*q.max));
    } else if (q.min) {
      rule = fmt::format("requireNumberGreaterThanOrEqualTo({})", format_number(*q.min));
    } else if (q.max) {
      rule = fmt::format("requireNumberLessThanOrEqualTo({})", format_number(*q.max));
    } else {
      rule = "requireNumber()";
    }
    out = fmt::format(
        "  var {} = form.addTextItem();\n  "
        "{}.setValidation(FormApp.createTextValidation().setHelpText({}).{}.build());\n",
        var, var, js(item.number_hint), rule);
  } else {
    out = fmt::format("  var {} = form.addParagraphTextItem();\n", var);
  }
  if (item.question->enable_when && !l.run_of[item.index]) help = join_sentences({help, item.when});
  out += fmt::format("  {}.setTitle({});\n", var, js(item.text));
  if (!help.empty()) out += fmt::format("  {}.setHelpText({});\n", var, js(help));
  if (q.required) out += fmt::format("  {}.setRequired(true);\n", var);
  return out;
}

}  // namespace

std::string write_google_forms(const FormModel& model) {
  const Questionnaire& qn = *model.questionnaire;
  const Layout l = layout(model);
  std::string out = fmt::format(
      "// Builds the Google Form of questionnaire {} {}.\n"
      "// Written by `salesaudit export --to google-forms`. Paste into a new project at\n"
      "// https://script.google.com, run createForm, then open the editor URL it logs.\n"
      "function createForm() {{\n"
      "  var form = FormApp.create({});\n",
      qn.id, qn.version, js(model.title));
  const std::string version = fmt::format(fmt::runtime(model.texts->version_line), qn.id, qn.version);
  out += fmt::format("  form.setDescription({});\n", js(join_sentences({model.description, version})));
  std::vector<std::string> page_var(model.items.size());
  for (const auto& item : model.items) {
    if (l.page_before[item.index]) {
      page_var[item.index] = fmt::format("page{}", item.index + 1);
      out += fmt::format("  var {} = form.addPageBreakItem().setTitle({});\n", page_var[item.index], js(item.section));
    }
    out += item_code(model, item, l, fmt::format("q{}", item.index + 1));
  }
  // Navigation last: the sections a choice jumps to must exist first.
  for (const auto& item : model.items) {
    const auto end = l.run_end[item.index];
    if (!end) continue;
    const std::string var = fmt::format("q{}", item.index + 1);
    const std::string show = page_var[item.index + 1];
    const std::string skip = *end < model.items.size() ? page_var[*end] : "FormApp.PageNavigationType.SUBMIT";
    std::string choices;
    for (std::size_t c = 0; c < item.choices.size(); ++c) {
      choices += fmt::format("{}\n    {}.createChoice({}, {})", c == 0 ? "" : ",", var, js(item.choices[c].label),
                             l.enabling[item.index][c] ? show : skip);
    }
    if (!item.na_label.empty()) choices += fmt::format(",\n    {}.createChoice({}, {})", var, js(item.na_label), skip);
    out += fmt::format("  {}.setChoices([{}\n  ]);\n", var, choices);
  }
  out +=
      "  Logger.log('Editor URL: ' + form.getEditUrl());\n"
      "  Logger.log('Respondent URL: ' + form.getPublishedUrl());\n"
      "  return form;\n"
      "}\n";
  return out;
}

}  // namespace salesaudit::forms
