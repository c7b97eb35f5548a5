#pragma once
// A starting questionnaire for `salesaudit new-questionnaire`.

#include <string>

namespace salesaudit::authoring {

// Questionnaires live at <folder>/<id>/<version>.json, and the schemas folder sits beside
// the questionnaires folder both in the source tree and once installed
// (share/salesaudit/{questionnaires,schemas}), so this relative path works in both.
inline constexpr const char* kQuestionnaireSchemaRef = "../../schemas/questionnaire.schema.json";

// A valid, lint-clean questionnaire with two dimensions and one question of each type,
// to edit. `id` must match the id pattern (UsageError otherwise); `title` may be empty.
[[nodiscard]] std::string scaffold_questionnaire(const std::string& id, const std::string& title,
                                                 const std::string& schema_ref = kQuestionnaireSchemaRef);

}  // namespace salesaudit::authoring
