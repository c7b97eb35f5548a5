#include "load/json_document.hpp"

#include <salesaudit/document.hpp>

namespace salesaudit {

DocumentKind detect_document(std::string_view text, const std::string& display_name) {
  const nlohmann::json doc = detail::parse_json(text, display_name);
  if (!doc.is_object() || !doc.contains("format") || !doc["format"].is_string()) return DocumentKind::unknown;
  const auto& format = doc["format"].get_ref<const std::string&>();
  if (format.rfind("salesaudit.questionnaire/", 0) == 0) return DocumentKind::questionnaire;
  if (format.rfind("salesaudit.answers/", 0) == 0) return DocumentKind::answers;
  if (format.rfind("salesaudit.report/", 0) == 0) return DocumentKind::report;
  if (format.rfind("salesaudit.translation/", 0) == 0) return DocumentKind::translation;
  return DocumentKind::unknown;
}

}  // namespace salesaudit
