// A score card mapped onto the team questionnaire by id.

#include <salesaudit/team.hpp>

namespace salesaudit {

namespace {

template <typename T>
std::optional<std::size_t> find_by_id(const std::vector<T>& list, const std::string& id) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i].id == id) return i;
  }
  return std::nullopt;
}

}  // namespace

TeamMember team_member(const Questionnaire& team, const ScoreCard& card, std::string label) {
  const Questionnaire& own = *card.questionnaire;
  TeamMember m;
  m.label = std::move(label);
  m.role = card.answers->respondent.role;
  m.overall = card.overall;
  m.overall_band = card.overall_band;
  for (const DimensionResult& dim : card.dimensions) {
    m.dimensions.push_back(dim.score);
    m.coverage.push_back(dim.coverage);
  }
  for (const ItemResult& item : card.items) {
    m.items.push_back(item.answered ? item.score : std::nullopt);
  }
  m.gains.assign(own.recommendations.size(), 0.0);
  for (const RecommendationResult& rec : card.recommendations) m.gains[rec.recommendation] = rec.gain;
  return &team == &own ? m : remap_member(m, own, team);
}

TeamMember remap_member(const TeamMember& member, const Questionnaire& from, const Questionnaire& to) {
  TeamMember m;
  m.label = member.label;
  m.role = member.role;
  m.overall = member.overall;
  if (member.overall_band) {
    m.overall_band = find_by_id(to.bands, from.bands[*member.overall_band].id);
    if (!m.overall_band && member.overall) m.overall_band = to.band_for(*member.overall);
  }
  m.dimensions.assign(to.dimensions.size(), std::nullopt);
  m.coverage.assign(to.dimensions.size(), 0.0);
  for (std::size_t d = 0; d < from.dimensions.size(); ++d) {
    if (auto t = find_by_id(to.dimensions, from.dimensions[d].id)) {
      m.dimensions[*t] = member.dimensions[d];
      m.coverage[*t] = member.coverage[d];
    }
  }
  m.items.assign(to.questions.size(), std::nullopt);
  for (std::size_t i = 0; i < from.questions.size(); ++i) {
    if (auto t = to.question_index(from.questions[i].id)) m.items[*t] = member.items[i];
  }
  m.gains.assign(to.recommendations.size(), 0.0);
  for (std::size_t r = 0; r < from.recommendations.size(); ++r) {
    if (auto t = find_by_id(to.recommendations, from.recommendations[r].id)) m.gains[*t] = member.gains[r];
  }
  return m;
}

}  // namespace salesaudit
