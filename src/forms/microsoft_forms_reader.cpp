// Microsoft Forms ("Open results in Excel", .xlsx): `ID, Start time, Completion time,
// Email, Name`, times as Excel date serials, checkboxes as `A;B;`.

#include "forms/tool_reader.hpp"

namespace salesaudit::forms {

namespace {

class MicrosoftFormsReader : public ToolReader {
 public:
  std::string_view name() const override { return "microsoft-forms"; }
  std::string_view title() const override { return "Microsoft Forms"; }
  bool detect(const std::vector<std::string>& header, bool) const override {
    return has_field(header, "Start time") && has_field(header, "Completion time") &&
           (has_field(header, "ID") || has_field(header, "Id"));
  }
  Meta metadata(const Heading& heading) const override {
    // Quizzes add a points and a feedback column after each question.
    if (heading.text.rfind("Points - ", 0) == 0 || heading.text.rfind("Feedback - ", 0) == 0) return Meta::ignore;
    return lookup_meta(heading.text, {{"ID", Meta::respondent_id},
                                      {"Start time", Meta::ignore},
                                      {"Completion time", Meta::completed_at},
                                      {"Email", Meta::email},
                                      {"Name", Meta::name},
                                      {"Last modified time", Meta::ignore},
                                      {"Language", Meta::ignore},
                                      {"Total points", Meta::ignore},
                                      {"Quiz feedback", Meta::ignore}});
  }
};

}  // namespace

const ToolReader& microsoft_forms_reader() {
  static const MicrosoftFormsReader reader;
  return reader;
}

}  // namespace salesaudit::forms
