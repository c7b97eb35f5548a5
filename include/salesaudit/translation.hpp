#pragma once
// Translation documents (salesaudit.translation/v1, translations-v1): the texts of one
// questionnaire version in one more language. A translation only replaces texts, never
// ids, numbers or structure, so it cannot change a score.

#include <salesaudit/questionnaire.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit {

struct TranslatedTitle {
  std::optional<std::string> title;
  std::optional<std::string> description;  // dimensions
  std::optional<std::string> action;       // recommendations
};

struct TranslatedQuestion {
  std::optional<std::string> text;
  std::optional<std::string> help;
  std::optional<std::string> unit;
  std::optional<std::vector<std::string>> labels;  // exactly scale.points entries
  std::map<std::string, std::string> options;      // option value -> label
};

struct Translation {
  std::string questionnaire_id;
  std::string questionnaire_version;
  std::string language;  // normalized BCP 47 tag
  std::string source;    // where it was loaded from, for messages
  std::optional<std::string> title;
  std::optional<std::string> description;
  std::map<std::string, TranslatedTitle> dimensions;
  std::map<std::string, std::string> bands;
  std::map<std::string, TranslatedQuestion> questions;
  std::map<std::string, TranslatedTitle> recommendations;
  std::map<std::string, std::string> red_flags;
};

// Parses a translation document. With `questionnaire`, also checks it against it: the
// pin must be that questionnaire and version, every id must exist there, `labels` must
// have scale.points entries and `options` keys must be option values. Throws DataError
// listing every problem, each with its JSON pointer.
[[nodiscard]] Translation load_translation(std::string_view text, const std::string& display_name,
                                           const Questionnaire* questionnaire = nullptr);

// The questionnaire with the translation's texts in place of its own, string by string
// (what is not translated stays as it was). Ids, numbers and structure are untouched,
// and the copy keeps the original's content hash.
[[nodiscard]] Questionnaire apply_translation(const Questionnaire& questionnaire, const Translation& translation);

// JSON pointers (into the translation document) of every text the questionnaire has and
// the translation leaves untranslated, in questionnaire order.
[[nodiscard]] std::vector<std::string> untranslated_texts(const Questionnaire& questionnaire,
                                                          const Translation& translation);

// A translation document holding every text of `questionnaire` copied as it is, for a
// translator to overwrite (`new-questionnaire --translate`); lint flags the copies.
[[nodiscard]] std::string translation_skeleton(const Questionnaire& questionnaire, const std::string& language);

// "2.0.0.fr-CA.json" -> {"2.0.0", "fr-CA"}; nullopt for a name that is not
// <version>.<language>.json.
struct TranslationFileName {
  std::string version;
  std::string language;
};
[[nodiscard]] std::optional<TranslationFileName> parse_translation_file_name(std::string_view file_name);

}  // namespace salesaudit
