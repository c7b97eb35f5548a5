// A batch row from the scoring kernel: the same figures as summarize(score(...)).

#include "batch/row_scorer.hpp"

namespace salesaudit::batch {

void RowScorer::score(const Questionnaire& q, const AnswerSet& answers, ScoreRow& row, bool details) {
  kernel_.run(q, answers.answers, true);  // a row shows the top action only
  row.dimensions.clear();
  row.coverage.clear();
  for (const auto& dim : kernel_.dimensions) {
    row.dimensions.push_back(dim.score);
    row.coverage.push_back(dim.coverage);
  }
  row.overall = kernel_.overall;
  row.overall_band = kernel_.overall_band;
  row.red_flags = kernel_.red_flags.size();
  row.top_action.reset();
  if (!kernel_.ranked.empty()) row.top_action = kernel_.ranked.front();
  row.respondent_id = answers.respondent.id;
  row.items.clear();
  row.gains.clear();
  row.role.reset();
  row.language.reset();
  if (!details) return;
  row.role = answers.respondent.role;
  row.language = answers.language;
  for (std::size_t i = 0; i < kernel_.answered.size(); ++i) {
    row.items.push_back(kernel_.answered[i] ? std::optional<double>(kernel_.item_scores[i]) : std::nullopt);
  }
  for (const auto& rec : kernel_.recommendations) row.gains.push_back(rec.gain);
}

}  // namespace salesaudit::batch
