// Comparing two audits of the same questionnaire: score deltas, band changes, items
// improved and regressed, actions resolved and new.

#include <salesaudit/error.hpp>
#include <salesaudit/rounding.hpp>
#include <salesaudit/versions.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace salesaudit {

namespace {

AuditDiff::Change change(std::string id, std::string title, std::optional<double> before, std::optional<double> after,
                         std::optional<std::string> band_before, std::optional<std::string> band_after) {
  AuditDiff::Change c{std::move(id),          std::move(title),     before, after, std::nullopt,
                      std::move(band_before), std::move(band_after)};
  // Inputs are already rounded, so the delta is what a reader computes from the report.
  if (before && after) c.delta = round2(*after - *before);
  return c;
}

// Largest change first, then id, so the order never depends on input order.
void sort_by_size(std::vector<AuditDiff::Change>& changes) {
  std::sort(changes.begin(), changes.end(), [](const AuditDiff::Change& a, const AuditDiff::Change& b) {
    const double x = std::fabs(*a.delta);
    const double y = std::fabs(*b.delta);
    if (x != y) return x > y;
    return a.id < b.id;
  });
}

std::vector<AuditDiff::Action> missing_from(const AuditSnapshot& from, const AuditSnapshot& other) {
  std::vector<AuditDiff::Action> out;
  for (std::size_t i = 0; i < from.recommendations.size(); ++i) {
    const auto& id = from.recommendations[i];
    if (std::find(other.recommendations.begin(), other.recommendations.end(), id) == other.recommendations.end()) {
      out.push_back({id, i < from.recommendation_titles.size() ? from.recommendation_titles[i] : ""});
    }
  }
  return out;
}

}  // namespace

bool AuditDiff::regression() const {
  return std::any_of(dimensions.begin(), dimensions.end(), [](const Change& c) { return c.delta && *c.delta < 0; });
}

AuditDiff diff_audits(AuditSnapshot before, AuditSnapshot after) {
  AuditDiff diff;
  diff.overall = change("overall", "Overall", before.overall, after.overall, before.overall_band, after.overall_band);
  for (const auto& dim : after.dimensions) {
    auto old =
        std::find_if(before.dimensions.begin(), before.dimensions.end(), [&](const auto& d) { return d.id == dim.id; });
    const bool found = old != before.dimensions.end();
    diff.dimensions.push_back(change(dim.id, dim.title, found ? old->score : std::nullopt, dim.score,
                                     found ? old->band : std::nullopt, dim.band));
    if (!found) diff.notes.push_back(fmt::format("dimension \"{}\" is only in the new audit", dim.id));
  }
  for (const auto& dim : before.dimensions) {
    auto now =
        std::find_if(after.dimensions.begin(), after.dimensions.end(), [&](const auto& d) { return d.id == dim.id; });
    if (now != after.dimensions.end()) continue;
    diff.dimensions.push_back(change(dim.id, dim.title, dim.score, std::nullopt, dim.band, std::nullopt));
    diff.notes.push_back(fmt::format("dimension \"{}\" is only in the old audit", dim.id));
  }
  if (before.items && after.items) {
    diff.items_compared = true;
    for (const auto& item : *after.items) {
      auto old =
          std::find_if(before.items->begin(), before.items->end(), [&](const auto& i) { return i.id == item.id; });
      if (old == before.items->end() || !old->score || !item.score) continue;
      auto c = change(item.id, item.id, old->score, item.score, std::nullopt, std::nullopt);
      if (*c.delta > 0)
        diff.improved.push_back(std::move(c));
      else if (*c.delta < 0)
        diff.regressed.push_back(std::move(c));
    }
    sort_by_size(diff.improved);
    sort_by_size(diff.regressed);
  }
  diff.resolved = missing_from(before, after);
  diff.added = missing_from(after, before);
  if (before.questionnaire_version != after.questionnaire_version) {
    diff.notes.push_back(fmt::format(
        "the audits use different versions ({}@{} and {}@{}): dimensions and questions "
        "are matched by id",
        before.questionnaire_id, before.questionnaire_version, after.questionnaire_id, after.questionnaire_version));
  }
  diff.before = std::move(before);
  diff.after = std::move(after);
  return diff;
}

DiffFormat parse_diff_format(std::string_view name) {
  if (name == "text") return DiffFormat::text;
  if (name == "markdown" || name == "md") return DiffFormat::markdown;
  if (name == "json") return DiffFormat::json;
  throw UsageError(fmt::format("unknown diff format \"{}\": expected text, markdown or json", name));
}

}  // namespace salesaudit
