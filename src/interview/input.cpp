// Replies typed at a question prompt: commands, answers, and what is accepted.

#include "i18n/messages.hpp"

#include <salesaudit/interview.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace salesaudit {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A whole-string number; no trailing junk, no inf/nan.
std::optional<double> parse_input_number(std::string_view s) {
  double value = 0;
  const auto* end = s.data() + s.size();
  const auto [ptr, ec] = std::from_chars(s.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

// An option picked by its number (1-based) or by its value.
const Option* pick_option(const Question& q, std::string_view token) {
  if (const auto n = parse_input_number(token);
      n && *n == std::floor(*n) && *n >= 1 && *n <= double(q.options.size())) {
    return &q.options[static_cast<std::size_t>(*n) - 1];
  }
  return q.find_option(token);
}

std::string number_text(double v) {
  return fmt::format("{}", v);
}

// Parses the value part of a reply; nullopt when it does not even look like an answer.
std::optional<Value> parse_value(const Question& q, std::string_view s) {
  switch (q.type) {
    case QuestionType::likert:
    case QuestionType::number:
      if (auto n = parse_input_number(s)) return Value{*n};
      return std::nullopt;
    case QuestionType::choice:
      if (const auto* option = pick_option(q, s)) return Value{option->value};
      return std::nullopt;
    case QuestionType::multi_choice: {
      std::vector<std::string> picked;
      if (s == "-") return Value{picked};
      std::size_t start = 0;
      while (start < s.size()) {
        const auto end = s.find_first_of(",; \t", start);
        const auto token = s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (!token.empty()) {
          const auto* option = pick_option(q, token);
          if (option == nullptr) return std::nullopt;
          picked.push_back(option->value);
        }
        if (end == std::string_view::npos) break;
        start = end + 1;
      }
      if (picked.empty()) return std::nullopt;
      return Value{picked};
    }
    case QuestionType::boolean: {
      const auto word = ascii_lower(s);
      if (word == "y" || word == "yes" || word == "true") return Value{true};
      if (word == "n" || word == "no" || word == "false") return Value{false};
      return std::nullopt;
    }
    case QuestionType::text: return Value{std::string(s)};
  }
  return std::nullopt;
}

}  // namespace

std::string accepted_input(const Question& q) {
  std::string out;
  switch (q.type) {
    case QuestionType::likert: out = i18n::trf("a number from 1 to {}", q.points); break;
    case QuestionType::choice: out = i18n::trf("a number from 1 to {}", q.options.size()); break;
    case QuestionType::multi_choice:
      out = i18n::trf("numbers from 1 to {} separated by commas (e.g. 1,3), or - for none", q.options.size());
      break;
    case QuestionType::boolean: out = i18n::tr("y or n"); break;
    case QuestionType::text: out = i18n::tr("any text"); break;
    case QuestionType::number:
      if (q.min && q.max) {
        out = i18n::trf("a number from {} to {}", number_text(*q.min), number_text(*q.max));
      } else if (q.min) {
        out = i18n::trf("a number of at least {}", number_text(*q.min));
      } else if (q.max) {
        out = i18n::trf("a number of at most {}", number_text(*q.max));
      } else {
        out = i18n::tr("a number");
      }
      if (!q.unit.empty()) out += " (" + q.unit + ")";
      break;
  }
  if (q.allow_na) out += i18n::tr(", or na (not applicable)");
  return out;
}

ParsedInput parse_input(const Question& q, std::string_view raw) {
  const std::string_view s = trim(raw);
  ParsedInput result;
  if (s.empty()) {
    result.command = Command::keep;
    return result;
  }
  if (s.size() == 1) {
    switch (s.front()) {
      case '<': result.command = Command::back; return result;
      case '>': result.command = Command::skip; return result;
      case '?': result.command = Command::help; return result;
      case 'r':
      case 'R': result.command = Command::review; return result;
      case 'q':
      case 'Q': result.command = Command::quit; return result;
      default: break;
    }
  }
  Answer answer;
  if (const auto word = ascii_lower(s); word == "na" || word == "n/a") {
    answer.na = true;
  } else if (auto value = parse_value(q, s)) {
    answer.value = std::move(*value);
  } else {
    result.error = i18n::trf("Not accepted: \"{}\". Type {}, or ? for help.", s, accepted_input(q));
    return result;
  }
  if (auto problem = check_answer(q, answer); !problem.empty()) {
    result.error = i18n::trf("Not accepted: \"{}\": {}. Type {}, or ? for help.", s, problem, accepted_input(q));
    return result;
  }
  result.answer = std::move(answer);
  return result;
}

std::string display_answer(const Question& q, const Answer& answer) {
  if (answer.na) return i18n::tr("not applicable");
  const Value& v = answer.value;
  switch (q.type) {
    case QuestionType::likert: {
      const double n = std::get<double>(v);
      const auto i = static_cast<std::size_t>(n);
      if (i >= 1 && i <= q.labels.size()) return fmt::format("{} ({})", i, q.labels[i - 1]);
      return number_text(n);
    }
    case QuestionType::choice: {
      const auto* option = q.find_option(std::get<std::string>(v));
      return option != nullptr ? option->label : std::get<std::string>(v);
    }
    case QuestionType::multi_choice: {
      const auto& list = std::get<std::vector<std::string>>(v);
      if (list.empty()) return i18n::tr("none of these");
      std::string out;
      for (const auto& item : list) {
        if (!out.empty()) out += "; ";
        const auto* option = q.find_option(item);
        out += option != nullptr ? option->label : item;
      }
      return out;
    }
    case QuestionType::boolean: return std::get<bool>(v) ? i18n::tr("yes") : i18n::tr("no");
    case QuestionType::number: {
      auto out = number_text(std::get<double>(v));
      if (!q.unit.empty()) out += " " + q.unit;
      return out;
    }
    case QuestionType::text: return std::get<std::string>(v);
  }
  return to_display(v);
}

}  // namespace salesaudit
