// Questionnaire registry: built-ins plus search-path folders (format contract, section 6).

#include "registry/embedded.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/registry.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

namespace salesaudit {

namespace fs = std::filesystem;

namespace {

std::vector<int> version_parts(std::string_view v) {
  std::vector<int> parts;
  int current = 0;
  bool any = false;
  for (char c : v) {
    if (c >= '0' && c <= '9') {
      current = current * 10 + (c - '0');
      any = true;
    } else if (c == '.') {
      parts.push_back(current);
      current = 0;
      any = false;
    } else {
      break;
    }
  }
  if (any) parts.push_back(current);
  return parts;
}

// Does `version` match the prefix `want` ("1", "1.2" or "1.2.3")?
bool version_matches(std::string_view version, std::string_view want) {
  const auto have = version_parts(version);
  const auto prefix = version_parts(want);
  if (prefix.size() > have.size()) return false;
  return std::equal(prefix.begin(), prefix.end(), have.begin());
}

// Reads "<id>/<version>.json" into id and version; false if the path has another shape.
bool split_path(const std::string& relative, std::string& id, std::string& version) {
  const auto slash = relative.find('/');
  if (slash == std::string::npos || relative.size() < 5 || relative.substr(relative.size() - 5) != ".json") return false;
  id = relative.substr(0, slash);
  version = relative.substr(slash + 1, relative.size() - slash - 6);
  return version.find('/') == std::string::npos;
}

// Only id, version and title are needed to list; the full load happens on resolve.
std::string title_of(std::string_view text) {
  const auto key = text.find("\"title\"");
  if (key == std::string_view::npos) return {};
  const auto open = text.find('"', text.find(':', key) + 1);
  const auto close = text.find('"', open + 1);
  if (open == std::string_view::npos || close == std::string_view::npos) return {};
  return std::string(text.substr(open + 1, close - open - 1));
}

}  // namespace

int compare_versions(std::string_view a, std::string_view b) {
  const auto x = version_parts(a);
  const auto y = version_parts(b);
  if (x < y) return -1;
  if (y < x) return 1;
  return 0;
}

bool is_path_reference(std::string_view ref) {
  return ref.find('/') != std::string_view::npos || (ref.size() > 5 && ref.substr(ref.size() - 5) == ".json") ||
         ref == "-";
}

Registry::Registry(const std::vector<std::string>& search_path) {
  std::map<std::pair<std::string, std::string>, RegistryEntry> found;  // first source of a version wins
  for (const auto& dir : search_path) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    std::vector<fs::path> files;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec) && it->path().extension() == ".json") files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      std::string id;
      std::string version;
      const std::string relative = fs::relative(file, dir, ec).generic_string();
      if (!split_path(relative, id, version)) continue;
      const std::string text = read_input(file.string());
      found.try_emplace({id, version}, RegistryEntry{id, version, title_of(text), file.string(), text});
    }
  }
  for (const auto& embedded : detail::embedded_questionnaires()) {
    std::string id;
    std::string version;
    if (!split_path(std::string(embedded.path), id, version)) continue;
    found.try_emplace({id, version},
                      RegistryEntry{id, version, title_of(embedded.text), "built-in", std::string(embedded.text)});
  }
  for (auto& [key, entry] : found) entries_.push_back(std::move(entry));
  std::sort(entries_.begin(), entries_.end(), [](const RegistryEntry& a, const RegistryEntry& b) {
    if (a.id != b.id) return a.id < b.id;
    return compare_versions(a.version, b.version) > 0;
  });
}

std::shared_ptr<const Questionnaire> Registry::resolve(std::string_view ref) const {
  if (is_path_reference(ref)) return std::make_shared<const Questionnaire>(load_questionnaire_file(std::string(ref)));
  const auto at = ref.find('@');
  const std::string id(ref.substr(0, at));
  const std::string want = at == std::string_view::npos ? "" : std::string(ref.substr(at + 1));
  for (const auto& entry : entries_) {  // newest first within an id
    if (entry.id == id && version_matches(entry.version, want)) {
      const std::string name = entry.origin == "built-in" ? fmt::format("{}@{} (built-in)", entry.id, entry.version)
                                                          : entry.origin;
      return std::make_shared<const Questionnaire>(load_questionnaire(entry.text, name));
    }
  }
  std::string known;
  for (const auto& entry : entries_) known += (known.empty() ? "" : ", ") + entry.id + "@" + entry.version;
  throw DataError({fmt::format("no questionnaire matches \"{}\" (available: {})", ref, known.empty() ? "none" : known)});
}

std::shared_ptr<const Questionnaire> Registry::for_pin(const QuestionnairePin& pin) const {
  for (const auto& entry : entries_) {
    if (entry.id == pin.id && entry.version == pin.version) return resolve(entry.id + "@" + entry.version);
  }
  const auto major = version_parts(pin.version);
  if (!major.empty()) {
    for (const auto& entry : entries_) {
      if (entry.id == pin.id && version_matches(entry.version, std::to_string(major[0]))) {
        return resolve(entry.id + "@" + entry.version);
      }
    }
  }
  for (const auto& entry : entries_) {
    if (entry.id == pin.id) {
      throw DataError({fmt::format("questionnaire {}@{} is not available and no version {}.x is; convert the answers "
                                   "with `salesaudit migrate FILE --to {}@{}`",
                                   pin.id, pin.version, major.empty() ? 0 : major[0], entry.id, entry.version)});
    }
  }
  return resolve(pin.id);  // unknown id: resolve() names what is available
}

}  // namespace salesaudit
