// Loads and validates a questionnaire document (format contract, section 1).

#include "load/json_document.hpp"
#include "load/questionnaire_parts.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/language.hpp>
#include <salesaudit/limits.hpp>
#include <salesaudit/questionnaire.hpp>
#include <salesaudit/versions.hpp>

#include <fmt/format.h>

#include <set>

namespace salesaudit {

namespace detail {

using nlohmann::json;

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!lower_or_digit(id[0])) return false;
  for (char c : id) {
    if (!lower_or_digit(c) && c != '_' && c != '-') return false;
  }
  return true;
}

void check_id(const std::string& id, const std::string& pointer, Diagnostics& d) {
  if (!valid_id(id)) {
    d.error(pointer, fmt::format("invalid id \"{}\": use lowercase letters, digits, '-' and '_', starting with a "
                                 "letter or digit",
                                 id));
  }
}

namespace {

bool valid_semver(std::string_view v) {
  int parts = 0;
  std::size_t digits = 0;
  for (char c : v) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == '.' && digits > 0) {
      ++parts;
      digits = 0;
    } else {
      return false;
    }
  }
  return parts == 2 && digits > 0;
}

// Iterates an array of objects, giving each element's pointer; an array longer than
// `limit` is an error and is not read.
template <typename Fn>
void each(const json* array, const std::string& pointer, Diagnostics& d, std::size_t limit, std::string_view what,
          Fn&& fn) {
  if (array == nullptr) return;
  if (array->size() > limit) {
    d.error(pointer, fmt::format("{} {} exceed the limit of {}", array->size(), what, limit));
    return;
  }
  for (std::size_t i = 0; i < array->size(); ++i) fn((*array)[i], fmt::format("{}/{}", pointer, i));
}

void parse_dimensions(ObjectReader& top, Diagnostics& d, Questionnaire& q) {
  const json* array = top.array("dimensions");
  if (array != nullptr && array->empty()) d.error("/dimensions", "expected at least one dimension");
  std::set<std::string> seen;
  each(array, "/dimensions", d, limits::kMaxDimensions, "dimensions", [&](const json& item, const std::string& at) {
    ObjectReader r(item, at, d, {"id", "title", "description", "weight"});
    if (!r.ok()) return;
    Dimension dim;
    dim.id = r.string("id").value_or("");
    if (r.find("id") != nullptr) check_id(dim.id, r.at("id"), d);
    if (!dim.id.empty() && !seen.insert(dim.id).second)
      d.error(r.at("id"), fmt::format("duplicate dimension id \"{}\"", dim.id));
    dim.title = r.string("title").value_or("");
    dim.description = r.string("description", false).value_or("");
    dim.weight = r.number("weight", false).value_or(1);
    if (dim.weight <= 0) d.error(r.at("weight"), fmt::format("weight must be greater than 0, got {}", dim.weight));
    q.dimensions.push_back(std::move(dim));
  });
}

void parse_bands(ObjectReader& top, Diagnostics& d, Questionnaire& q) {
  const json* array = top.array("bands");
  if (array != nullptr && array->empty()) d.error("/bands", "expected at least one band");
  std::set<std::string> seen;
  each(array, "/bands", d, limits::kMaxBands, "bands", [&](const json& item, const std::string& at) {
    ObjectReader r(item, at, d, {"id", "label", "min"});
    if (!r.ok()) return;
    Band band;
    band.id = r.string("id").value_or("");
    if (r.find("id") != nullptr) check_id(band.id, r.at("id"), d);
    if (!band.id.empty() && !seen.insert(band.id).second)
      d.error(r.at("id"), fmt::format("duplicate band id \"{}\"", band.id));
    band.label = r.string("label").value_or("");
    if (auto min = r.number("min")) {
      band.min = *min;
      if (*min < 0 || *min >= 100) d.error(r.at("min"), fmt::format("min must be in [0, 100), got {}", *min));
      if (q.bands.empty() && *min != 0)
        d.error(r.at("min"), fmt::format("the first band must start at 0, got {}", *min));
      if (!q.bands.empty() && *min <= q.bands.back().min) {
        d.error(r.at("min"), fmt::format("bands must ascend by min: {} follows {}", *min, q.bands.back().min));
      }
    }
    q.bands.push_back(std::move(band));
  });
}

std::optional<std::size_t> band_index(const Questionnaire& q, const std::string& id) {
  for (std::size_t i = 0; i < q.bands.size(); ++i) {
    if (q.bands[i].id == id) return i;
  }
  return std::nullopt;
}

void parse_band_cap(ObjectReader& top, Diagnostics& d, Questionnaire& q) {
  const json* cap = top.object("overall_band_cap", false);
  if (cap == nullptr) return;
  ObjectReader r(*cap, "/overall_band_cap", d, {"when_any_dimension_in", "cap"});
  auto when = r.string("when_any_dimension_in");
  auto limit = r.string("cap");
  std::optional<std::size_t> when_index = when ? band_index(q, *when) : std::nullopt;
  std::optional<std::size_t> cap_index = limit ? band_index(q, *limit) : std::nullopt;
  if (when && !when_index) d.error(r.at("when_any_dimension_in"), fmt::format("unknown band \"{}\"", *when));
  if (limit && !cap_index) d.error(r.at("cap"), fmt::format("unknown band \"{}\"", *limit));
  if (when_index && cap_index) q.band_cap = BandCap{*when_index, *cap_index};
}

void parse_recommendations(ObjectReader& top, Diagnostics& d, Questionnaire& q) {
  std::set<std::string> seen;
  each(top.array("recommendations", false), "/recommendations", d, limits::kMaxRecommendations, "recommendations",
       [&](const json& item, const std::string& at) {
         ObjectReader r(item, at, d, {"id", "title", "action", "effort"});
         if (!r.ok()) return;
         Recommendation rec;
         rec.id = r.string("id").value_or("");
         if (r.find("id") != nullptr) check_id(rec.id, r.at("id"), d);
         if (!rec.id.empty() && !seen.insert(rec.id).second)
           d.error(r.at("id"), fmt::format("duplicate recommendation id \"{}\"", rec.id));
         rec.title = r.string("title").value_or("");
         rec.action = r.string("action").value_or("");
         if (auto effort = r.string("effort")) {
           if (*effort == "low") {
             rec.effort = Effort::low;
           } else if (*effort == "medium") {
             rec.effort = Effort::medium;
           } else if (*effort == "high") {
             rec.effort = Effort::high;
           } else {
             d.error(r.at("effort"), fmt::format("expected \"low\", \"medium\" or \"high\", got \"{}\"", *effort));
           }
         }
         q.recommendations.push_back(std::move(rec));
       });
}

void parse_red_flags(ObjectReader& top, Diagnostics& d, Questionnaire& q, const std::vector<std::string>& ids) {
  std::set<std::string> seen;
  each(top.array("red_flags", false), "/red_flags", d, limits::kMaxRedFlags, "red flags",
       [&](const json& item, const std::string& at) {
         ObjectReader r(item, at, d, {"id", "when", "message"});
         if (!r.ok()) return;
         RedFlag flag;
         flag.id = r.string("id").value_or("");
         if (r.find("id") != nullptr) check_id(flag.id, r.at("id"), d);
         if (!flag.id.empty() && !seen.insert(flag.id).second)
           d.error(r.at("id"), fmt::format("duplicate red flag id \"{}\"", flag.id));
         flag.message = r.string("message").value_or("");
         if (const json* when = r.find("when")) {
           ConditionScope scope{&ids, &q.questions, false};
           if (auto condition = parse_condition(*when, r.at("when"), d, scope)) flag.when = std::move(*condition);
         } else {
           d.error(at, "missing required key \"when\"");
         }
         q.red_flags.push_back(std::move(flag));
       });
}

}  // namespace
}  // namespace detail

Questionnaire load_questionnaire(std::string_view text, const std::string& display_name) {
  using namespace detail;
  const json doc = parse_json(text, display_name);
  Diagnostics d(display_name);
  Questionnaire q;
  q.source = display_name;
  ObjectReader top(doc, "", d,
                   {"$schema", "format", "id", "version", "title", "description", "min_coverage", "dimensions", "bands",
                    "overall_band_cap", "recommendations", "red_flags", "questions", "migrations", "language"});
  if (!top.ok()) d.throw_if_any();
  if (auto format = top.string("format"); format && *format != "salesaudit.questionnaire/v1") {
    d.error("/format", fmt::format("expected \"salesaudit.questionnaire/v1\", got \"{}\"", *format));
  }
  if (auto s = top.string("$schema", false)) (void)s;
  q.id = top.string("id").value_or("");
  if (top.find("id") != nullptr && top.find("id")->is_string()) check_id(q.id, "/id", d);
  q.version = top.string("version").value_or("");
  if (!q.version.empty() && !valid_semver(q.version)) {
    d.error("/version", fmt::format("expected a version MAJOR.MINOR.PATCH, got \"{}\"", q.version));
  }
  q.title = top.string("title").value_or("");
  q.description = top.string("description", false).value_or("");
  if (auto language = top.string("language", false)) {
    q.language = normalize_language_tag(*language);
    if (q.language.empty())
      d.error("/language",
              fmt::format("expected a BCP 47 language tag such as \"en\" or \"fr-CA\", got \"{}\"", *language));
  }
  q.min_coverage = top.number("min_coverage", false).value_or(0.5);
  if (q.min_coverage <= 0 || q.min_coverage > 1) {
    d.error("/min_coverage", fmt::format("expected a number in (0, 1], got {}", q.min_coverage));
  }
  parse_dimensions(top, d, q);
  parse_bands(top, d, q);
  parse_band_cap(top, d, q);
  parse_recommendations(top, d, q);
  std::vector<std::string> ids;
  if (const json* questions = top.array("questions")) {
    parse_questions(*questions, "/questions", d, q);
    for (const auto& question : q.questions) ids.push_back(question.id);
  }
  parse_red_flags(top, d, q, ids);
  if (const json* migrations = top.array("migrations", false)) parse_migrations(*migrations, "/migrations", d, q);
  d.throw_if_any();
  q.build_index();
  q.set_content(std::string(text));  // hashed on first use of q.sha256()
  return q;
}

Questionnaire load_questionnaire_file(const std::string& path) {
  return load_questionnaire(read_input(path), path);
}

}  // namespace salesaudit
