// Google Sheets (the form's linked sheet, File > Download > CSV): one header row,
// minimal quoting, `Timestamp` like `11/20/2026 9:12:00` in the sheet's zone (no offset:
// taken as UTC, docs/forms.md), checkboxes joined by `, `. Metadata as Google Forms'.

#include "forms/tool_reader.hpp"

namespace salesaudit::forms {

const MetaNames& google_meta();

namespace {

// The linked sheet's download: minimal quoting, `11/20/2026 9:12:00` in the sheet's
// zone (no offset: taken as UTC, docs/forms.md), checkboxes joined by `, `.
class GoogleSheetsReader : public ToolReader {
 public:
  std::string_view name() const override { return "google-sheets"; }
  std::string_view title() const override { return "Google Sheets"; }
  bool detect(const std::vector<std::string>& header, bool) const override {
    return !header.empty() && header[0] == "Timestamp";
  }
  Meta metadata(const Heading& heading) const override { return lookup_meta(heading.text, google_meta()); }
};

}  // namespace

const ToolReader& google_sheets_reader() {
  static const GoogleSheetsReader reader;
  return reader;
}

}  // namespace salesaudit::forms
