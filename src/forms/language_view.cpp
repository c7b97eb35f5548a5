#include "forms/language_view.hpp"

#include "forms/form_writer.hpp"
#include "i18n/messages.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/language.hpp>
#include <salesaudit/translation.hpp>

#include <algorithm>
#include <map>
#include <mutex>

namespace salesaudit::forms {

namespace {

std::string primary(std::string_view tag) {
  return std::string(tag.substr(0, tag.find('-')));
}

void append(AnswerWords& to, const AnswerWords& from) {
  to.yes.insert(to.yes.end(), from.yes.begin(), from.yes.end());
  to.no.insert(to.no.end(), from.no.begin(), from.no.end());
  to.na.insert(to.na.end(), from.na.begin(), from.na.end());
}

// 0: the preferred tag itself, 1: one of its fallbacks, 2: the same primary language.
int closeness(std::string_view language, std::string_view preferred) {
  if (preferred.empty()) return 3;
  const auto fallbacks = language_fallbacks(preferred);
  for (std::size_t i = 0; i < fallbacks.size(); ++i) {
    if (fallbacks[i] == language) return i == 0 ? 0 : 1;
  }
  return primary(language) == primary(preferred) ? 2 : 3;
}

}  // namespace

AnswerWords answer_words(std::string_view language) {
  const std::string tag = normalize_language_tag(language);
  if (tag.empty() || primary(tag) == "en" || !i18n::has_catalog(tag)) return {};
  // Catalogs do not change while the tool runs: each language is looked up once.
  static std::mutex mutex;
  static std::map<std::string, AnswerWords> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  if (auto it = cache.find(tag); it != cache.end()) return it->second;
  const i18n::ScopedLanguage scope(tag);
  const ExportTexts texts = export_texts();  // the very words the writers put in the form
  AnswerWords words{{texts.yes}, {texts.no}, {texts.not_applicable}};
  cache.emplace(tag, words);
  return words;
}

std::vector<LanguageView> language_views(const std::shared_ptr<const Questionnaire>& questionnaire,
                                         const Registry& registry, std::string_view preferred) {
  const std::string wanted = normalize_language_tag(preferred);
  LanguageView own{"", questionnaire, answer_words(questionnaire->language), {}};
  // A form exported with --lang for a questionnaire nobody translated has its own texts
  // but that language's phrases.
  if (!wanted.empty() && primary(wanted) != primary(questionnaire->language)) append(own.words, answer_words(wanted));
  std::vector<LanguageView> views;
  for (const auto& entry : registry.translations_of(*questionnaire)) {
    try {
      const Translation t = registry.load_translation_entry(entry, *questionnaire);
      views.push_back({t.language,
                       std::make_shared<const Questionnaire>(apply_translation(*questionnaire, t)),
                       answer_words(t.language),
                       {}});
      // The own texts also read every translation's yes / no / N/A: when the headings do
      // not tell the language (question ids), a LimeSurvey "Non" must not count as ticked.
      if (primary(t.language) != primary(questionnaire->language)) append(own.words, views.back().words);
    } catch (const DataError&) {
      continue;
    }
  }
  // Sorted by tag already; the preferred language moves to the front, before the own texts.
  std::stable_sort(views.begin(), views.end(), [&](const LanguageView& a, const LanguageView& b) {
    return closeness(a.language, wanted) < closeness(b.language, wanted);
  });
  const auto first_other = std::find_if(views.begin(), views.end(),
                                        [&](const LanguageView& v) { return closeness(v.language, wanted) == 3; });
  views.insert(first_other, std::move(own));
  for (auto& view : views) view.index = std::make_shared<const QuestionIndex>(questionnaire, view.texts);
  return views;
}

}  // namespace salesaudit::forms
