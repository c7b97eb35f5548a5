#pragma once
// Language tags and the choice of the language a person reads (translations-v1,
// "Choosing the language"). Pure functions of their inputs: no locale is consulted.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit {

// Canonical BCP 47 form ("fr_CA.UTF-8" and "FR-ca" -> "fr-CA", "zh-hant-tw" -> "zh-Hant-TW"),
// or "" when `tag` is not a language tag (also "C" and "POSIX", which name no language).
// A POSIX locale name's codeset (".UTF-8") and modifier ("@euro") are dropped.
[[nodiscard]] std::string normalize_language_tag(std::string_view tag);

// The tag and its fallbacks, most specific first: "fr-CA" -> {"fr-CA", "fr"}.
[[nodiscard]] std::vector<std::string> language_fallbacks(std::string_view tag);

// The language the environment asks for: the first of LANGUAGE (its first entry),
// LC_ALL, LC_MESSAGES and LANG that is set and not empty, normalized; nullopt when
// none is set or the one set names no language ("C", "POSIX").
[[nodiscard]] std::optional<std::string> environment_language();

// Where the language came from, in the contract's order of precedence.
enum class LanguageSource { option, answers, environment, questionnaire };

struct LanguageChoice {
  std::string tag;  // normalized
  LanguageSource source = LanguageSource::questionnaire;
};

// --lang, else the answers' language, else (when `use_environment`) the environment,
// else the questionnaire's language. Machine formats pass use_environment = false, so
// their output never depends on the runner's locale.
[[nodiscard]] LanguageChoice choose_language(const std::optional<std::string>& option,
                                             const std::optional<std::string>& answers, bool use_environment,
                                             std::string_view questionnaire_language);

}  // namespace salesaudit
