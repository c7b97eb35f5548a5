// Microsoft Forms ("Open results in Excel", .xlsx): `ID, Start time, Completion time,
// Email, Name`, times as Excel date serials, checkboxes as `A;B;`. The metadata headings
// are in the exporter's interface language: Japanese as a public parser's fixture shows
// them, and French, Spanish and German as far as known (docs/forms.md); the times are
// serials in every language, so nothing else depends on it.

#include "forms/tool_reader.hpp"

namespace salesaudit::forms {

namespace {

const MetaNames& start_names() {
  static const MetaNames names = {{"Start time", Meta::ignore},
                                  {"開始時刻", Meta::ignore},
                                  {"Heure de début", Meta::ignore},
                                  {"Hora de inicio", Meta::ignore},
                                  {"Startzeit", Meta::ignore}};
  return names;
}

const MetaNames& completion_names() {
  static const MetaNames names = {{"Completion time", Meta::completed_at},
                                  {"完了時刻", Meta::completed_at},
                                  {"Heure de fin", Meta::completed_at},
                                  {"Hora de finalización", Meta::completed_at},
                                  {"Fertigstellungszeit", Meta::completed_at}};
  return names;
}

bool has_any(const std::vector<std::string>& header, const MetaNames& names) {
  for (const auto& [name, meta] : names) {
    if (has_field(header, name)) return true;
  }
  return false;
}

class MicrosoftFormsReader : public ToolReader {
 public:
  std::string_view name() const override { return "microsoft-forms"; }
  std::string_view title() const override { return "Microsoft Forms"; }
  bool detect(const std::vector<std::string>& header, bool) const override {
    return has_any(header, start_names()) && has_any(header, completion_names()) &&
           (has_field(header, "ID") || has_field(header, "Id"));
  }
  Meta metadata(const Heading& heading) const override {
    // Quizzes add a points and a feedback column after each question.
    if (heading.text.rfind("Points - ", 0) == 0 || heading.text.rfind("Feedback - ", 0) == 0) return Meta::ignore;
    if (const Meta m = lookup_meta(heading.text, start_names()); m != Meta::none) return m;
    if (const Meta m = lookup_meta(heading.text, completion_names()); m != Meta::none) return m;
    return lookup_meta(heading.text, {{"ID", Meta::respondent_id},
                                      {"Email", Meta::email},
                                      {"メール", Meta::email},
                                      {"Adresse de messagerie", Meta::email},
                                      {"Correo electrónico", Meta::email},
                                      {"E-Mail", Meta::email},
                                      {"Name", Meta::name},
                                      {"名前", Meta::name},
                                      {"Nom", Meta::name},
                                      {"Nombre", Meta::name},
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
