#include "load/messages.hpp"

#include "load/diagnostics.hpp"

#include <fmt/format.h>

#include <cstdlib>

namespace salesaudit::detail {

namespace {
int major_of(const std::string& version) {
  return std::atoi(version.c_str());
}

// `unknown key "k"`, without a hint.
void append_unknown_key(std::string& out, std::string_view key) {
  out += "unknown key \"";
  out.append(key);
  out += '"';
}

// The wording of every "did you mean" hint.
void append_hint(std::string& out, std::string_view hint) {
  out += " (did you mean \"";
  out.append(hint);
  out += "\"?)";
}
}  // namespace

void append_pointer_token(std::string& out, std::string_view key) {
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
}

std::string pointer_token(std::string_view key) {
  std::string out;
  append_pointer_token(out, key);
  return out;
}

std::string locate(std::string_view name, std::string_view pointer, std::string_view message) {
  if (pointer.empty()) return fmt::format("{}: {}", name, message);
  return fmt::format("{}: {}: {}", name, pointer, message);
}

std::string unknown_key_message(std::string_view key, const std::vector<std::string_view>& allowed, HintBudget& hints) {
  std::string message;
  append_unknown_key(message, key);
  if (!hints.take()) return message;
  const std::vector<std::string> names(allowed.begin(), allowed.end());
  if (auto hint = closest(key, names)) append_hint(message, *hint);
  return message;
}

std::string unknown_question_message(std::string_view id, const Questionnaire& q, HintBudget& hints) {
  std::string message = fmt::format("unknown question \"{}\" in {}@{}", id, q.id, q.version);
  if (!hints.take()) return message;
  std::vector<std::string> ids;
  ids.reserve(q.questions.size());
  for (const auto& question : q.questions) ids.push_back(question.id);
  if (auto hint = closest(id, ids)) append_hint(message, *hint);
  return message;
}

void append_unknown_key_message(std::string& out, std::string_view key, const std::optional<std::string>& hint,
                                HintBudget& hints) {
  append_unknown_key(out, key);
  if (hints.take() && hint) append_hint(out, *hint);  // the budget is taken either way
}

std::string unknown_key_message(std::string_view key, const std::optional<std::string>& hint, HintBudget& hints) {
  std::string message;
  append_unknown_key_message(message, key, hint, hints);
  return message;
}

std::string unknown_question_message(std::string_view id, const Questionnaire& q,
                                     const std::optional<std::string>& hint, HintBudget& hints) {
  std::string message = fmt::format("unknown question \"{}\" in {}@{}", id, q.id, q.version);
  if (hints.take() && hint) append_hint(message, *hint);
  return message;
}

std::optional<PinProblem> check_pin(const QuestionnairePin& pin, const Questionnaire& q) {
  if (pin.id.empty() || pin.version.empty()) return std::nullopt;
  if (pin.id != q.id) {
    return PinProblem{true, "/questionnaire/id",
                      fmt::format("answers are for questionnaire \"{}\", not \"{}\"", pin.id, q.id)};
  }
  if (major_of(pin.version) != major_of(q.version)) {
    return PinProblem{true, "/questionnaire/version",
                      fmt::format("answers are for {}@{}, a different major version than {}; convert them first "
                                  "with `salesaudit migrate FILE --to {}@{}`",
                                  pin.id, pin.version, q.version, q.id, q.version)};
  }
  if (pin.version != q.version) {
    return PinProblem{false, "/questionnaire/version",
                      fmt::format("answers pin {}@{}, which is not available; scored against {}@{}", pin.id,
                                  pin.version, q.id, q.version)};
  }
  if (pin.sha256 && !q.sha256().empty() && *pin.sha256 != q.sha256()) {
    return PinProblem{false, "/questionnaire/sha256",
                      fmt::format("answers pin {}@{} with sha256 {:.12}..., but it now has sha256 {:.12}...: its "
                                  "content has changed since the answers were recorded",
                                  pin.id, pin.version, *pin.sha256, q.sha256())};
  }
  return std::nullopt;
}

}  // namespace salesaudit::detail
