#pragma once
// Form definitions for the form tools consultants use (forms contract v1, "Writing form
// definitions"): `salesaudit export QUESTIONNAIRE --to FORMAT`.

#include <salesaudit/questionnaire.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace salesaudit {

// The formats export writes, in the order --help lists them:
// google-forms, surveyjs, limesurvey, qualtrics, markdown.
[[nodiscard]] std::vector<std::string> form_export_formats();

// The whole definition as text (deterministic: the same questionnaire gives the same
// bytes). Its texts are the questionnaire's (translate it first with apply_translation),
// the fixed phrases ("Not applicable", "Answer only if ...") those of the language set
// with i18n::set_language. Throws UsageError for an unknown format.
[[nodiscard]] std::string export_form(const Questionnaire& questionnaire, std::string_view format);

}  // namespace salesaudit
