#pragma once
// --lang and --translation, and what they do to a questionnaire (translations-v1).

#include "cli/context.hpp"

#include <salesaudit/questionnaire.hpp>
#include <salesaudit/translation.hpp>

#include <map>

#include <memory>
#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace salesaudit::cli {

struct LanguageCliOptions {
  std::optional<std::string> lang;
  std::string translation;  // --translation FILE
  bool quiet = false;       // the command's --quiet: no warning when nobody translated it
};

// Adds --lang TAG (and --translation FILE when `translation_file`) to `cmd`.
void add_language_options(CLI::App& cmd, LanguageCliOptions& options, bool translation_file = true);

struct Localized {
  std::shared_ptr<const Questionnaire> questionnaire;  // translated, or the one given
  std::string language;                                // what the reader reads, normalized
};

// Chooses the language (--lang, the answers' language, the environment when `human`,
// the questionnaire's) and returns the questionnaire in it, with one warning on
// context.err when nobody translated it (unless options.quiet). `human` output also gets the tool's phrases
// in that language; machine formats keep them in English.
Localized localize(const LanguageCliOptions& options, std::shared_ptr<const Questionnaire> questionnaire,
                   const std::optional<std::string>& answers_language, bool human, Context& context);

// A translation document and the questionnaire it translates: the one in `given`
// (id@version -> questionnaire), else the registry's exact version. A version that
// matches no questionnaire is a DataError at /questionnaire/version.
struct TranslationDocument {
  Translation translation;
  std::shared_ptr<const Questionnaire> questionnaire;
};
[[nodiscard]] TranslationDocument read_translation_document(
    const std::string& text, const std::string& name, Context& context,
    const std::map<std::string, std::shared_ptr<const Questionnaire>>& given = {});

}  // namespace salesaudit::cli
