#include "cli/context.hpp"

#include "cli/precompiled.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/scoring.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <cstdlib>
#include <filesystem>
#include <ostream>

#include <unistd.h>

namespace salesaudit::cli {

std::string display_name(const std::string& path) {
  return path == "-" ? "<stdin>" : path;
}

void print_warnings(std::ostream& err, const std::string& where, const std::vector<std::string>& warnings) {
  for (const auto& warning : warnings) fmt::print(err, "{}\n", warning_line(where, warning));
}

const Registry& Context::registry() {
  if (!registry_) {
    std::vector<std::string> path = questionnaire_path;
    if (const char* env = std::getenv("SALESAUDIT_PATH"); env != nullptr) {
      std::string list(env);
      std::size_t start = 0;
      while (start <= list.size()) {
        const auto colon = list.find(':', start);
        const auto item = list.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
        if (!item.empty()) path.push_back(item);
        if (colon == std::string::npos) break;
        start = colon + 1;
      }
    }
    registry_ = std::make_unique<Registry>(path, precompiled_questionnaires());
  }
  return *registry_;
}

bool Context::stdout_color() const {
  if (color == ColorMode::never) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  if (color == ColorMode::always) return true;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string_view(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

void Context::emit(const std::string& path, const std::string& content, const std::vector<std::string>& inputs) {
  if (path.empty() || path == "-") {
    out << content;
    out.flush();
    return;
  }
  refuse_input_as_output(path, inputs);
  write_file_atomic(path, content);
}

void refuse_input_as_output(const std::string& path, const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  if (path.empty() || path == "-") return;
  std::error_code path_ec;
  const fs::path target = fs::weakly_canonical(path, path_ec);
  for (const auto& input : inputs) {
    if (input.empty() || input == "-") continue;
    std::error_code ec;
    bool same = fs::equivalent(input, path, ec);
    if (!same && !path_ec && fs::is_directory(input, ec) && target.extension() == ".json" && fs::exists(target, ec)) {
      const fs::path inside = target.lexically_relative(fs::weakly_canonical(input, ec));
      same = !ec && !inside.empty() && *inside.begin() != "..";
    }
    if (same) throw OutputError(fmt::format("{}: refusing to overwrite an input file; choose another --output", path));
  }
}

}  // namespace salesaudit::cli
