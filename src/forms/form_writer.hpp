#pragma once
// The one model every form writer renders from. All the words a respondent reads come
// from here: the questionnaire's own texts and the fixed phrases in ExportTexts, so a
// translated form later changes only how the model is built, not the writers.

#include <salesaudit/questionnaire.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::forms {

// Fixed phrases, as fmt format strings where they take arguments: English until
// export_texts() fills them from the gettext catalogs of the current language.
struct ExportTexts {
  std::string yes = "Yes";
  std::string no = "No";
  std::string not_applicable = "Not applicable";
  std::string answer_only_if = "Answer only if {}.";    // the condition
  std::string cond_equals = "you answered {1} to {0}";  // question, value
  std::string cond_not_equals = "you answered {0} with something other than {1}";
  std::string cond_at_least = "your answer to {0} was at least {1}";
  std::string cond_at_most = "your answer to {0} was at most {1}";
  std::string quoted = "“{}”";
  std::string either = " or ";
  std::string both = " and ";
  std::string number_between = "Enter a number from {} to {}.";
  std::string number_at_least = "Enter a number of at least {}.";
  std::string number_at_most = "Enter a number of at most {}.";
  std::string number_any = "Enter a number.";
  std::string number_unit = "Unit: {}.";
  std::string number_na = "Write N/A if this does not apply to you.";
  std::string scale_points = "{} = {}";  // number, label
  std::string tick_all = "Tick all that apply.";
  std::string tick_one = "Tick one.";
  std::string required = "required";
  std::string required_note = "Questions marked (required) must be answered.";
  std::string respondent_line = "Name: ____________________  Team: ____________  Date: ____________";
  std::string write_here = "Your answer:";
  std::string comments_section = "Comments";
  std::string version_line = "Questionnaire {} version {}.";
};

[[nodiscard]] const ExportTexts& english_texts();
// The phrases in the language set with i18n::set_language (English when none is); a
// translated pattern whose placeholders do not fit keeps the English one.
[[nodiscard]] ExportTexts export_texts();

struct FormChoice {
  std::string value;  // option value; "true"/"false" for yes/no; "1".."n" for a scale
  std::string label;
};

struct FormItem {
  const Question* question = nullptr;
  std::size_t index = 0;            // in Questionnaire::questions
  std::string text;                 // one line: white space collapsed
  std::string help;                 // the question's help, as written
  std::vector<FormChoice> choices;  // options, Yes/No, or the scale points with their labels
  std::string na_label;             // "" unless the question allows "not applicable"
  std::string when;                 // "Answer only if ..." ("" when always asked)
  std::string number_hint;          // range, unit and N/A hint of a number question
  std::string section;              // the dimension's title ("Comments" for text questions)
  std::string section_id;
};

struct FormModel {
  const Questionnaire* questionnaire = nullptr;
  std::string language;  // BCP 47 tag of the questionnaire's texts ("en", "fr-CA")
  const ExportTexts* texts = nullptr;
  std::string title;
  std::string description;
  std::vector<FormItem> items;  // questionnaire order
};

[[nodiscard]] FormModel build_form_model(const Questionnaire& questionnaire,
                                         const ExportTexts& texts = english_texts());

// The condition with, for every question it reads, that question's own enable_when
// ANDed in: tools keep the answer of a question that was hidden after being answered,
// while the contract treats a disabled question as unanswered.
[[nodiscard]] Condition effective_condition(const Questionnaire& questionnaire, const Condition& condition);

// The primary subtag of the model's language ("fr" for "fr-CA"): what the tools that
// name a language (SurveyJS's locale, LimeSurvey's survey language) know.
[[nodiscard]] std::string primary_language(const FormModel& model);

// Joins the non-empty parts with one space.
[[nodiscard]] std::string join_sentences(const std::vector<std::string_view>& parts);

// A number as a person writes it: 3, 2.5, -1.
[[nodiscard]] std::string format_number(double value);

// One writer per tool, behind the same signature.
using WriteForm = std::string (*)(const FormModel& model);
struct FormWriter {
  std::string_view name;
  WriteForm write;
};
[[nodiscard]] const std::vector<FormWriter>& form_writers();

[[nodiscard]] std::string write_google_forms(const FormModel& model);
[[nodiscard]] std::string write_surveyjs(const FormModel& model);
[[nodiscard]] std::string write_limesurvey(const FormModel& model);
[[nodiscard]] std::string write_qualtrics(const FormModel& model);
[[nodiscard]] std::string write_markdown(const FormModel& model);

}  // namespace salesaudit::forms
