// Language tags and their precedence (translations-v1, "Choosing the language").

#include <salesaudit/language.hpp>

#include <cctype>
#include <cstdlib>

namespace salesaudit {

namespace {

bool alpha(std::string_view s) {
  for (char c : s) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool alnum(std::string_view s) {
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string normalize_language_tag(std::string_view tag) {
  // POSIX locale names: language[_territory][.codeset][@modifier].
  tag = tag.substr(0, tag.find_first_of(".@"));
  if (tag.empty() || tag == "C" || tag == "POSIX" || tag.size() > 64) return {};
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const auto sep = tag.find_first_of("-_", start);
    parts.push_back(tag.substr(start, sep == std::string_view::npos ? std::string_view::npos : sep - start));
    if (sep == std::string_view::npos) break;
    start = sep + 1;
  }
  const std::string_view language = parts.front();
  if (language.size() < 2 || language.size() > 8 || !alpha(language)) return {};
  std::string out = lower(language);
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const std::string_view part = parts[i];
    if (part.empty() || part.size() > 8 || !alnum(part)) return {};
    out += '-';
    if (part.size() == 2 && alpha(part)) {
      out += upper(part);  // region
    } else if (part.size() == 4 && alpha(part) && i == 1) {
      out += upper(part.substr(0, 1)) + lower(part.substr(1));  // script
    } else {
      out += lower(part);
    }
  }
  return out;
}

std::vector<std::string> language_fallbacks(std::string_view tag) {
  std::vector<std::string> out;
  std::string current = normalize_language_tag(tag);
  while (!current.empty()) {
    out.push_back(current);
    const auto dash = current.rfind('-');
    if (dash == std::string::npos) break;
    current.resize(dash);
  }
  return out;
}

std::optional<std::string> environment_language() {
  for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    std::string_view v(value);
    if (std::string_view(name) == "LANGUAGE") {
      v = v.substr(0, v.find(':'));  // a list: its first entry
      if (v.empty()) continue;
    }
    std::string tag = normalize_language_tag(v);
    if (tag.empty()) return std::nullopt;
    return tag;
  }
  return std::nullopt;
}

LanguageChoice choose_language(const std::optional<std::string>& option, const std::optional<std::string>& answers,
                               bool use_environment, std::string_view questionnaire_language) {
  if (option && !normalize_language_tag(*option).empty()) {
    return {normalize_language_tag(*option), LanguageSource::option};
  }
  if (answers && !normalize_language_tag(*answers).empty()) {
    return {normalize_language_tag(*answers), LanguageSource::answers};
  }
  if (use_environment) {
    if (auto env = environment_language()) return {*env, LanguageSource::environment};
  }
  std::string own = normalize_language_tag(questionnaire_language);
  return {own.empty() ? std::string("en") : own, LanguageSource::questionnaire};
}

}  // namespace salesaudit
