// Typeform CSV: `#` (the response token) first; one column per question, except a
// multi-select, which is one column per choice headed by the choice's label; yes/no as
// 1/0; `Start Date (UTC)`, `Submit Date (UTC)`, `Network ID` (or a newer `Submitted At`
// and `Token`) at the end.

#include "forms/tool_reader.hpp"

namespace salesaudit::forms {

namespace {

class TypeformReader : public ToolReader {
 public:
  std::string_view name() const override { return "typeform"; }
  std::string_view title() const override { return "Typeform"; }
  bool detect(const std::vector<std::string>& header, bool) const override {
    return (!header.empty() && header[0] == "#") || (has_field(header, "Submitted At") && has_field(header, "Token"));
  }
  Meta metadata(const Heading& heading) const override {
    return lookup_meta(heading.text, {{"#", Meta::respondent_id},
                                      {"Response Type", Meta::ignore},
                                      {"Start Date (UTC)", Meta::ignore},
                                      {"Stage Date (UTC)", Meta::ignore},
                                      {"Submit Date (UTC)", Meta::completed_at},
                                      {"Submitted At", Meta::completed_at},
                                      {"Network ID", Meta::ignore},
                                      {"Tags", Meta::ignore},
                                      {"Ending", Meta::ignore},
                                      {"Score", Meta::ignore},
                                      {"Token", Meta::respondent_id}});
  }
};

}  // namespace

const ToolReader& typeform_reader() {
  static const TypeformReader reader;
  return reader;
}

}  // namespace salesaudit::forms
