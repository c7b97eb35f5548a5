#pragma once
// Where questionnaires come from (contract section 6): the built-in ones, and files.

#include <salesaudit/answers.hpp>
#include <salesaudit/questionnaire.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit {

struct RegistryEntry {
  std::string id;
  std::string version;
  std::string title;
  std::string origin;  // "built-in" or the file's path
  std::string text;    // the JSON text (loaded on demand into a Questionnaire)
};

class Registry {
 public:
  // The built-in questionnaires plus `<dir>/<id>/<version>.json` under each folder of
  // `search_path` (earlier folders win over later ones, all win over built-ins).
  explicit Registry(const std::vector<std::string>& search_path = {});

  // Every version known, sorted by id then version descending.
  [[nodiscard]] const std::vector<RegistryEntry>& entries() const { return entries_; }

  // Resolves ID, ID@MAJOR, ID@MAJOR.MINOR, ID@X.Y.Z (newest match) or a file path.
  // Throws DataError if nothing matches or the questionnaire is invalid, InputError
  // for a path that cannot be read.
  [[nodiscard]] std::shared_ptr<const Questionnaire> resolve(std::string_view ref) const;

  // The questionnaire an answers document pins: the exact version, else the newest of
  // the same major (load_answers then warns), else DataError naming `salesaudit migrate`.
  [[nodiscard]] std::shared_ptr<const Questionnaire> for_pin(const QuestionnairePin& pin) const;

 private:
  std::vector<RegistryEntry> entries_;
};

// True when `ref` looks like a path (contains '/' or ends in .json) rather than an id.
[[nodiscard]] bool is_path_reference(std::string_view ref);

// Semantic version comparison of "X.Y.Z" strings.
[[nodiscard]] int compare_versions(std::string_view a, std::string_view b);

}  // namespace salesaudit
