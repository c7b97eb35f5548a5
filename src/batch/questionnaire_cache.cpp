#include "batch/questionnaire_cache.hpp"

#include "forms/read_export.hpp"

namespace salesaudit::batch {

std::shared_ptr<const Questionnaire> QuestionnaireCache::lookup(const std::string& key, const RegistryEntry* to_load,
                                                                const std::string& ref) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end()) {
    Entry entry;
    try {
      entry.questionnaire = to_load != nullptr ? registry_.load(*to_load) : registry_.resolve(ref);
    } catch (...) {
      entry.error = std::current_exception();
    }
    it = entries_.emplace(key, std::move(entry)).first;
  }
  if (it->second.error) std::rethrow_exception(it->second.error);
  return it->second.questionnaire;
}

std::shared_ptr<const Questionnaire> QuestionnaireCache::get(const QuestionnairePin& pin, const std::string& name) {
  if (has_fixed()) return lookup("ref:" + fixed_, nullptr, fixed_);
  const RegistryEntry& entry = registry_.entry_for_pin(pin, name);
  return lookup("entry:" + entry.id + "@" + entry.version, &entry, {});
}

std::shared_ptr<const Questionnaire> QuestionnaireCache::fixed_or(const std::string& fallback_ref) {
  const std::string& ref = has_fixed() ? fixed_ : fallback_ref;
  return lookup("ref:" + ref, nullptr, ref);
}

std::vector<std::shared_ptr<const Questionnaire>> QuestionnaireCache::candidates() {
  std::lock_guard lock(mutex_);
  if (!candidates_ && !candidates_error_) {
    try {
      candidates_ = forms::candidate_questionnaires(fixed_, registry_);
    } catch (...) {
      candidates_error_ = std::current_exception();
    }
  }
  if (candidates_error_) std::rethrow_exception(candidates_error_);
  return *candidates_;
}

std::vector<forms::LanguageView> QuestionnaireCache::language_views(
    const std::shared_ptr<const Questionnaire>& questionnaire, const std::string& preferred) {
  std::lock_guard lock(mutex_);
  auto key = std::make_pair(questionnaire.get(), preferred);
  auto it = views_.find(key);
  if (it == views_.end()) {
    auto views = forms::language_views(questionnaire, registry_, preferred);
    it = views_.emplace(std::move(key), std::make_pair(questionnaire, std::move(views))).first;
  }
  return it->second.second;
}

}  // namespace salesaudit::batch
