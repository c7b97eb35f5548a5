#pragma once
// Form tools' response exports (contract forms-v1, "Reading exports"): which tools are
// read, and the column map inferred for one export (`salesaudit map`).

#include <salesaudit/registry.hpp>

#include <optional>
#include <string>
#include <vector>

namespace salesaudit::forms {

// Values of --from: "auto", the tools, "surveyjs" and "salesaudit".
[[nodiscard]] std::vector<std::string> from_names();
// Throws UsageError when `from` is not one of from_names().
void check_from(const std::string& from);
// Whether --from names a form tool (so every input is read as that tool's export).
[[nodiscard]] bool names_tool(const std::string& from);

struct InferredColumn {
  std::string title;                  // the column's key in a --map file
  std::optional<std::string> target;  // question id, respondent field, or null (metadata)
  std::string how;                    // how it was matched
};

struct InferredMap {
  std::string tool;           // "google-forms"...
  std::string questionnaire;  // "crisis-mode@2.0.0"
  std::string language;       // the language whose texts matched: a translation's ("fr") or the questionnaire's
  std::vector<InferredColumn> columns;
  std::vector<std::string> errors;  // columns matching nothing, with their places
};

// Reads the header of `path` and matches it as score and team would (`language`, as
// their --lang, wins a tie between languages). Throws InputError when unreadable,
// DataError when it is no export of a known tool.
[[nodiscard]] InferredMap infer_map(const std::string& path, const std::string& from, const std::string& questionnaire,
                                    const std::string& map_file, const Registry& registry,
                                    const std::string& language = "");

}  // namespace salesaudit::forms
