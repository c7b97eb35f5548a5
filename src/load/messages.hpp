#pragma once
// Texts of the answers loader's warnings and pin checks, shared with the batch fast path
// (src/batch/answers_parser.cpp) so both word every warning the same way. No JSON types
// here: the fast path does not see nlohmann::json.

#include <salesaudit/answers.hpp>
#include <salesaudit/questionnaire.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::detail {

// Escapes one reference token of a JSON pointer (RFC 6901).
[[nodiscard]] std::string pointer_token(std::string_view key);
void append_pointer_token(std::string& out, std::string_view key);

// "name: /pointer: message", or "name: message" for an empty pointer.
[[nodiscard]] std::string locate(std::string_view name, std::string_view pointer, std::string_view message);

// How many "did you mean" hints one document has had: as Diagnostics::hint, only the first
// kMaxHints get one (each costs an edit distance per candidate).
struct HintBudget {
  static constexpr std::size_t kMaxHints = 100;
  std::size_t used = 0;
  [[nodiscard]] bool take() { return used < kMaxHints && ++used > 0; }
};

// `unknown key "k"`, with a "did you mean" hint from `allowed` when one is close and
// `hints` has one left.
[[nodiscard]] std::string unknown_key_message(std::string_view key, const std::vector<std::string_view>& allowed,
                                              HintBudget& hints);

// `unknown question "x" in id@version`, with a hint when a question id is close (and
// `hints` has one left).
[[nodiscard]] std::string unknown_question_message(std::string_view id, const Questionnaire& questionnaire,
                                                   HintBudget& hints);

// The same two messages with the hint already found (closest() over the same candidates,
// cached by the caller): `hint` is only read when `hints` has one left, as above.
[[nodiscard]] std::string unknown_key_message(std::string_view key, const std::optional<std::string>& hint,
                                              HintBudget& hints);
// That message appended to `out` (the batch fast path builds a warning line in one string).
void append_unknown_key_message(std::string& out, std::string_view key, const std::optional<std::string>& hint,
                                HintBudget& hints);
[[nodiscard]] std::string unknown_question_message(std::string_view id, const Questionnaire& questionnaire,
                                                   const std::optional<std::string>& hint, HintBudget& hints);

// What the loader says about an answers pin scored against `questionnaire`.
struct PinProblem {
  bool error = false;  // else a warning
  std::string pointer;
  std::string message;
};
[[nodiscard]] std::optional<PinProblem> check_pin(const QuestionnairePin& pin, const Questionnaire& questionnaire);

}  // namespace salesaudit::detail
