#pragma once
// Blank answers documents and CSV collection sheets for a questionnaire.

#include <salesaudit/questionnaire.hpp>

#include <string>

namespace salesaudit::authoring {

// An answers document pinning the questionnaire's id and version, with every question
// id mapped to null (unanswered) and empty respondent fields, ready to fill in.
[[nodiscard]] std::string blank_answers_json(const Questionnaire& questionnaire);

// The CSV header a batch import reads: respondent_id,respondent_name,team,role, then
// every question id in questionnaire order.
[[nodiscard]] std::string csv_header(const Questionnaire& questionnaire);

// One CSV row per column of csv_header(): column,type,required,asked_when,question,accepted.
[[nodiscard]] std::string csv_codebook(const Questionnaire& questionnaire);

// What a CSV cell may hold for `question`, e.g. "1 to 5: 1 = Never; ...; 5 = Always".
[[nodiscard]] std::string accepted_cells(const Question& question);

// One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @
// tab or CR is defused with a ' so spreadsheets do not run it as a formula.
[[nodiscard]] std::string csv_field(const std::string& value);

}  // namespace salesaudit::authoring
