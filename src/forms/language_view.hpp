#pragma once
// The languages an export may be written in: a form exported with --lang carries the
// translated question texts, option and scale labels, and the translated "Yes", "No"
// and "Not applicable" (docs/forms.md, "Forms in other languages"). Matching tries each.

#include "forms/header_match.hpp"
#include "forms/value_match.hpp"

#include <salesaudit/questionnaire.hpp>
#include <salesaudit/registry.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::forms {

struct LanguageView {
  std::string language;                        // "" = the questionnaire's own texts
  std::shared_ptr<const Questionnaire> texts;  // same ids and order, the language's texts
  // The language's yes / no / N/A from its catalog; the own texts' view has those of
  // every language found, since headings that are ids do not tell the language.
  AnswerWords words;
  // Headings' index of these texts, built once with the views (plan_columns uses it for
  // every export matched against them).
  std::shared_ptr<const QuestionIndex> index;
};

// The questionnaire's own texts and one view per translation of it the registry finds
// (built in, in the folders, beside its file), in the order a tie between them is
// decided: the `preferred` language's first (--lang; "" = none), then the own texts,
// then the others by tag. A translation that does not load is left out: it is reported
// where it is used as a translation.
[[nodiscard]] std::vector<LanguageView> language_views(const std::shared_ptr<const Questionnaire>& questionnaire,
                                                       const Registry& registry, std::string_view preferred);

// The yes / no / N/A words the form writers use in `language` (none for English, or
// when no catalog has that language).
[[nodiscard]] AnswerWords answer_words(std::string_view language);

}  // namespace salesaudit::forms
