// What one audit says, from a score card or from a JSON report, so `diff` can compare
// any two of them the same way.

#include "load/diagnostics.hpp"
#include "load/json_document.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/rounding.hpp>
#include <salesaudit/versions.hpp>

#include <fmt/format.h>

namespace salesaudit {

namespace {

using detail::Diagnostics;
using detail::ObjectReader;
using nlohmann::json;

std::optional<double> snapshot_rounded(const std::optional<double>& value) {
  return value ? std::optional<double>(round2(*value)) : std::nullopt;
}

// A key that may be a number or null; anything else is an error.
std::optional<double> number_or_null(ObjectReader& r, std::string_view key, Diagnostics& d) {
  const json* value = r.find(key);
  if (value == nullptr || value->is_null()) return std::nullopt;
  if (!value->is_number()) {
    d.error(r.at(key), fmt::format("expected a number or null, got {}", detail::describe(*value)));
    return std::nullopt;
  }
  return round2(value->get<double>());
}

std::optional<std::string> string_or_null(ObjectReader& r, std::string_view key, Diagnostics& d) {
  const json* value = r.find(key);
  if (value == nullptr || value->is_null()) return std::nullopt;
  if (!value->is_string()) {
    d.error(r.at(key), fmt::format("expected a string or null, got {}", detail::describe(*value)));
    return std::nullopt;
  }
  return value->get<std::string>();
}

// Reports carry more than a diff needs; only the keys read here are checked.
constexpr auto kLenient = detail::UnknownKeys::warn;

}  // namespace

AuditSnapshot snapshot_of(const ScoreCard& card, const std::string& source) {
  const Questionnaire& q = *card.questionnaire;
  AuditSnapshot s;
  s.source = source;
  s.questionnaire_id = q.id;
  s.questionnaire_version = q.version;
  const Respondent& who = card.answers->respondent;
  s.respondent = who.name ? who.name : who.id;
  s.overall = snapshot_rounded(card.overall);
  if (card.overall_band) {
    s.overall_band = q.bands[*card.overall_band].id;
    s.overall_label = q.bands[*card.overall_band].label;
  }
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    const DimensionResult& dim = card.dimensions[d];
    AuditSnapshot::Dimension out{q.dimensions[d].id, q.dimensions[d].title, snapshot_rounded(dim.score), {}, {}};
    if (dim.band) {
      out.band = q.bands[*dim.band].id;
      out.band_label = q.bands[*dim.band].label;
    }
    s.dimensions.push_back(std::move(out));
  }
  for (const auto& r : card.recommendations) {
    s.recommendations.push_back(q.recommendations[r.recommendation].id);
    s.recommendation_titles.push_back(q.recommendations[r.recommendation].title);
  }
  s.items.emplace();
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    if (!q.questions[i].scored()) continue;
    const ItemResult& item = card.items[i];
    s.items->push_back({q.questions[i].id,
                        item.answered && item.score ? std::optional<double>(round2(100 * *item.score)) : std::nullopt});
  }
  return s;
}

AuditSnapshot snapshot_of_report(std::string_view text, const std::string& display_name) {
  const json doc = detail::parse_json(text, display_name);
  Diagnostics d(display_name);
  AuditSnapshot s;
  s.source = display_name;
  ObjectReader top(doc, "", d, {}, kLenient);
  if (!top.ok()) d.throw_if_any();
  if (auto format = top.string("format"); format && *format != "salesaudit.report/v1") {
    d.error("/format", fmt::format("expected \"salesaudit.report/v1\", got \"{}\"", *format));
  }
  if (const json* q = top.object("questionnaire")) {
    ObjectReader r(*q, "/questionnaire", d, {}, kLenient);
    s.questionnaire_id = r.string("id").value_or("");
    s.questionnaire_version = r.string("version").value_or("");
  }
  if (const json* who = top.object("respondent", false)) {
    ObjectReader r(*who, "/respondent", d, {}, kLenient);
    s.respondent = string_or_null(r, "name", d);
    if (!s.respondent) s.respondent = string_or_null(r, "id", d);
  }
  if (const json* overall = top.object("overall")) {
    ObjectReader r(*overall, "/overall", d, {}, kLenient);
    s.overall = number_or_null(r, "score", d);
    s.overall_band = string_or_null(r, "band", d);
    s.overall_label = string_or_null(r, "label", d);
  }
  if (const json* dims = top.array("dimensions")) {
    for (std::size_t i = 0; i < dims->size(); ++i) {
      ObjectReader r((*dims)[i], fmt::format("/dimensions/{}", i), d, {}, kLenient);
      if (!r.ok()) continue;
      AuditSnapshot::Dimension dim;
      dim.id = r.string("id").value_or("");
      dim.title = r.string("title", false).value_or(dim.id);
      dim.score = number_or_null(r, "score", d);
      dim.band = string_or_null(r, "band", d);
      s.dimensions.push_back(std::move(dim));
    }
  }
  if (const json* recs = top.array("recommendations", false)) {
    for (std::size_t i = 0; i < recs->size(); ++i) {
      ObjectReader r((*recs)[i], fmt::format("/recommendations/{}", i), d, {}, kLenient);
      if (!r.ok()) continue;
      s.recommendations.push_back(r.string("id").value_or(""));
      s.recommendation_titles.push_back(r.string("title", false).value_or(""));
    }
  }
  d.throw_if_any();  // unknown keys are expected in reports: their warnings are dropped
  return s;
}

}  // namespace salesaudit
