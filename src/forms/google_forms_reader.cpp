// Google Forms "Download responses (.csv)": one header row, every field quoted,
// `Timestamp` like `2026/11/20 9:12:00 AM GMT+1`, checkboxes joined by `;`.

#include "forms/tool_reader.hpp"

namespace salesaudit::forms {

const MetaNames& google_meta() {
  static const MetaNames names = {{"Timestamp", Meta::completed_at},
                                  {"Email Address", Meta::email},
                                  {"Email address", Meta::email},
                                  {"Username", Meta::email},
                                  {"Score", Meta::ignore}};
  return names;
}

namespace {

class GoogleFormsReader : public ToolReader {
 public:
  std::string_view name() const override { return "google-forms"; }
  std::string_view title() const override { return "Google Forms"; }
  bool detect(const std::vector<std::string>& header, bool first_quoted) const override {
    return first_quoted && !header.empty() && header[0] == "Timestamp";
  }
  Meta metadata(const Heading& heading) const override { return lookup_meta(heading.text, google_meta()); }
};

}  // namespace

const ToolReader& google_forms_reader() {
  static const GoogleFormsReader reader;
  return reader;
}

}  // namespace salesaudit::forms
