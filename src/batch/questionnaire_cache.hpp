#pragma once
// Questionnaires for a batch, loaded once per pin (or once for --questionnaire) and
// shared by every worker thread. Failures to load are cached too, so a thousand records
// pinning a broken questionnaire cost one load; a pin that matches no questionnaire
// costs a scan of the registry's list per record, so each error names its record.

#include "forms/language_view.hpp"

#include <salesaudit/answers.hpp>
#include <salesaudit/questionnaire.hpp>
#include <salesaudit/registry.hpp>

#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace salesaudit::batch {

class QuestionnaireCache {
 public:
  // `fixed`: a questionnaire reference used for every record; empty = each record's pin.
  QuestionnaireCache(const Registry& registry, std::string fixed) : registry_(registry), fixed_(std::move(fixed)) {}

  [[nodiscard]] bool has_fixed() const { return !fixed_.empty(); }
  [[nodiscard]] const std::string& fixed() const { return fixed_; }
  [[nodiscard]] const Registry& registry() const { return registry_; }
  // The questionnaire for record `name`: the fixed one, else the pin's (Registry::for_pin).
  // Throws what the registry threw; a pin that matches nothing is reported in `name`.
  [[nodiscard]] std::shared_ptr<const Questionnaire> get(const QuestionnairePin& pin, const std::string& name);
  // The fixed questionnaire, else `fallback_ref` (for inputs with no pin, such as CSV).
  [[nodiscard]] std::shared_ptr<const Questionnaire> fixed_or(const std::string& fallback_ref);
  // What a form export or SurveyJS result (no pin) may be matched against: the fixed
  // reference's versions, else every questionnaire (forms::candidate_questionnaires),
  // loaded once for the batch rather than once per input file.
  [[nodiscard]] std::vector<std::shared_ptr<const Questionnaire>> candidates();
  // forms::language_views of a candidate, its translations loaded once for the batch
  // rather than once per export file.
  [[nodiscard]] std::vector<forms::LanguageView> language_views(
      const std::shared_ptr<const Questionnaire>& questionnaire, const std::string& preferred);

 private:
  struct Entry {
    std::shared_ptr<const Questionnaire> questionnaire;
    std::exception_ptr error;
  };
  // Loads `to_load` (when given) or resolves `ref`, once per key.
  std::shared_ptr<const Questionnaire> lookup(const std::string& key, const RegistryEntry* to_load,
                                              const std::string& ref);

  const Registry& registry_;
  std::string fixed_;
  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
  std::optional<std::vector<std::shared_ptr<const Questionnaire>>> candidates_;
  // By address and --lang; each entry holds its questionnaire, so the address stays its own.
  std::map<std::pair<const Questionnaire*, std::string>,
           std::pair<std::shared_ptr<const Questionnaire>, std::vector<forms::LanguageView>>>
      views_;
  std::exception_ptr candidates_error_;
};

}  // namespace salesaudit::batch
