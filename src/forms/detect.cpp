// Which tool wrote an export, from its header row (forms-v1; FORMATS.md section 9). The
// order matters: the most specific signatures first, Google's bare `Timestamp` last.

#include "forms/tool_reader.hpp"
#include "forms/value_match.hpp"

namespace salesaudit::forms {

std::vector<Heading> ToolReader::headings(const std::vector<Row>& rows) const {
  std::vector<Heading> out;
  if (rows.empty()) return out;
  for (const auto& field : rows[0].fields) {
    Heading h;
    h.key = std::string(trim(field));
    h.text = h.key;
    out.push_back(std::move(h));
  }
  return out;
}

Meta lookup_meta(std::string_view heading, MetaNames names) {
  const auto h = trim(heading);
  for (const auto& [name, meta] : names) {
    if (iequals(h, name)) return meta;
  }
  return Meta::none;
}

bool has_field(const std::vector<std::string>& header, std::string_view name) {
  for (const auto& field : header) {
    if (iequals(field, name)) return true;
  }
  return false;
}

const std::vector<const ToolReader*>& tool_readers() {
  static const std::vector<const ToolReader*> readers = {
      &qualtrics_reader(),       &surveymonkey_reader(), &typeform_reader(),     &limesurvey_reader(),
      &microsoft_forms_reader(), &google_forms_reader(), &google_sheets_reader()};
  return readers;
}

const ToolReader* find_reader(std::string_view name) {
  for (const auto* reader : tool_readers()) {
    if (reader->name() == name) return reader;
  }
  return nullptr;
}

const ToolReader* detect_reader(const std::vector<std::string>& header, bool first_quoted) {
  for (const auto* reader : tool_readers()) {
    if (reader->detect(header, first_quoted)) return reader;
  }
  return nullptr;
}

}  // namespace salesaudit::forms
