#pragma once
// What each column of an export is, for one questionnaire: metadata, a question (matched
// by its text, after --map), or one option of a multi-select laid out one column per
// option (SurveyMonkey, Typeform, LimeSurvey `Question [Option]`).

#include "batch/csv_answers.hpp"
#include "forms/language_view.hpp"
#include "forms/tool_reader.hpp"

#include <salesaudit/questionnaire.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace salesaudit::forms {

struct PlannedColumn {
  enum class Kind { ignore, question, option, completed_at, respondent_id, email, name, team, role };
  Kind kind = Kind::ignore;
  std::size_t question = 0;           // question and option columns
  std::optional<std::size_t> option;  // option columns; nullopt = the N/A column
  int offset_minutes = 0;             // completed_at columns
  std::string how;                    // how the column was matched, for `salesaudit map`
  bool by_text = false;               // matched by a text or label (not an id): tells the language
};

struct ColumnPlan {
  std::vector<PlannedColumn> columns;
  std::vector<std::string> errors;  // unknown or doubled columns, each with its place
  std::size_t matched = 0;          // distinct questions the columns answer
  std::size_t by_text = 0;          // columns matched by a text in the view's language or the own
  LanguageView view;                // the texts and words the columns were matched in
};

// `where(i)` names column i's heading in messages. Headings and labels are matched in
// `view`'s language, then in the questionnaire's own texts. `hints`: a column matching
// no question names the closest question texts (the first 100 such columns); without,
// the plan is the same but its messages have no hints (for ranking candidates, where
// only the chosen plan's messages are shown).
[[nodiscard]] ColumnPlan plan_columns(const ToolReader& reader, const std::vector<Heading>& headings,
                                      const Questionnaire& questionnaire, const LanguageView& view,
                                      const batch::ColumnMap& map, const std::function<std::string(std::size_t)>& where,
                                      bool hints = true);

}  // namespace salesaudit::forms
