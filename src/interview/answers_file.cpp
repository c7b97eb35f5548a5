#include "interview/answers_file.hpp"

#include <salesaudit/error.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>

namespace salesaudit {

std::string default_answers_path(const std::string& questionnaire_id) {
  return fmt::format("salesaudit-{}-answers.json", questionnaire_id);
}

std::string keep_backup(const std::string& path) {
  namespace fs = std::filesystem;
  for (int n = 1;; ++n) {
    const std::string backup = fmt::format("{}.{}.bak", path, n);
    std::error_code ec;
    if (fs::exists(backup, ec)) continue;
    if (std::rename(path.c_str(), backup.c_str()) != 0) {
      throw OutputError(fmt::format("{}: cannot keep a backup as {}: {}", path, backup, std::strerror(errno)));
    }
    return backup;
  }
}

std::string now_utc() {
  if (const char* fixed = std::getenv("SALESAUDIT_NOW"); fixed != nullptr && *fixed != '\0') return fixed;
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  ::gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace salesaudit
