#pragma once
// Where questionnaires come from (contract section 6): the built-in ones, and files.

#include <salesaudit/answers.hpp>
#include <salesaudit/questionnaire.hpp>
#include <salesaudit/translation.hpp>

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit {

// A document's JSON text: the built-in ones point into the program's data, files' are
// read once and shared by every copy (copying the built-ins' 190 KB at each start cost
// more than scoring an answers file).
class SharedText {
 public:
  SharedText() = default;
  static SharedText built_in(std::string_view text) { return SharedText(text, nullptr); }
  static SharedText owned(std::string text) {
    auto storage = std::make_shared<const std::string>(std::move(text));
    return SharedText(*storage, storage);
  }
  [[nodiscard]] std::string_view view() const { return view_; }
  operator std::string_view() const { return view_; }  // NOLINT: reads like the text itself

 private:
  SharedText(std::string_view view, std::shared_ptr<const std::string> storage)
      : view_(view), storage_(std::move(storage)) {}
  std::string_view view_;
  std::shared_ptr<const std::string> storage_;  // owns view_ for files; null for built-ins
};

// A built-in questionnaire's model as code: the program's build loaded and checked its
// text (questionnaires/<path>) and wrote what the loader made of it, so a run need not
// parse it again. `text_size` ties it to the embedded text it was made from.
struct PrecompiledQuestionnaire {
  std::string_view path;  // "<id>/<version>.json"
  std::size_t text_size = 0;
  Questionnaire (*build)() = nullptr;
};

struct RegistryEntry {
  std::string id;
  std::string version;
  std::string origin;                 // "built-in" or the file's path
  SharedText text;                    // the JSON text (loaded on demand into a Questionnaire)
  std::vector<std::string> shadowed;  // origins of the same id@version hidden by this one
  // Built-ins only, when the program carries their model: builds it in place of parsing `text`.
  Questionnaire (*build)() = nullptr;

  // Read from `text` when asked ("" if it has none): only listing needs it, and reading
  // it for every entry at every start cost more than scoring a document.
  [[nodiscard]] std::string title() const;
};

// A translation document found beside a questionnaire: `<id>/<version>.<language>.json`.
struct TranslationEntry {
  std::string id;
  std::string version;
  std::string language;  // normalized, from the file name
  std::string origin;    // "built-in" or the file's path
  SharedText text;
};

class Registry {
 public:
  // The built-in questionnaires plus `<dir>/<id>/<version>.json` and
  // `<dir>/questionnaires/<id>/<version>.json` for each folder of `search_path`. When the
  // same id@version is in several places, earlier folders win over later ones and every
  // folder wins over the built-ins (the losers are listed in RegistryEntry::shadowed).
  // `precompiled`: models of built-ins to use in place of parsing their text (the
  // program's, cli::precompiled_questionnaires()); without them every entry is parsed.
  explicit Registry(const std::vector<std::string>& search_path = {},
                    std::span<const PrecompiledQuestionnaire> precompiled = {});

  // Every version known, sorted by id then version descending.
  [[nodiscard]] const std::vector<RegistryEntry>& entries() const { return entries_; }

  // Resolves ID, ID@MAJOR, ID@MAJOR.MINOR, ID@X.Y.Z (newest match) or a file path.
  // Throws DataError if nothing matches or the questionnaire is invalid, InputError
  // for a path that cannot be read.
  [[nodiscard]] std::shared_ptr<const Questionnaire> resolve(std::string_view ref) const;

  // The questionnaire an answers document pins: the exact version, else the newest of
  // the same major (load_answers then warns), else DataError naming `salesaudit migrate`.
  // Errors are located in the answers document: `name: /questionnaire/...: ...`.
  [[nodiscard]] std::shared_ptr<const Questionnaire> for_pin(const QuestionnairePin& pin,
                                                             const std::string& display_name) const;
  // The two steps of for_pin: which entry a pin means (no loading; errors located in
  // `display_name`), and loading an entry (errors located in the questionnaire).
  [[nodiscard]] const RegistryEntry& entry_for_pin(const QuestionnairePin& pin, const std::string& display_name) const;
  [[nodiscard]] std::shared_ptr<const Questionnaire> load(const RegistryEntry& entry) const;

  // Every translation found, search-path folders first (in order), then the built-ins.
  [[nodiscard]] const std::vector<TranslationEntry>& translations() const { return translations_; }
  // The translation of `questionnaire` for `language`: the tag, then its fallbacks
  // ("fr-CA", then "fr"), then any translation of the same primary language; the first
  // folder that has one wins over later ones and over the built-ins. A questionnaire
  // loaded from a file also finds `<version>.<language>.json` beside it. nullopt when
  // none; DataError when the one found is invalid.
  [[nodiscard]] std::optional<Translation> translation_for(const Questionnaire& questionnaire,
                                                           std::string_view language) const;
  // Every translation of `questionnaire` found, one per language (where translation_for
  // would look first: beside its file, then the folders, then the built-ins), sorted by
  // language; not yet loaded.
  [[nodiscard]] std::vector<TranslationEntry> translations_of(const Questionnaire& questionnaire) const;
  // One of those, loaded and checked against `questionnaire`; DataError when invalid.
  [[nodiscard]] Translation load_translation_entry(const TranslationEntry& entry,
                                                   const Questionnaire& questionnaire) const;

 private:
  [[nodiscard]] std::vector<TranslationEntry> candidates(const Questionnaire& questionnaire) const;

  std::vector<RegistryEntry> entries_;
  std::vector<TranslationEntry> translations_;
};

// A questionnaire reference split into its id and version prefix ("" = any version).
struct QuestionnaireRef {
  std::string id;
  std::string version;  // "", "MAJOR", "MAJOR.MINOR" or "X.Y.Z"
};

// Splits ID[@VERSION]. Throws UsageError for a malformed reference (bad id, empty or
// non-numeric version, more than three parts).
[[nodiscard]] QuestionnaireRef parse_reference(std::string_view ref);

// Does `version` ("X.Y.Z") start with the numeric parts of `prefix` ("1", "1.2", "1.2.3")?
// An empty prefix matches every version.
[[nodiscard]] bool version_matches(std::string_view version, std::string_view prefix);

// True when `ref` looks like a path (contains '/' or ends in .json) rather than an id.
[[nodiscard]] bool is_path_reference(std::string_view ref);

// Semantic version comparison of "X.Y.Z" strings.
[[nodiscard]] int compare_versions(std::string_view a, std::string_view b);

}  // namespace salesaudit
