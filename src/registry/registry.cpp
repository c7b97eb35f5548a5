// Questionnaire registry: built-ins plus search-path folders (format contract, section 6).

#include "registry/embedded.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/registry.hpp>

#include <fmt/format.h>
#include <simdjson.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

namespace salesaudit {

namespace fs = std::filesystem;

namespace {

// Numeric parts of "1", "1.2" or "1.2.3"; nullopt when anything else is in the string.
std::optional<std::vector<int>> version_parts(std::string_view v) {
  std::vector<int> parts;
  std::size_t start = 0;
  while (true) {
    const auto dot = v.find('.', start);
    const std::string_view part = v.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (part.empty() || part.size() > 9) return std::nullopt;
    int value = 0;
    for (char c : part) {
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + (c - '0');
    }
    parts.push_back(value);
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return parts;
}

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!lower_or_digit(id[0])) return false;
  return std::all_of(id.begin(), id.end(), [&](char c) { return lower_or_digit(c) || c == '_' || c == '-'; });
}

bool valid_semver(std::string_view v) {
  const auto parts = version_parts(v);
  return parts && parts->size() == 3;
}

// Only id, version and title are needed to list; the full check happens on resolve.
// simdjson reads the title in microseconds; documents it does not accept go through
// nlohmann::json as before.
std::string title_of(std::string_view text) {
  simdjson::dom::parser parser;
  simdjson::dom::object object;
  if (parser.parse(text.data(), text.size()).get_object().get(object) == simdjson::SUCCESS) {
    simdjson::dom::element title;
    bool found = false;
    for (const auto field : object) {
      if (field.key == "title") {  // the last duplicate wins, as in nlohmann::json
        title = field.value;
        found = true;
      }
    }
    std::string_view value;
    if (found && title.get_string().get(value) == simdjson::SUCCESS) return std::string(value);
    return {};
  }
  const auto doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_object() && doc.contains("title") && doc["title"].is_string()) return doc["title"].get<std::string>();
  return {};
}

std::string display_of(const RegistryEntry& entry) {
  return entry.origin == "built-in" ? fmt::format("{}@{} (built-in)", entry.id, entry.version) : entry.origin;
}

// `<dir>/<id>/<version>.json`, in path order so the result does not depend on the file system.
std::vector<std::pair<std::string, fs::path>> scan_folder(const fs::path& dir) {
  std::vector<std::pair<std::string, fs::path>> found;
  std::error_code ec;
  for (fs::directory_iterator ids(dir, ec), end; !ec && ids != end; ids.increment(ec)) {
    const std::string id = ids->path().filename().string();
    if (!valid_id(id) || !ids->is_directory(ec)) continue;
    for (fs::directory_iterator files(ids->path(), ec); !ec && files != end; files.increment(ec)) {
      const fs::path& file = files->path();
      if (file.extension() == ".json" && valid_semver(file.stem().string()) && files->is_regular_file(ec)) {
        found.emplace_back(id, file);
      }
    }
    ec.clear();
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

// `<dir>/<id>/<version>.<language>.json`, in path order.
static std::vector<std::pair<std::string, fs::path>> scan_translations(const fs::path& dir) {
  std::vector<std::pair<std::string, fs::path>> found;
  std::error_code ec;
  for (fs::directory_iterator ids(dir, ec), end; !ec && ids != end; ids.increment(ec)) {
    const std::string id = ids->path().filename().string();
    if (!valid_id(id) || !ids->is_directory(ec)) continue;
    for (fs::directory_iterator files(ids->path(), ec); !ec && files != end; files.increment(ec)) {
      const fs::path& file = files->path();
      if (parse_translation_file_name(file.filename().string()) && files->is_regular_file(ec)) {
        found.emplace_back(id, file);
      }
    }
    ec.clear();
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::string RegistryEntry::title() const {
  return title_of(text);
}

int compare_versions(std::string_view a, std::string_view b) {
  const auto x = version_parts(a).value_or(std::vector<int>{});
  const auto y = version_parts(b).value_or(std::vector<int>{});
  if (x < y) return -1;
  if (y < x) return 1;
  return 0;
}

bool version_matches(std::string_view version, std::string_view prefix) {
  if (prefix.empty()) return true;
  const auto have = version_parts(version);
  const auto want = version_parts(prefix);
  if (!have || !want || want->size() > have->size()) return false;
  return std::equal(want->begin(), want->end(), have->begin());
}

QuestionnaireRef parse_reference(std::string_view ref) {
  const auto at = ref.find('@');
  QuestionnaireRef out{std::string(ref.substr(0, at)),
                       at == std::string_view::npos ? "" : std::string(ref.substr(at + 1))};
  const auto parts = version_parts(out.version);
  if (!valid_id(out.id) || (at != std::string_view::npos && (!parts || parts->size() > 3))) {
    throw UsageError(
        fmt::format("invalid questionnaire reference \"{}\": expected ID, ID@MAJOR, ID@MAJOR.MINOR, "
                    "ID@X.Y.Z or a path to a .json file",
                    ref));
  }
  return out;
}

bool is_path_reference(std::string_view ref) {
  return ref.find('/') != std::string_view::npos || (ref.size() > 5 && ref.substr(ref.size() - 5) == ".json") ||
         ref == "-";
}

Registry::Registry(const std::vector<std::string>& search_path, std::span<const PrecompiledQuestionnaire> precompiled) {
  std::map<std::pair<std::string, std::string>, RegistryEntry> found;  // first source of a version wins
  auto add = [&found](RegistryEntry entry) {
    std::pair<std::string, std::string> key{entry.id, entry.version};
    if (auto it = found.find(key); it != found.end()) {
      it->second.shadowed.push_back(entry.origin);
      return;
    }
    found.emplace(std::move(key), std::move(entry));
  };
  for (const auto& dir : search_path) {
    // A folder of <id>/<version>.json, or a project folder holding a questionnaires/ one.
    for (const fs::path& folder : {fs::path(dir), fs::path(dir) / "questionnaires"}) {
      for (const auto& [id, file] : scan_folder(folder)) {
        add(RegistryEntry{id, file.stem().string(), file.string(), SharedText::owned(read_input(file.string())), {}});
      }
      for (const auto& [id, file] : scan_translations(folder)) {
        const auto name = parse_translation_file_name(file.filename().string());
        translations_.push_back(TranslationEntry{id, name->version, name->language, file.string(),
                                                 SharedText::owned(read_input(file.string()))});
      }
    }
  }
  for (const auto& embedded : detail::embedded_questionnaires()) {
    const fs::path path(embedded.path);
    if (const auto name = parse_translation_file_name(path.filename().string())) {
      translations_.push_back(TranslationEntry{path.parent_path().string(), name->version, name->language, "built-in",
                                               SharedText::built_in(embedded.text)});
      continue;
    }
    RegistryEntry entry{
        path.parent_path().string(), path.stem().string(), "built-in", SharedText::built_in(embedded.text), {}};
    for (const auto& model : precompiled) {
      // The size check keeps a model from being used with any text but its own.
      if (model.path == embedded.path && model.text_size == embedded.text.size()) entry.build = model.build;
    }
    add(std::move(entry));
  }
  for (auto& [key, entry] : found) entries_.push_back(std::move(entry));
  std::sort(entries_.begin(), entries_.end(), [](const RegistryEntry& a, const RegistryEntry& b) {
    if (a.id != b.id) return a.id < b.id;
    return compare_versions(a.version, b.version) > 0;
  });
}

namespace {

// What load_questionnaire would return for the entry's text, without parsing it.
Questionnaire precompiled(const RegistryEntry& entry, const std::string& name) {
  Questionnaire q = entry.build();
  q.source = name;
  q.set_static_content(entry.text.view());  // only built-ins have a build
  return q;
}

std::shared_ptr<const Questionnaire> load_entry(const RegistryEntry& entry) {
  const std::string name = display_of(entry);
  auto q = std::make_shared<const Questionnaire>(entry.build ? precompiled(entry, name)
                                                             : load_questionnaire(entry.text, name));
  // The file's place names the version users ask for; its content must agree.
  if (q->id != entry.id) {
    throw DataError({fmt::format("{}: /id: \"{}\" does not match the folder it is in ({})", name, q->id, entry.id)});
  }
  if (q->version != entry.version) {
    throw DataError(
        {fmt::format("{}: /version: \"{}\" does not match the file name ({}.json)", name, q->version, entry.version)});
  }
  return q;
}

}  // namespace

std::shared_ptr<const Questionnaire> Registry::resolve(std::string_view ref) const {
  if (is_path_reference(ref)) return std::make_shared<const Questionnaire>(load_questionnaire_file(std::string(ref)));
  const QuestionnaireRef want = parse_reference(ref);
  std::vector<std::string> versions;
  for (const auto& entry : entries_) {  // newest first within an id
    if (entry.id != want.id) continue;
    if (version_matches(entry.version, want.version)) return load_entry(entry);
    versions.push_back(entry.version);
  }
  if (!versions.empty()) {
    throw DataError({fmt::format("no version of questionnaire \"{}\" matches \"{}\" (available: {})", want.id,
                                 want.version, fmt::join(versions, ", "))});
  }
  std::vector<std::string> known;
  for (const auto& entry : entries_) known.push_back(entry.id + "@" + entry.version);
  throw DataError({fmt::format("no questionnaire \"{}\" (available: {})", want.id,
                               known.empty() ? "none" : fmt::format("{}", fmt::join(known, ", ")))});
}

std::shared_ptr<const Questionnaire> Registry::for_pin(const QuestionnairePin& pin,
                                                       const std::string& display_name) const {
  return load(entry_for_pin(pin, display_name));
}

std::shared_ptr<const Questionnaire> Registry::load(const RegistryEntry& entry) const {
  return load_entry(entry);
}

const RegistryEntry& Registry::entry_for_pin(const QuestionnairePin& pin, const std::string& display_name) const {
  auto fail = [&display_name](const std::string& pointer, const std::string& message) {
    throw DataError({display_name.empty() ? message : fmt::format("{}: {}: {}", display_name, pointer, message)});
  };
  const RegistryEntry* newest = nullptr;
  for (const auto& entry : entries_) {
    if (entry.id != pin.id) continue;
    if (entry.version == pin.version) return entry;
    if (newest == nullptr) newest = &entry;
  }
  if (newest == nullptr) {
    std::vector<std::string> known;
    for (const auto& entry : entries_) known.push_back(entry.id + "@" + entry.version);
    fail("/questionnaire/id", fmt::format("answers are for questionnaire \"{}\", which is not available (available: "
                                          "{}); add it with --questionnaire-path DIR",
                                          pin.id, known.empty() ? "none" : fmt::format("{}", fmt::join(known, ", "))));
  }
  const auto parts = version_parts(pin.version);
  if (!parts || parts->size() != 3) {
    fail("/questionnaire/version", fmt::format("expected a version MAJOR.MINOR.PATCH, got \"{}\"", pin.version));
  }
  const std::string major = std::to_string(parts->front());
  for (const auto& entry : entries_) {  // newest of the same major; load_answers warns
    if (entry.id == pin.id && version_matches(entry.version, major)) return entry;
  }
  if (compare_versions(pin.version, newest->version) > 0) {
    fail("/questionnaire/version", fmt::format("questionnaire {}@{} is not available and is newer than any version "
                                               "here (newest: {}); add it with --questionnaire-path DIR",
                                               pin.id, pin.version, newest->version));
  }
  fail("/questionnaire/version", fmt::format("questionnaire {}@{} is not available and no version {}.x is; convert "
                                             "the answers with `salesaudit migrate {} --to {}@{}`",
                                             pin.id, pin.version, major, display_name.empty() ? "FILE" : display_name,
                                             newest->id, newest->version));
  return *newest;  // not reached: fail() throws
}

}  // namespace salesaudit
