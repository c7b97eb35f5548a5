#include "forms/value_match.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace salesaudit::forms {

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

namespace {

// Case-insensitive for ASCII letters; translated words are compared as written otherwise
// (the export holds them as the form wrote them).
bool any_of(std::string_view cell, const std::vector<std::string>& words) {
  for (const auto& w : words) {
    if (iequals(cell, trim(w))) return true;
  }
  return false;
}

}  // namespace

bool is_na(std::string_view cell, const AnswerWords& words) {
  const auto c = trim(cell);
  return iequals(c, "n/a") || iequals(c, "not applicable") || iequals(c, "na") || any_of(c, words.na);
}

bool is_ticked(std::string_view cell, const AnswerWords& words) {
  const auto c = trim(cell);
  return !c.empty() && !iequals(c, "no") && !iequals(c, "n") && !iequals(c, "0") && !iequals(c, "false") &&
         !any_of(c, words.no);
}

std::optional<std::size_t> find_option(const Question& question, std::string_view text) {
  const auto t = trim(text);
  for (std::size_t i = 0; i < question.options.size(); ++i) {
    if (iequals(t, question.options[i].label) || iequals(t, question.options[i].value)) return i;
  }
  return std::nullopt;
}

namespace {

std::optional<double> number(std::string_view s) {
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string in_quotes(std::string_view s) {
  return fmt::format("\"{}\"", s);
}

// Splits a joined cell by the known labels and values (longest first at each place);
// separators between items are `;` `,` and white space, as the tools join them.
CellAnswer split_multi(const Question& q, std::string_view cell, const AnswerWords& words) {
  auto is_separator = [](char c) { return c == ';' || c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::vector<std::string> values;
  std::size_t pos = 0;
  for (;;) {
    while (pos < cell.size() && is_separator(cell[pos])) ++pos;
    if (pos == cell.size()) break;
    std::size_t best_len = 0;
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < q.options.size(); ++i) {
      for (const std::string* text : {&q.options[i].label, &q.options[i].value}) {
        const std::size_t n = text->size();
        if (n <= best_len || pos + n > cell.size() || !iequals(cell.substr(pos, n), *text)) continue;
        if (pos + n < cell.size() && !is_separator(cell[pos + n])) continue;  // a longer word
        best_len = n;
        best = i;
      }
    }
    if (!best) {
      const auto stop = cell.find_first_of(";,", pos);
      const auto rest = trim(cell.substr(pos, stop == std::string_view::npos ? stop : stop - pos));
      if (q.allow_na && is_na(rest, words) && values.empty() && stop == std::string_view::npos)
        return {Answer{true, {}}, {}};
      return {std::nullopt, fmt::format("{} is none of the options", in_quotes(rest))};
    }
    const std::string& value = q.options[*best].value;
    if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
    pos += best_len;
  }
  if (values.empty()) return {};
  return {Answer{false, std::move(values)}, {}};
}

}  // namespace

std::string accepted(const Question& q) {
  std::string out;
  auto add = [&](const std::string& s) {
    if (!out.empty()) out += ", ";
    out += in_quotes(s);
  };
  switch (q.type) {
    case QuestionType::choice:
    case QuestionType::multi_choice:
      for (const auto& o : q.options) add(o.label);
      out = (q.type == QuestionType::choice ? "one of " : "labels joined by ; or , among ") + out;
      break;
    case QuestionType::likert:
      out = fmt::format("a number from 1 to {}", q.points);
      for (const auto& l : q.labels) out += ", " + in_quotes(l);
      break;
    case QuestionType::boolean: out = "Yes, No, true, false, 1 or 0"; break;
    case QuestionType::number:
      out = "a number";
      if (q.min && q.max) out += fmt::format(" from {} to {}", *q.min, *q.max);
      break;
    case QuestionType::text: out = "any text"; break;
  }
  if (q.allow_na) out += ", or N/A";
  return out;
}

CellAnswer match_cell(const Question& q, std::string_view raw, const AnswerWords& words) {
  const auto cell = trim(raw);
  if (cell.empty()) return {};
  if (q.type == QuestionType::text) return {Answer{false, std::string(cell)}, {}};
  if (is_na(cell, words) && (q.allow_na || q.type != QuestionType::multi_choice)) {
    if (q.allow_na) return {Answer{true, {}}, {}};
    return {std::nullopt, "the question does not allow N/A"};
  }
  std::optional<Answer> answer;
  switch (q.type) {
    case QuestionType::number:
      if (auto n = number(cell)) answer = Answer{false, *n};
      break;
    case QuestionType::likert:
      if (auto n = number(cell)) {
        answer = Answer{false, *n};
      } else {
        for (std::size_t i = 0; i < q.labels.size(); ++i) {
          if (iequals(cell, q.labels[i])) answer = Answer{false, static_cast<double>(i + 1)};
        }
      }
      break;
    case QuestionType::boolean:
      if (iequals(cell, "yes") || iequals(cell, "true") || cell == "1" || iequals(cell, "y") ||
          any_of(cell, words.yes)) {
        answer = Answer{false, true};
      } else if (iequals(cell, "no") || iequals(cell, "false") || cell == "0" || iequals(cell, "n") ||
                 any_of(cell, words.no)) {
        answer = Answer{false, false};
      }
      break;
    case QuestionType::choice:
      if (auto i = find_option(q, cell)) answer = Answer{false, q.options[*i].value};
      break;
    case QuestionType::multi_choice: return split_multi(q, cell, words);
    case QuestionType::text: break;
  }
  if (!answer) return {std::nullopt, "no such answer"};
  return {std::move(answer), {}};
}

}  // namespace salesaudit::forms
