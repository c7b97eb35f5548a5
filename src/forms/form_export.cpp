// The list of form writers and the public entry point.

#include "forms/form_writer.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/forms_export.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace salesaudit {

namespace forms {

const std::vector<FormWriter>& form_writers() {
  static const std::vector<FormWriter> all = {
      {"google-forms", write_google_forms}, {"surveyjs", write_surveyjs}, {"limesurvey", write_limesurvey},
      {"qualtrics", write_qualtrics},       {"markdown", write_markdown},
  };
  return all;
}

}  // namespace forms

std::vector<std::string> form_export_formats() {
  std::vector<std::string> names;
  for (const auto& writer : forms::form_writers()) names.emplace_back(writer.name);
  return names;
}

std::string export_form(const Questionnaire& questionnaire, std::string_view format) {
  for (const auto& writer : forms::form_writers()) {
    if (writer.name == format) {
      const forms::ExportTexts texts = forms::export_texts();
      return writer.write(forms::build_form_model(questionnaire, texts));
    }
  }
  throw UsageError(
      fmt::format("unknown form format \"{}\"; expected one of {}", format, fmt::join(form_export_formats(), ", ")));
}

}  // namespace salesaudit
