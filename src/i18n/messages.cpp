// gettext with a language the tool chooses (see messages.hpp).

#include "i18n/messages.hpp"

#include <salesaudit/language.hpp>

#include <array>
#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <mutex>

#include <libintl.h>

namespace salesaudit::i18n {

namespace {

constexpr const char* kDomain = "salesaudit";

struct State {
  std::string dir;
  std::string language;
  bool active = false;  // a language other than English is set: ask the catalogs
};

State& state() {
  static State s;
  return s;
}

std::string find_catalog_dir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("SALESAUDIT_LOCALEDIR"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "/usr/share/locale";
  const fs::path dir = exe.parent_path();
  if (fs::is_directory(dir / "locale", ec)) return (dir / "locale").string();  // the build tree
  return (dir.parent_path() / "share" / "locale").string();
}

// gettext's names for a tag and its fallbacks: "fr-CA" -> "fr_CA:fr".
std::string gettext_languages(std::string_view tag) {
  std::string list;
  for (std::string name : language_fallbacks(tag)) {
    for (char& c : name) c = c == '-' ? '_' : c;
    list += (list.empty() ? "" : ":") + name;
  }
  return list;
}

}  // namespace

void init(std::string dir) {
  State& s = state();
  s.dir = dir.empty() ? find_catalog_dir() : std::move(dir);
  bindtextdomain(kDomain, s.dir.c_str());
  bind_textdomain_codeset(kDomain, "UTF-8");  // catalogs are UTF-8 whatever LC_CTYPE says
}

const std::string& catalog_dir() {
  return state().dir;
}

void set_language(std::string_view tag) {
  State& s = state();
  if (s.dir.empty()) init();
  s.language = normalize_language_tag(tag);
  s.active = !s.language.empty() && s.language != "en";
  if (!s.active) return;
  // glibc ignores LANGUAGE under the "C" locale but honours it under "C.UTF-8", which
  // is built in (glibc >= 2.35): the catalogs then work on a system where the
  // respondent's locale was never generated. Only LC_MESSAGES changes: numbers,
  // character classes and collation stay "C" for the machine formats.
  if (std::setlocale(LC_MESSAGES, "C.UTF-8") == nullptr) (void)std::setlocale(LC_MESSAGES, "C.utf8");
  ::setenv("LANGUAGE", gettext_languages(s.language).c_str(), 1);
  (void)textdomain(kDomain);  // also tells gettext to drop what it cached for the old language
}

const std::string& language() {
  return state().language;
}

ScopedLanguage::ScopedLanguage(std::string_view tag) : previous_(state().language) {
  if (const char* value = std::getenv("LANGUAGE"); value != nullptr) {
    had_variable_ = true;
    variable_ = value;
  }
  set_language(tag);
}

ScopedLanguage::~ScopedLanguage() {
  set_language(previous_);
  if (had_variable_) {
    ::setenv("LANGUAGE", variable_.c_str(), 1);
  } else {
    ::unsetenv("LANGUAGE");
  }
  (void)textdomain(kDomain);  // drops what gettext cached for the scope's language
}

bool has_catalog(std::string_view tag) {
  namespace fs = std::filesystem;
  if (state().dir.empty()) init();
  std::error_code ec;
  for (std::string name : language_fallbacks(tag)) {
    for (char& c : name) c = c == '-' ? '_' : c;
    if (fs::exists(fs::path(state().dir) / name / "LC_MESSAGES" / "salesaudit.mo", ec)) return true;
  }
  return false;
}

const char* tr(const char* msgid) {
  return state().active ? dgettext(kDomain, msgid) : msgid;
}

const char* trn(const char* singular, const char* plural, unsigned long n) {
  if (!state().active) return n == 1 ? singular : plural;
  return dngettext(kDomain, singular, plural, n);
}

const char* trc(const char* context, const char* msgid) {
  if (!state().active) return msgid;
  // gettext stores a context as "context\004msgid" (what pgettext does).
  thread_local std::string key;
  key = std::string(context) + '\004' + msgid;
  const char* found = dgettext(kDomain, key.c_str());
  return found == key.c_str() ? msgid : found;
}

std::string decimal(std::string number) {
  const std::string_view separator = trc("decimal separator", ".");
  if (separator == ".") return number;
  std::string out;
  for (char c : number) {
    if (c == '.') {
      out += separator;
    } else {
      out += c;
    }
  }
  return out;
}

std::string date(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::string(iso);
  static constexpr std::array<const char*, 12> kMonths = {
      NC_("month", "January"),   NC_("month", "February"), NC_("month", "March"),    NC_("month", "April"),
      NC_("month", "May"),       NC_("month", "June"),     NC_("month", "July"),     NC_("month", "August"),
      NC_("month", "September"), NC_("month", "October"),  NC_("month", "November"), NC_("month", "December")};
  const int month = (iso[5] - '0') * 10 + (iso[6] - '0');
  const int day = (iso[8] - '0') * 10 + (iso[9] - '0');
  if (month < 1 || month > 12) return std::string(iso);
  const std::string year(iso.substr(0, 4));
  // TRANSLATORS: {year}, {month} (01-12), {day} (01-31), {month_name}, {day_number} (1-31).
  const char* pattern = trc("date format", "{year}-{month}-{day}");
  try {
    return fmt::format(fmt::runtime(pattern), fmt::arg("year", year), fmt::arg("month", iso.substr(5, 2)),
                       fmt::arg("day", iso.substr(8, 2)),
                       fmt::arg("month_name", trc("month", kMonths[static_cast<std::size_t>(month - 1)])),
                       fmt::arg("day_number", day));
  } catch (const fmt::format_error&) {
    return std::string(iso);
  }
}

}  // namespace salesaudit::i18n
