#pragma once
// The interactive run's answers file: its default name, backups, and the clock stamps.

#include <string>

namespace salesaudit {

// "salesaudit-<id>-answers.json" in the current folder.
[[nodiscard]] std::string default_answers_path(const std::string& questionnaire_id);

// Renames `path` to the first free "<path>.<n>.bak" and returns that name, so a finished
// audit is never lost when a new one starts. OutputError if it cannot.
std::string keep_backup(const std::string& path);

// The current UTC time as ISO 8601 ("2026-11-26T10:00:00Z"). SALESAUDIT_NOW, if set,
// is used instead (reproducible demos and tests).
[[nodiscard]] std::string now_utc();

}  // namespace salesaudit
