// Team statistics: distributions, weakest questions, team actions, role gap, reliability.

#include "team/statistics.hpp"

#include <salesaudit/rounding.hpp>
#include <salesaudit/team.hpp>

#include <algorithm>
#include <cctype>

namespace salesaudit {

namespace {

Distribution distribution(const Questionnaire& q, const std::vector<std::optional<double>>& scores,
                          const std::vector<std::optional<std::size_t>>& bands) {
  Distribution out;
  out.bands.assign(q.bands.size(), 0);
  std::vector<double> values;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (!scores[i]) {
      ++out.no_score;
      continue;
    }
    values.push_back(*scores[i]);
    ++out.bands[bands[i] ? *bands[i] : q.band_for(*scores[i])];
  }
  out.n = values.size();
  out.mean = stats::mean(values);
  out.median = stats::median(values);
  if (!values.empty()) {
    out.min = *std::min_element(values.begin(), values.end());
    out.max = *std::max_element(values.begin(), values.end());
  }
  return out;
}

bool is_manager(const TeamMember& m) {
  if (!m.role) return false;
  std::string role = *m.role;
  for (char& c : role) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return role == "manager";
}

std::optional<double> mean_of(const std::vector<const TeamMember*>& group,
                              const std::optional<double>& (*pick)(const TeamMember&, std::size_t), std::size_t d) {
  std::vector<double> values;
  for (const TeamMember* m : group) {
    if (const auto& v = pick(*m, d)) values.push_back(*v);
  }
  return stats::mean(values);
}

const std::optional<double>& pick_dimension(const TeamMember& m, std::size_t d) {
  return m.dimensions[d];
}
const std::optional<double>& pick_overall(const TeamMember& m, std::size_t) {
  return m.overall;
}

std::optional<RoleGap> role_gap(const Questionnaire& q, const std::vector<TeamMember>& members) {
  std::vector<const TeamMember*> managers;
  std::vector<const TeamMember*> others;
  for (const auto& m : members) (is_manager(m) ? managers : others).push_back(&m);
  if (managers.empty() || others.empty()) return std::nullopt;
  RoleGap gap;
  gap.managers = managers.size();
  gap.others = others.size();
  gap.manager_overall = mean_of(managers, pick_overall, 0);
  gap.team_overall = mean_of(others, pick_overall, 0);
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    gap.manager.push_back(mean_of(managers, pick_dimension, d));
    gap.team.push_back(mean_of(others, pick_dimension, d));
  }
  return gap;
}

std::vector<TeamItem> weakest_items(const Questionnaire& q, const std::vector<TeamMember>& members) {
  std::vector<TeamItem> items;
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    std::vector<double> values;
    for (const auto& m : members) {
      if (m.items[i]) values.push_back(100.0 * *m.items[i]);
    }
    if (values.empty()) continue;
    items.push_back({i, values.size(), *stats::mean(values)});
  }
  // Weakest first; ties keep questionnaire order.
  std::stable_sort(items.begin(), items.end(),
                   [](const TeamItem& a, const TeamItem& b) { return compare_approx(a.mean, b.mean) < 0; });
  return items;
}

std::vector<TeamAction> team_actions(const Questionnaire& q, const std::vector<TeamMember>& members) {
  std::vector<TeamAction> actions;
  if (members.empty()) return actions;
  for (std::size_t r = 0; r < q.recommendations.size(); ++r) {
    TeamAction action;
    action.recommendation = r;
    double total = 0;
    for (const auto& m : members) {
      if (m.gains[r] <= 0) continue;
      total += m.gains[r];
      ++action.respondents;
    }
    if (action.respondents == 0) continue;
    action.gain = total / static_cast<double>(members.size());
    action.priority = action.gain / effort_cost(q.recommendations[r].effort);
    action.horizon_days = horizon_days(q.recommendations[r].effort);
    actions.push_back(action);
  }
  std::sort(actions.begin(), actions.end(), [&](const TeamAction& a, const TeamAction& b) {
    if (int c = compare_approx(a.priority, b.priority); c != 0) return c > 0;
    if (int c = compare_approx(a.gain, b.gain); c != 0) return c > 0;
    return q.recommendations[a.recommendation].id < q.recommendations[b.recommendation].id;
  });
  return actions;
}

// Listwise by item: only the dimension's questions answered by every respondent count,
// so every respondent contributes a complete row.
void reliability(const Questionnaire& q, const std::vector<TeamMember>& members, std::size_t d, TeamDimension& out) {
  std::vector<std::size_t> questions;
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    if (q.questions[i].dimension != d) continue;
    if (std::all_of(members.begin(), members.end(), [&](const TeamMember& m) { return m.items[i].has_value(); })) {
      questions.push_back(i);
    }
  }
  if (questions.size() < 2) return;
  std::vector<std::vector<double>> rows;
  for (const auto& m : members) {
    std::vector<double> row;
    for (std::size_t i : questions) row.push_back(*m.items[i]);
    rows.push_back(std::move(row));
  }
  out.alpha = stats::cronbach_alpha(rows);
  const auto r = stats::item_rest_correlations(rows);
  for (std::size_t c = 0; c < questions.size(); ++c) out.item_rest.push_back({questions[c], r[c]});
}

}  // namespace

std::optional<double> rounded_gap(const std::optional<double>& a, const std::optional<double>& b) {
  if (!a || !b) return std::nullopt;
  return round2(round2(*a) - round2(*b));
}

TeamReport summarize_team(const Questionnaire& q, const std::vector<TeamMember>& members) {
  TeamReport report;
  report.questionnaire = &q;
  std::vector<std::optional<double>> overall;
  std::vector<std::optional<std::size_t>> overall_bands;
  for (const auto& m : members) {
    report.respondents.push_back(m.label);
    overall.push_back(m.overall);
    overall_bands.push_back(m.overall_band);
  }
  report.overall = distribution(q, overall, overall_bands);
  report.reliability = members.size() >= kMinReliabilityRespondents;
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    std::vector<std::optional<double>> scores;
    std::vector<double> coverage;
    for (const auto& m : members) {
      scores.push_back(m.dimensions[d]);
      coverage.push_back(m.coverage[d]);
    }
    TeamDimension dim;
    dim.scores = distribution(q, scores, std::vector<std::optional<std::size_t>>(scores.size()));
    dim.coverage = stats::mean(coverage);
    if (report.reliability) reliability(q, members, d, dim);
    report.dimensions.push_back(std::move(dim));
  }
  report.weakest = weakest_items(q, members);
  report.actions = team_actions(q, members);
  report.gap = role_gap(q, members);
  return report;
}

}  // namespace salesaudit
