// LimeSurvey tab-separated survey structure (.txt, "Import survey"): one group per
// dimension, relevance equations (ExpressionScript) from enable_when. Exported with
// "Full answers" and full question texts, the responses carry the option labels,
// Yes/No and the scale labels the reader matches.

#include "forms/form_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <variant>

namespace salesaudit::forms {

namespace {

const std::vector<std::string> kColumns = {"id",
                                           "related_id",
                                           "class",
                                           "type/scale",
                                           "name",
                                           "relevance",
                                           "text",
                                           "help",
                                           "language",
                                           "validation",
                                           "mandatory",
                                           "other",
                                           "default",
                                           "same_default",
                                           "exclude_all_others",
                                           "max_num_value_n",
                                           "min_num_value_n",
                                           "suffix"};
enum Column : std::size_t {
  kId,
  kRelated,
  kClass,
  kType,
  kName,
  kRelevance,
  kText,
  kHelp,
  kLanguage,
  kValidation,
  kMandatory,
  kOther,
  kDefault,
  kSameDefault,
  kExcludeAll,
  kMax,
  kMin,
  kSuffix
};

using SheetRow = std::vector<std::string>;

// A field quoted (quotes doubled) when it holds a tab, a quote or a line break.
std::string field(const std::string& text) {
  if (text.find_first_of("\t\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

// LimeSurvey texts are HTML: escape markup, keep line breaks as <br />.
std::string html(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\n': out += "<br />"; break;
      case '\r': break;
      case '\t': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

// Question codes: letters and digits, starting with a letter, at most 20 characters,
// unique. "del-deputy" becomes "delDeputy".
std::vector<std::string> question_codes(const Questionnaire& qn) {
  std::vector<std::string> codes;
  std::set<std::string> used;
  for (const auto& q : qn.questions) {
    std::string code;
    bool upper = false;
    for (char c : q.id) {
      if (std::isalnum(static_cast<unsigned char>(c)) == 0) {
        upper = !code.empty();
        continue;
      }
      code += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      upper = false;
    }
    if (code.empty() || std::isdigit(static_cast<unsigned char>(code[0])) != 0) code = "q" + code;
    code.resize(std::min<std::size_t>(code.size(), 20));
    std::string unique = code;
    for (int n = 2; used.count(unique) != 0; ++n) {
      const std::string suffix = std::to_string(n);
      unique = code.substr(0, std::min(code.size(), 20 - suffix.size())) + suffix;
    }
    used.insert(unique);
    codes.push_back(unique);
  }
  return codes;
}

// Answer and subquestion codes (alphanumeric, at most 5 characters).
std::string answer_code(const Question& q, std::size_t i) {
  if (q.type == QuestionType::likert) return std::to_string(i + 1);
  if (q.type == QuestionType::boolean) return i == 0 ? "Y" : "N";
  if (q.type == QuestionType::multi_choice) return fmt::format("SQ{:03}", i + 1);
  return fmt::format("A{}", i + 1);
}

bool as_short_text(const Question& q) {
  return q.type == QuestionType::number && q.allow_na;
}

std::string type_code(const Question& q) {
  switch (q.type) {
    case QuestionType::likert:
    case QuestionType::choice: return "L";
    case QuestionType::multi_choice: return "M";
    case QuestionType::boolean: return q.allow_na ? "L" : "Y";
    case QuestionType::number: return q.allow_na ? "S" : "N";
    case QuestionType::text: return "T";
  }
  return "T";
}

class Relevance {
 public:
  Relevance(const Questionnaire& qn, const std::vector<std::string>& codes) : qn_(qn), codes_(codes) {}

  std::string expression(const Condition& c) const {
    if (c.op == Condition::Op::all || c.op == Condition::Op::any) {
      std::string out;
      for (const auto& child : c.children) {
        out += fmt::format("{}({})", out.empty() ? "" : (c.op == Condition::Op::all ? " and " : " or "),
                           expression(child));
      }
      return out;
    }
    const Question& q = qn_.questions.at(c.question);
    switch (c.op) {
      case Condition::Op::equals: return equals(c.question, c.value);
      case Condition::Op::not_equals: return answered(c.question) + " and !(" + equals(c.question, c.value) + ")";
      case Condition::Op::in: {
        std::string out;
        for (const auto& v : c.values) out += fmt::format("{}({})", out.empty() ? "" : " or ", equals(c.question, v));
        return out;
      }
      case Condition::Op::at_least:
      case Condition::Op::at_most: {
        const char* op = c.op == Condition::Op::at_least ? ">=" : "<=";
        if (q.type == QuestionType::likert) {
          return fmt::format("{} and {} {} {}", answered(c.question), ref(c.question), op, format_number(c.number));
        }
        return fmt::format("is_numeric({0}) and {0} {1} {2}", ref(c.question), op, format_number(c.number));
      }
      default: return "0";
    }
  }

 private:
  std::string ref(std::size_t question) const { return codes_[question] + ".NAOK"; }
  std::string sub(std::size_t question, const std::string& code) const {
    return codes_[question] + "_" + code + ".NAOK";
  }

  std::string answered(std::size_t question) const {
    const Question& q = qn_.questions[question];
    if (q.type == QuestionType::multi_choice) {
      std::string any;
      for (std::size_t i = 0; i < q.options.size(); ++i) {
        any += (any.empty() ? "" : " or ") + sub(question, answer_code(q, i)) + " == 'Y'";
      }
      return "(" + any + ")";
    }
    if (as_short_text(q)) return "is_numeric(" + ref(question) + ")";
    std::string out = "!is_empty(" + ref(question) + ")";
    if (q.allow_na) out += " and " + ref(question) + " != 'NA'";
    return out;
  }

  std::string equals(std::size_t question, const Value& value) const {
    const Question& q = qn_.questions[question];
    if (const auto* b = std::get_if<bool>(&value)) return ref(question) + (*b ? " == 'Y'" : " == 'N'");
    if (const auto* n = std::get_if<double>(&value)) {
      if (q.type == QuestionType::likert) return ref(question) + " == '" + format_number(*n) + "'";
      return fmt::format("is_numeric({0}) and {0} == {1}", ref(question), format_number(*n));
    }
    if (const auto* s = std::get_if<std::string>(&value)) {
      for (std::size_t i = 0; i < q.options.size(); ++i) {
        if (q.options[i].value == *s) return ref(question) + " == '" + answer_code(q, i) + "'";
      }
      return ref(question) + " == " + literal(*s);  // a text question
    }
    const auto& list = std::get<std::vector<std::string>>(value);
    std::string out = answered(question);
    for (std::size_t i = 0; i < q.options.size(); ++i) {
      const bool listed = std::find(list.begin(), list.end(), q.options[i].value) != list.end();
      out += " and " + sub(question, answer_code(q, i)) + (listed ? " == 'Y'" : " != 'Y'");
    }
    return out;
  }

  static std::string literal(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
      if (c == '\'' || c == '\\') out += '\\';
      out += c;
    }
    return out + "'";
  }

  const Questionnaire& qn_;
  const std::vector<std::string>& codes_;
};

}  // namespace

std::string write_limesurvey(const FormModel& model) {
  const Questionnaire& qn = *model.questionnaire;
  const std::string language = primary_language(model);  // LimeSurvey's codes: "fr", "es", "de"
  const auto codes = question_codes(qn);
  const Relevance relevance(qn, codes);
  std::vector<SheetRow> rows;
  auto row = [&rows](std::initializer_list<std::pair<Column, std::string>> cells) {
    SheetRow r(kColumns.size());
    for (const auto& [column, value] : cells) r[column] = value;
    rows.push_back(std::move(r));
  };
  row({{kClass, "S"}, {kName, "language"}, {kText, language}});
  row({{kClass, "S"}, {kName, "format"}, {kText, "G"}});
  row({{kClass, "SL"}, {kName, "surveyls_title"}, {kText, html(model.title)}, {kLanguage, language}});
  const std::string version = fmt::format(fmt::runtime(model.texts->version_line), qn.id, qn.version);
  row({{kClass, "SL"},
       {kName, "surveyls_description"},
       {kText, html(join_sentences({model.description, version}))},
       {kLanguage, language}});
  std::size_t next_id = 1;
  std::string section;
  for (const auto& item : model.items) {
    const Question& q = *item.question;
    if (next_id == 1 || item.section_id != section) {
      section = item.section_id;
      const std::string description = q.dimension ? qn.dimensions.at(*q.dimension).description : std::string();
      row({{kId, std::to_string(next_id++)},
           {kClass, "G"},
           {kName, html(item.section)},
           {kText, html(description)},
           {kLanguage, language}});
    }
    const std::string qid = std::to_string(next_id++);
    const std::string relevant =
        q.enable_when ? relevance.expression(effective_condition(qn, *q.enable_when)) : std::string("1");
    SheetRow r(kColumns.size());
    r[kId] = qid;
    r[kClass] = "Q";
    r[kType] = type_code(q);
    r[kName] = codes[item.index];
    r[kRelevance] = relevant;
    r[kText] = html(item.text);
    r[kHelp] = html(join_sentences({item.help, item.number_hint}));
    r[kLanguage] = language;
    r[kMandatory] = q.required ? "Y" : "N";
    r[kOther] = "N";
    r[kSameDefault] = "0";
    if (q.type == QuestionType::number && !q.allow_na) {
      if (q.min) r[kMin] = format_number(*q.min);
      if (q.max) r[kMax] = format_number(*q.max);
      r[kSuffix] = html(q.unit);
    }
    if (as_short_text(q)) r[kValidation] = "/^\\s*(-?[0-9]+([.][0-9]+)?|[Nn]\\/?[Aa])\\s*$/";
    if (q.type == QuestionType::multi_choice && q.allow_na) r[kExcludeAll] = "NA";
    rows.push_back(std::move(r));
    const bool sub = q.type == QuestionType::multi_choice;
    const bool answers = type_code(q) == "L";
    for (std::size_t i = 0; i < item.choices.size() && (sub || answers); ++i) {
      if (sub) {
        row({{kId, std::to_string(next_id++)},
             {kClass, "SQ"},
             {kName, answer_code(q, i)},
             {kRelevance, "1"},
             {kText, html(item.choices[i].label)},
             {kLanguage, language}});
      } else {
        row({{kId, qid},
             {kClass, "A"},
             {kType, "0"},
             {kName, answer_code(q, i)},
             {kRelevance, "0"},
             {kText, html(item.choices[i].label)},
             {kLanguage, language}});
      }
    }
    if (!item.na_label.empty() && sub) {
      row({{kId, std::to_string(next_id++)},
           {kClass, "SQ"},
           {kName, "NA"},
           {kRelevance, "1"},
           {kText, html(item.na_label)},
           {kLanguage, language}});
    } else if (!item.na_label.empty() && answers) {
      row({{kId, qid},
           {kClass, "A"},
           {kType, "0"},
           {kName, "NA"},
           {kRelevance, "0"},
           {kText, html(item.na_label)},
           {kLanguage, language}});
    }
  }
  // UTF-8 with a byte order mark, as LimeSurvey writes this format itself.
  std::string out = "\xEF\xBB\xBF";
  for (std::size_t i = 0; i < kColumns.size(); ++i) out += (i ? "\t" : "") + kColumns[i];
  out += "\n";
  for (const auto& r : rows) {
    for (std::size_t i = 0; i < r.size(); ++i) out += (i ? "\t" : "") + field(r[i]);
    out += "\n";
  }
  return out;
}

}  // namespace salesaudit::forms
