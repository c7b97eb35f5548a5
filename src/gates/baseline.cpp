// Reading an earlier report as the baseline of --max-drop.

#include <salesaudit/error.hpp>
#include <salesaudit/gates.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace salesaudit {

namespace {

using json = nlohmann::json;

class EntryReader {
 public:
  EntryReader(std::string name, std::vector<std::string>& errors) : name_(std::move(name)), errors_(errors) {}

  // `where` is the JSON pointer of `doc` ("" or "/3" in an array).
  void read(const json& doc, const std::string& where, std::vector<BaselineEntry>& out) {
    if (!doc.is_object()) return fail(where, "expected a report object");
    const std::string format =
        doc.contains("format") && doc["format"].is_string() ? doc["format"].get<std::string>() : "";
    BaselineEntry entry;
    if (format == "salesaudit.report/v1") {
      if (const auto* r = find(doc, "respondent"); r && r->is_object() && r->contains("id") && (*r)["id"].is_string()) {
        entry.respondent = (*r)["id"].get<std::string>();
      }
      entry.overall = nested_number(doc, "overall", "score", where);
      read_dimension_list(doc, "score", where, entry);
    } else if (format == "salesaudit.team/v1") {
      entry.respondent = "team";
      entry.overall = nested_number(doc, "overall", "mean", where);
      read_dimension_list(doc, "mean", where, entry);
    } else if (format.empty() && (doc.contains("respondent_id") || doc.contains("source"))) {
      if (doc.contains("status") && doc["status"] == "error") return;  // a failed row has no scores
      if (const auto* id = find(doc, "respondent_id"); id && id->is_string()) {
        entry.respondent = id->get<std::string>();
      } else if (const auto* source = find(doc, "source"); source && source->is_string()) {
        entry.respondent = source->get<std::string>();
      }
      entry.overall = number(doc.value("overall", json()), where + "/overall");
      if (const auto* dims = find(doc, "dimensions"); dims && dims->is_object()) {
        for (const auto& [id, score] : dims->items()) {
          entry.dimensions.emplace_back(id, number(score, where + "/dimensions/" + id));
        }
      }
    } else {
      return fail(where,
                  "not a salesaudit report (expected format \"salesaudit.report/v1\" or \"salesaudit.team/v1\")");
    }
    out.push_back(std::move(entry));
  }

 private:
  static const json* find(const json& doc, const char* key) {
    const auto it = doc.find(key);
    return it == doc.end() ? nullptr : &*it;
  }

  void fail(const std::string& where, const std::string& message) {
    errors_.push_back(fmt::format("{}: {}{}", name_, where.empty() ? "" : where + ": ", message));
  }

  std::optional<double> number(const json& value, const std::string& where) {
    if (value.is_number()) return value.get<double>();
    if (!value.is_null()) fail(where, "expected a number or null");
    return std::nullopt;
  }

  std::optional<double> nested_number(const json& doc, const char* object, const char* key, const std::string& where) {
    const json* o = find(doc, object);
    if (o == nullptr || !o->is_object()) {
      fail(where + "/" + object, "expected an object");
      return std::nullopt;
    }
    return number(o->value(key, json()), where + "/" + object + "/" + key);
  }

  void read_dimension_list(const json& doc, const char* key, const std::string& where, BaselineEntry& entry) {
    const json* dims = find(doc, "dimensions");
    if (dims == nullptr || !dims->is_array()) return fail(where + "/dimensions", "expected an array");
    for (std::size_t i = 0; i < dims->size(); ++i) {
      const json& dim = (*dims)[i];
      const std::string at = fmt::format("{}/dimensions/{}", where, i);
      if (!dim.is_object() || !dim.contains("id") || !dim["id"].is_string()) {
        fail(at, "expected an object with an \"id\"");
        continue;
      }
      entry.dimensions.emplace_back(dim["id"].get<std::string>(), number(dim.value(key, json()), at + "/" + key));
    }
  }

  std::string name_;
  std::vector<std::string>& errors_;
};

}  // namespace

Baseline parse_baseline(std::string_view text, const std::string& display_name) {
  Baseline baseline;
  baseline.source = display_name;
  std::vector<std::string> errors;
  EntryReader reader(display_name, errors);
  json doc = json::parse(text, nullptr, false);
  if (!doc.is_discarded()) {
    if (doc.is_array()) {
      for (std::size_t i = 0; i < doc.size(); ++i) reader.read(doc[i], fmt::format("/{}", i), baseline.entries);
    } else {
      reader.read(doc, "", baseline.entries);
    }
  } else {
    // Not one JSON document: read it as NDJSON, one report or row per line.
    std::size_t line_no = 0;
    std::size_t start = 0;
    while (start < text.size()) {
      const auto end = text.find('\n', start);
      const std::string_view line = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
      start = end == std::string_view::npos ? text.size() : end + 1;
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      try {
        EntryReader line_reader(fmt::format("{}:{}", display_name, line_no), errors);
        line_reader.read(json::parse(line), "", baseline.entries);
      } catch (const json::parse_error& e) {
        errors.push_back(fmt::format("{}:{}: invalid JSON ({})", display_name, line_no, e.what()));
      }
    }
  }
  if (errors.empty() && baseline.entries.empty()) errors.push_back(display_name + ": the baseline holds no report");
  if (!errors.empty()) throw DataError(errors);
  return baseline;
}

}  // namespace salesaudit
