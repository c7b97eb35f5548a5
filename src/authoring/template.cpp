// Blank answers documents and CSV collection sheets (`salesaudit template`).

#include "authoring/template.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace salesaudit::authoring {

namespace {

using ordered = nlohmann::ordered_json;

std::string number_text(double value) {
  return fmt::format("{:g}", value);
}

std::string range_text(const Question& q) {
  if (q.min && q.max) return fmt::format("a number from {} to {}", number_text(*q.min), number_text(*q.max));
  if (q.min) return fmt::format("a number of at least {}", number_text(*q.min));
  if (q.max) return fmt::format("a number of at most {}", number_text(*q.max));
  return "a number";
}

std::string option_text(const Question& q) {
  std::string out;
  for (const auto& option : q.options)
    out += fmt::format("{}{} = {}", out.empty() ? "" : "; ", option.value, option.label);
  return out;
}

// A human-readable condition, e.g. `del-deputy = true` or `all of (a >= 1, b = "x")`.
std::string condition_text(const Condition& c) {
  auto join = [&](const char* word) {
    std::string out;
    for (const auto& child : c.children) out += (out.empty() ? "" : ", ") + condition_text(child);
    return fmt::format("{} of ({})", word, out);
  };
  switch (c.op) {
    case Condition::Op::all: return join("all");
    case Condition::Op::any: return join("any");
    case Condition::Op::equals: return fmt::format("{} = {}", c.question_id, to_display(c.value));
    case Condition::Op::not_equals: return fmt::format("{} != {}", c.question_id, to_display(c.value));
    case Condition::Op::in: {
      std::string out;
      for (const auto& v : c.values) {
        if (!out.empty()) out += ", ";
        out += to_display(v);
      }
      return fmt::format("{} in ({})", c.question_id, out);
    }
    case Condition::Op::at_least: return fmt::format("{} >= {}", c.question_id, number_text(c.number));
    case Condition::Op::at_most: return fmt::format("{} <= {}", c.question_id, number_text(c.number));
  }
  return {};
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string row;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i != 0) row += ',';
    row += csv_field(fields[i]);
  }
  row += '\n';
  return row;
}

}  // namespace

std::string csv_field(const std::string& value) {
  std::string cell = value;
  if (!cell.empty() &&
      (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' || cell[0] == '\r')) {
    cell.insert(0, "'");
  }
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string accepted_cells(const Question& q) {
  std::string text;
  switch (q.type) {
    case QuestionType::likert: {
      text = fmt::format("1 to {}", q.points);
      for (std::size_t i = 0; i < q.labels.size(); ++i)
        text += fmt::format("{}{} = {}", i == 0 ? ": " : "; ", i + 1, q.labels[i]);
      break;
    }
    case QuestionType::choice: text = "one of: " + option_text(q); break;
    case QuestionType::multi_choice: text = "any of these, joined by ';': " + option_text(q); break;
    case QuestionType::boolean: text = "true or false (also yes/no, 1/0)"; break;
    case QuestionType::number:
      text = range_text(q);
      if (!q.unit.empty()) text += fmt::format(" ({})", q.unit);
      break;
    case QuestionType::text: text = "free text"; break;
  }
  if (q.allow_na) text += "; na = not applicable";
  return text + "; empty = unanswered";
}

std::string blank_answers_json(const Questionnaire& q) {
  ordered doc;
  doc["format"] = "salesaudit.answers/v1";
  doc["questionnaire"] = {{"id", q.id}, {"version", q.version}};
  doc["respondent"] = {{"id", ""}, {"name", ""}, {"role", ""}, {"team", ""}};
  doc["started_at"] = nullptr;
  doc["completed_at"] = nullptr;
  ordered answers = ordered::object();
  for (const auto& question : q.questions) answers[question.id] = nullptr;
  doc["answers"] = answers;
  return doc.dump(2) + "\n";
}

std::string csv_header(const Questionnaire& q) {
  std::vector<std::string> columns = {"respondent_id", "respondent_name", "team", "role"};
  for (const auto& question : q.questions) columns.push_back(question.id);
  return csv_row(columns);
}

std::string csv_codebook(const Questionnaire& q) {
  std::string out = csv_row({"column", "type", "required", "asked_when", "question", "accepted"});
  out += csv_row({"respondent_id", "respondent", "no", "", "Respondent identifier, unique per row", "any text"});
  out += csv_row({"respondent_name", "respondent", "no", "", "Respondent's name", "any text"});
  out += csv_row({"team", "respondent", "no", "", "Team the respondent belongs to", "any text"});
  out += csv_row({"role", "respondent", "no", "", "Respondent's role, e.g. manager or rep", "any text"});
  for (const auto& question : q.questions) {
    out += csv_row({question.id, std::string(to_string(question.type)), question.required ? "yes" : "no",
                    question.enable_when ? condition_text(*question.enable_when) : "", question.text,
                    accepted_cells(question)});
  }
  return out;
}

}  // namespace salesaudit::authoring
