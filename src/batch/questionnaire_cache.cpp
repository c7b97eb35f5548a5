#include "batch/questionnaire_cache.hpp"

namespace salesaudit::batch {

std::shared_ptr<const Questionnaire> QuestionnaireCache::lookup(const std::string& key, bool by_pin,
                                                                const QuestionnairePin& pin, const std::string& ref) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end()) {
    Entry entry;
    try {
      entry.questionnaire = by_pin ? registry_.for_pin(pin) : registry_.resolve(ref);
    } catch (...) {
      entry.error = std::current_exception();
    }
    it = entries_.emplace(key, std::move(entry)).first;
  }
  if (it->second.error) std::rethrow_exception(it->second.error);
  return it->second.questionnaire;
}

std::shared_ptr<const Questionnaire> QuestionnaireCache::get(const QuestionnairePin& pin) {
  if (has_fixed()) return lookup("ref:" + fixed_, false, pin, fixed_);
  return lookup("pin:" + pin.id + "@" + pin.version, true, pin, {});
}

std::shared_ptr<const Questionnaire> QuestionnaireCache::fixed_or(const std::string& fallback_ref) {
  const std::string& ref = has_fixed() ? fixed_ : fallback_ref;
  return lookup("ref:" + ref, false, {}, ref);
}

}  // namespace salesaudit::batch
