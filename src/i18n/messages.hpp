#pragma once
// The tool's own phrases, through GNU gettext catalogs (po/<lang>.po compiled to
// <catalog dir>/<lang>/LC_MESSAGES/salesaudit.mo). The language is chosen by the tool
// (translations-v1), never by the process locale, so it works where no locale was
// generated. Until set_language() is called every phrase is its English msgid.
//
// Only what people read goes through here: prompts, pages and human reports.
// Diagnostics on stderr and machine formats never do.

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace salesaudit::i18n {

// Binds the text domain to `catalog_dir` ("" = the one found beside the executable:
// <exe dir>/locale in a build tree, <exe dir>/../share/locale when installed, or
// SALESAUDIT_LOCALEDIR when set).
void init(std::string catalog_dir = "");
[[nodiscard]] const std::string& catalog_dir();

// Sets the language of the phrases ("" = English msgids). Falls back like the contract:
// "fr-CA" uses fr_CA/, then fr/, catalog by catalog and string by string.
void set_language(std::string_view tag);
[[nodiscard]] const std::string& language();
// Whether a catalog exists for `tag` or one of its fallbacks.
[[nodiscard]] bool has_catalog(std::string_view tag);

// Sets the language of the phrases for one scope, then puts back the previous one and
// the LANGUAGE variable, which set_language changes and environment_language reads: a
// reader can look up another language's words (an export's "Oui") at any time.
class ScopedLanguage {
 public:
  explicit ScopedLanguage(std::string_view tag);
  ~ScopedLanguage();
  ScopedLanguage(const ScopedLanguage&) = delete;
  ScopedLanguage& operator=(const ScopedLanguage&) = delete;

 private:
  std::string previous_;
  bool had_variable_ = false;
  std::string variable_;
};

// Marks a phrase for xgettext without translating it (for tables of phrases).
constexpr const char* N_(const char* msgid) {
  return msgid;
}
constexpr const char* NC_(const char* /*context*/, const char* msgid) {
  return msgid;
}

[[nodiscard]] const char* tr(const char* msgid);
[[nodiscard]] const char* trn(const char* singular, const char* plural, unsigned long n);
// A phrase with a context (msgctxt), for short words that mean several things.
[[nodiscard]] const char* trc(const char* context, const char* msgid);

// Formats a translated pattern; a catalog whose placeholders do not fit falls back to
// the English pattern rather than failing.
template <typename... Args>
std::string trf(const char* msgid, Args&&... args) {
  try {
    return fmt::format(fmt::runtime(tr(msgid)), args...);
  } catch (const fmt::format_error&) {
    return fmt::format(fmt::runtime(msgid), args...);
  }
}
template <typename... Args>
std::string trnf(const char* singular, const char* plural, unsigned long n, Args&&... args) {
  try {
    return fmt::format(fmt::runtime(trn(singular, plural, n)), args...);
  } catch (const fmt::format_error&) {
    return fmt::format(fmt::runtime(n == 1 ? singular : plural), args...);
  }
}

// A number already formatted with '.' ("46.87"), with the language's decimal separator.
[[nodiscard]] std::string decimal(std::string number);
// An ISO date ("2026-03-10") as the language writes it ("10 mars 2026"); other text
// is returned as it is.
[[nodiscard]] std::string date(std::string_view iso);

}  // namespace salesaudit::i18n
