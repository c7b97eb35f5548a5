// Finding the translation of a questionnaire for a language (translations-v1).

#include <salesaudit/io.hpp>
#include <salesaudit/language.hpp>
#include <salesaudit/registry.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

namespace salesaudit {

namespace fs = std::filesystem;

namespace {

std::string primary(std::string_view tag) {
  return std::string(tag.substr(0, tag.find('-')));
}

// Translations beside a questionnaire loaded from a file: `<dir>/<version>.<language>.json`.
std::vector<TranslationEntry> beside(const Questionnaire& q) {
  std::vector<TranslationEntry> found;
  if (q.source.empty() || q.source == "<stdin>" || q.source.find("(built-in)") != std::string::npos) return found;
  std::error_code ec;
  const fs::path dir = fs::path(q.source).parent_path();
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir.empty() ? fs::path(".") : dir, ec), end; !ec && it != end; it.increment(ec)) {
    files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    const auto name = parse_translation_file_name(file.filename().string());
    if (!name || name->version != q.version || !fs::is_regular_file(file, ec)) continue;
    found.push_back(TranslationEntry{q.id, name->version, name->language, file.string(), read_input(file.string())});
  }
  return found;
}

}  // namespace

std::optional<Translation> Registry::translation_for(const Questionnaire& q, std::string_view language) const {
  std::vector<TranslationEntry> candidates = beside(q);
  for (const auto& entry : translations_) {
    if (entry.id == q.id && entry.version == q.version) candidates.push_back(entry);
  }
  const TranslationEntry* chosen = nullptr;
  for (const auto& tag : language_fallbacks(language)) {
    for (const auto& entry : candidates) {
      if (entry.language == tag) {
        chosen = &entry;
        break;
      }
    }
    if (chosen != nullptr) break;
  }
  if (chosen == nullptr) {  // "fr" asked, only "fr-CA" written: still French
    for (const auto& entry : candidates) {
      if (primary(entry.language) == primary(language)) {
        chosen = &entry;
        break;
      }
    }
  }
  if (chosen == nullptr) return std::nullopt;
  const std::string name = chosen->origin == "built-in"
                               ? fmt::format("{}@{}.{} (built-in)", chosen->id, chosen->version, chosen->language)
                               : chosen->origin;
  return load_translation(chosen->text, name, &q);
}

}  // namespace salesaudit
