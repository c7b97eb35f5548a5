// The team report in one streaming pass (docs/team.md). Figures are accumulated by id
// (dimension, question, recommendation, band), so respondents of several minor versions
// add into the same sums in input order, and the newest version names them at the end.
// Per respondent only its label and one score per dimension (and overall) are kept, for
// the list of respondents and exact medians.

#include "team/reliability.hpp"
#include "team/statistics.hpp"

#include <salesaudit/registry.hpp>
#include <salesaudit/rounding.hpp>
#include <salesaudit/team.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <string>

namespace salesaudit {

// Named, not anonymous: TeamBuilder::Impl holds these, and a class with external linkage
// may not hold types of an anonymous namespace when a unity build includes this file.
namespace team_builder {

struct Scores {                // one distribution (overall or a dimension), by slot
  std::vector<double> values;  // input order, for the median, min, max and bands
  double sum = 0;              // input order, as stats::mean adds
};

struct Group {  // managers or the others, for the role gap
  std::size_t members = 0;
  double overall_sum = 0;
  std::size_t overall_n = 0;
  std::vector<double> sums;  // per dimension slot
  std::vector<std::size_t> n;
};

// One questionnaire version seen: where its indices go, and its reliability sums.
struct Version {
  std::shared_ptr<const Questionnaire> questionnaire;
  std::vector<std::size_t> dimension_slot, question_slot, recommendation_slot, band_slot;
  // Per own dimension: its scored questions that enable_when does not switch off.
  std::vector<std::vector<std::size_t>> candidates;
  std::vector<stats::PairwiseCovariance> covariance;
  std::vector<double> values;  // scratch for one respondent
  std::vector<char> present;
};

}  // namespace team_builder

namespace {

std::size_t slot_of(std::map<std::string, std::size_t>& slots, const std::string& id) {
  return slots.emplace(id, slots.size()).first->second;
}

bool is_manager(const std::optional<std::string>& role) {
  if (!role) return false;
  std::string r = *role;
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r == "manager";
}

}  // namespace

struct TeamBuilder::Impl {
  std::map<std::string, std::size_t> dimension_slots, question_slots, recommendation_slots, band_slots;
  std::vector<team_builder::Version> versions;
  std::vector<std::string> labels;
  team_builder::Scores overall;
  std::vector<std::uint16_t> overall_band_slot;  // per overall value
  std::size_t overall_no_score = 0;
  std::vector<team_builder::Scores> dimensions;  // per dimension slot
  std::vector<double> coverage_sums;             // per dimension slot
  std::vector<std::size_t> item_n;               // per question slot
  std::vector<double> item_sums;                 // of 100 x s
  std::vector<double> gain_sums;                 // per recommendation slot
  std::vector<std::size_t> gain_respondents;
  team_builder::Group managers, others;

  team_builder::Version& version_of(const std::shared_ptr<const Questionnaire>& q) {
    for (auto& v : versions) {
      if (v.questionnaire == q) return v;
    }
    team_builder::Version v;
    v.questionnaire = q;
    for (const auto& d : q->dimensions) v.dimension_slot.push_back(slot_of(dimension_slots, d.id));
    for (const auto& question : q->questions) v.question_slot.push_back(slot_of(question_slots, question.id));
    for (const auto& r : q->recommendations) v.recommendation_slot.push_back(slot_of(recommendation_slots, r.id));
    for (const auto& b : q->bands) v.band_slot.push_back(slot_of(band_slots, b.id));
    v.candidates.resize(q->dimensions.size());
    for (std::size_t i = 0; i < q->questions.size(); ++i) {
      const Question& question = q->questions[i];
      if (question.dimension && question.scored() && !question.enable_when)
        v.candidates[*question.dimension].push_back(i);
    }
    for (const auto& c : v.candidates) v.covariance.emplace_back(c.size());
    dimensions.resize(dimension_slots.size());
    coverage_sums.resize(dimension_slots.size(), 0.0);
    item_n.resize(question_slots.size(), 0);
    item_sums.resize(question_slots.size(), 0.0);
    gain_sums.resize(recommendation_slots.size(), 0.0);
    gain_respondents.resize(recommendation_slots.size(), 0);
    for (team_builder::Group* g : {&managers, &others}) {
      g->sums.resize(dimension_slots.size(), 0.0);
      g->n.resize(dimension_slots.size(), 0);
    }
    versions.push_back(std::move(v));
    return versions.back();
  }

  void add(const std::shared_ptr<const Questionnaire>& q, const TeamMember& m) {
    team_builder::Version& v = version_of(q);
    labels.push_back(m.label);
    team_builder::Group& group = is_manager(m.role) ? managers : others;
    ++group.members;
    if (m.overall) {
      overall.values.push_back(*m.overall);
      overall.sum += *m.overall;
      overall_band_slot.push_back(static_cast<std::uint16_t>(m.overall_band ? v.band_slot[*m.overall_band] : 0xffff));
      group.overall_sum += *m.overall;
      ++group.overall_n;
    } else {
      ++overall_no_score;
    }
    for (std::size_t d = 0; d < m.dimensions.size(); ++d) {
      const std::size_t s = v.dimension_slot[d];
      coverage_sums[s] += m.coverage[d];
      if (!m.dimensions[d]) continue;
      dimensions[s].values.push_back(*m.dimensions[d]);
      dimensions[s].sum += *m.dimensions[d];
      group.sums[s] += *m.dimensions[d];
      ++group.n[s];
    }
    for (std::size_t i = 0; i < m.items.size(); ++i) {
      if (!m.items[i]) continue;
      ++item_n[v.question_slot[i]];
      item_sums[v.question_slot[i]] += 100.0 * *m.items[i];
    }
    for (std::size_t r = 0; r < m.gains.size(); ++r) {
      if (m.gains[r] <= 0) continue;
      gain_sums[v.recommendation_slot[r]] += m.gains[r];
      ++gain_respondents[v.recommendation_slot[r]];
    }
    for (std::size_t d = 0; d < v.candidates.size(); ++d) {
      const auto& questions = v.candidates[d];
      v.values.resize(questions.size());
      v.present.resize(questions.size());
      for (std::size_t c = 0; c < questions.size(); ++c) {
        const auto& item = m.items[questions[c]];
        v.present[c] = item ? 1 : 0;
        v.values[c] = item.value_or(0.0);
      }
      v.covariance[d].add(v.values, v.present);
    }
  }

  Distribution distribution(const Questionnaire& q, team_builder::Scores& scores, std::size_t no_score,
                            const std::vector<std::uint16_t>* value_bands) const;
  void reliability(const Questionnaire& q, std::size_t d, TeamDimension& out) const;
  TeamReport finish(const Questionnaire& q);
};

namespace {

// The exact median, selecting in place (the order of `values` is not needed after).
double median_in_place(std::vector<double>& values) {
  const std::size_t mid = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
  const double upper = values[mid];
  if (values.size() % 2 == 1) return upper;
  const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
  return (lower + upper) / 2.0;
}

std::optional<std::size_t> find_slot(const std::map<std::string, std::size_t>& slots, const std::string& id) {
  auto it = slots.find(id);
  if (it == slots.end()) return std::nullopt;
  return it->second;
}

std::optional<double> mean_of(double sum, std::size_t n) {
  if (n == 0) return std::nullopt;
  return sum / static_cast<double>(n);
}

}  // namespace

Distribution TeamBuilder::Impl::distribution(const Questionnaire& q, team_builder::Scores& scores, std::size_t no_score,
                                             const std::vector<std::uint16_t>* value_bands) const {
  Distribution out;
  out.bands.assign(q.bands.size(), 0);
  out.no_score = no_score;
  out.n = scores.values.size();
  if (scores.values.empty()) return out;
  // A band slot names a band by id; one the team questionnaire lacks is found by score.
  std::vector<std::optional<std::size_t>> band_of_slot(band_slots.size());
  for (const auto& [id, slot] : band_slots) {
    for (std::size_t b = 0; b < q.bands.size(); ++b) {
      if (q.bands[b].id == id) band_of_slot[slot] = b;
    }
  }
  for (std::size_t i = 0; i < scores.values.size(); ++i) {
    std::optional<std::size_t> band;
    if (value_bands != nullptr && (*value_bands)[i] != 0xffff) band = band_of_slot[(*value_bands)[i]];
    ++out.bands[band ? *band : q.band_for(scores.values[i])];
  }
  out.mean = scores.sum / static_cast<double>(out.n);
  out.min = *std::min_element(scores.values.begin(), scores.values.end());
  out.max = *std::max_element(scores.values.begin(), scores.values.end());
  out.median = median_in_place(scores.values);  // last: it reorders the values
  return out;
}

// Pairwise covariances of the team dimension's questions, gathered from every version's
// sums for the pairs that version groups in one dimension (docs/team.md).
void TeamBuilder::Impl::reliability(const Questionnaire& q, std::size_t d, TeamDimension& out) const {
  std::vector<std::size_t> questions;
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const Question& question = q.questions[i];
    if (question.dimension != d || !question.scored() || question.enable_when) continue;
    const auto slot = find_slot(question_slots, question.id);
    if (slot && item_n[*slot] >= 2) questions.push_back(i);
  }
  if (questions.size() < 2) return;
  stats::PairwiseCovariance covariance(questions.size());
  for (const team_builder::Version& v : versions) {
    // Where each of the questions sits in v: (own dimension, position among its candidates).
    std::vector<std::optional<std::pair<std::size_t, std::size_t>>> at(questions.size());
    for (std::size_t c = 0; c < questions.size(); ++c) {
      const auto own = v.questionnaire->question_index(q.questions[questions[c]].id);
      if (!own || !v.questionnaire->questions[*own].dimension) continue;
      const std::size_t od = *v.questionnaire->questions[*own].dimension;
      const auto& list = v.candidates[od];
      const auto it = std::find(list.begin(), list.end(), *own);
      if (it != list.end()) at[c] = std::pair{od, static_cast<std::size_t>(it - list.begin())};
    }
    for (std::size_t a = 0; a < questions.size(); ++a) {
      for (std::size_t b = a; b < questions.size(); ++b) {
        if (!at[a] || !at[b] || at[a]->first != at[b]->first) continue;
        covariance.merge(a, b, v.covariance[at[a]->first], at[a]->second, at[b]->second);
      }
    }
  }
  const stats::Reliability r = stats::reliability(covariance);
  out.alpha = r.alpha;
  for (std::size_t c = 0; c < questions.size(); ++c) out.item_rest.push_back({questions[c], r.item_rest[c]});
}

TeamReport TeamBuilder::Impl::finish(const Questionnaire& q) {
  TeamReport report;
  report.questionnaire = &q;
  const std::size_t total = labels.size();
  report.respondents = std::move(labels);
  labels.clear();
  report.overall = distribution(q, overall, overall_no_score, &overall_band_slot);
  report.reliability = total >= kMinReliabilityRespondents;
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    TeamDimension dim;
    const auto slot = find_slot(dimension_slots, q.dimensions[d].id);
    team_builder::Scores none;
    team_builder::Scores& scores = slot ? dimensions[*slot] : none;
    dim.scores = distribution(q, scores, total - scores.values.size(), nullptr);
    if (total > 0) dim.coverage = (slot ? coverage_sums[*slot] : 0.0) / static_cast<double>(total);
    if (report.reliability) reliability(q, d, dim);
    report.dimensions.push_back(std::move(dim));
  }
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const auto slot = find_slot(question_slots, q.questions[i].id);
    if (!slot || item_n[*slot] == 0) continue;
    report.weakest.push_back({i, item_n[*slot], item_sums[*slot] / static_cast<double>(item_n[*slot])});
  }
  // Weakest first; ties keep questionnaire order.
  std::stable_sort(report.weakest.begin(), report.weakest.end(),
                   [](const TeamItem& a, const TeamItem& b) { return compare_approx(a.mean, b.mean) < 0; });
  for (std::size_t r = 0; r < q.recommendations.size() && total > 0; ++r) {
    const auto slot = find_slot(recommendation_slots, q.recommendations[r].id);
    if (!slot || gain_respondents[*slot] == 0) continue;
    TeamAction action;
    action.recommendation = r;
    action.respondents = gain_respondents[*slot];
    action.gain = gain_sums[*slot] / static_cast<double>(total);
    action.priority = action.gain / effort_cost(q.recommendations[r].effort);
    action.horizon_days = horizon_days(q.recommendations[r].effort);
    report.actions.push_back(action);
  }
  std::sort(report.actions.begin(), report.actions.end(), [&](const TeamAction& a, const TeamAction& b) {
    if (int c = compare_approx(a.priority, b.priority); c != 0) return c > 0;
    if (int c = compare_approx(a.gain, b.gain); c != 0) return c > 0;
    return q.recommendations[a.recommendation].id < q.recommendations[b.recommendation].id;
  });
  if (managers.members > 0 && others.members > 0) {
    RoleGap gap;
    gap.managers = managers.members;
    gap.others = others.members;
    gap.manager_overall = mean_of(managers.overall_sum, managers.overall_n);
    gap.team_overall = mean_of(others.overall_sum, others.overall_n);
    for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
      const auto slot = find_slot(dimension_slots, q.dimensions[d].id);
      gap.manager.push_back(slot ? mean_of(managers.sums[*slot], managers.n[*slot]) : std::nullopt);
      gap.team.push_back(slot ? mean_of(others.sums[*slot], others.n[*slot]) : std::nullopt);
    }
    report.gap = gap;
  }
  return report;
}

TeamBuilder::TeamBuilder() : impl_(std::make_unique<Impl>()) {}
TeamBuilder::~TeamBuilder() = default;

void TeamBuilder::add(const std::shared_ptr<const Questionnaire>& own, const TeamMember& member) {
  impl_->add(own, member);
}

std::size_t TeamBuilder::size() const {
  return impl_->labels.size();
}

std::shared_ptr<const Questionnaire> TeamBuilder::newest() const {
  std::shared_ptr<const Questionnaire> best;
  for (const auto& v : impl_->versions) {
    if (!best || compare_versions(v.questionnaire->version, best->version) > 0) best = v.questionnaire;
  }
  return best;
}

TeamReport TeamBuilder::finish(const Questionnaire& team) {
  return impl_->finish(team);
}

TeamReport summarize_team(const Questionnaire& questionnaire, const std::vector<TeamMember>& members) {
  TeamBuilder builder;
  // Not owned: the caller keeps the questionnaire alive (as the report requires anyway).
  const std::shared_ptr<const Questionnaire> q(std::shared_ptr<const Questionnaire>(), &questionnaire);
  for (const auto& m : members) builder.add(q, m);
  return builder.finish(questionnaire);
}

}  // namespace salesaudit
