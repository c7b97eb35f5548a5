#pragma once
// A cell of an export as an answer to its question: an option's label or value, a likert
// number or scale label, yes/no words, N/A where allowed; a joined multi-select split by
// the known labels, longest first, so a label containing the separator reads right.

#include <salesaudit/questionnaire.hpp>
#include <salesaudit/value.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::forms {

// Words a tool writes for yes, no and "not applicable" beyond the English ones (which
// are always read): those of the language a form was exported in ("Oui", "Sans objet").
struct AnswerWords {
  std::vector<std::string> yes;
  std::vector<std::string> no;
  std::vector<std::string> na;
};

struct CellAnswer {
  std::optional<Answer> answer;  // nullopt with no error: unanswered
  std::string error;             // why the cell is no answer, with the accepted labels
};

[[nodiscard]] CellAnswer match_cell(const Question& question, std::string_view cell, const AnswerWords& words = {});

// `N/A`, `Not applicable`, `na` (any case), or one of `words.na`.
[[nodiscard]] bool is_na(std::string_view cell, const AnswerWords& words = {});
// Whether a one-column-per-option cell means ticked: not empty and not No/0/false/N
// (nor one of `words.no`).
[[nodiscard]] bool is_ticked(std::string_view cell, const AnswerWords& words = {});
// The option (index) a label or value names, ignoring case and surrounding space.
[[nodiscard]] std::optional<std::size_t> find_option(const Question& question, std::string_view text);

// What the question accepts, for messages: `"Never", "Rarely" ... or 1 to 5, or N/A`.
[[nodiscard]] std::string accepted(const Question& question);

[[nodiscard]] std::string_view trim(std::string_view s);
[[nodiscard]] bool iequals(std::string_view a, std::string_view b);

}  // namespace salesaudit::forms
