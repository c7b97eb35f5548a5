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
    found.push_back(TranslationEntry{q.id, name->version, name->language, file.string(),
                                     SharedText::owned(read_input(file.string()))});
  }
  return found;
}

}  // namespace

// Beside the file first, then the folders in order, then the built-ins.
std::vector<TranslationEntry> Registry::candidates(const Questionnaire& q) const {
  std::vector<TranslationEntry> found = beside(q);
  for (const auto& entry : translations_) {
    if (entry.id == q.id && entry.version == q.version) found.push_back(entry);
  }
  return found;
}

std::vector<TranslationEntry> Registry::translations_of(const Questionnaire& q) const {
  std::vector<TranslationEntry> out;
  for (auto& entry : candidates(q)) {
    const bool seen = std::any_of(out.begin(), out.end(), [&](const auto& e) { return e.language == entry.language; });
    if (!seen) out.push_back(std::move(entry));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.language < b.language; });
  return out;
}

Translation Registry::load_translation_entry(const TranslationEntry& entry, const Questionnaire& q) const {
  const std::string name = entry.origin == "built-in"
                               ? fmt::format("{}@{}.{} (built-in)", entry.id, entry.version, entry.language)
                               : entry.origin;
  return load_translation(entry.text, name, &q);
}

std::optional<Translation> Registry::translation_for(const Questionnaire& q, std::string_view language) const {
  const std::vector<TranslationEntry> candidates = this->candidates(q);
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
  return load_translation_entry(*chosen, q);
}

}  // namespace salesaudit
