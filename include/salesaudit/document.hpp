#pragma once
// Telling documents apart by their `format` field.

#include <string>
#include <string_view>

namespace salesaudit {

enum class DocumentKind { questionnaire, answers, report, translation, unknown };

// Parses `text` (DataError on a syntax error) and reads its top-level `format`.
[[nodiscard]] DocumentKind detect_document(std::string_view text, const std::string& display_name);

}  // namespace salesaudit
