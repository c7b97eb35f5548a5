// Gains, triggered recommendations and their order (format contract, section 4).

#include "scoring/prioritize.hpp"

#include <salesaudit/rounding.hpp>

#include <algorithm>

namespace salesaudit::detail {

void prioritize(const Questionnaire& q, ScoreCard& card) {
  double scored_weight = 0;
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    if (card.dimensions[d].score) scored_weight += q.dimensions[d].weight;
  }
  if (scored_weight <= 0) return;

  std::vector<RecommendationResult> triggered(q.recommendations.size());
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const Question& question = q.questions[i];
    ItemResult& item = card.items[i];
    if (!item.answered || !item.score || !question.dimension) continue;
    const std::size_t d = *question.dimension;
    const DimensionResult& dim = card.dimensions[d];
    if (!dim.score || *item.score >= 1) continue;
    item.gain =
        100.0 * (q.dimensions[d].weight / scored_weight) * question.weight * (1.0 - *item.score) / dim.answered_weight;
    if (item.gain > 0 && question.recommendation) {
      RecommendationResult& rec = triggered[*question.recommendation];
      rec.gain += item.gain;
      rec.questions.push_back(i);  // questionnaire order, as the loop goes
    }
  }

  for (std::size_t r = 0; r < q.recommendations.size(); ++r) {
    RecommendationResult& rec = triggered[r];
    if (rec.questions.empty()) continue;
    rec.recommendation = r;
    rec.priority = rec.gain / effort_cost(q.recommendations[r].effort);
    rec.horizon_days = horizon_days(q.recommendations[r].effort);
    card.recommendations.push_back(std::move(rec));
  }
  std::sort(card.recommendations.begin(), card.recommendations.end(),
            [&](const RecommendationResult& a, const RecommendationResult& b) {
              if (int c = compare_approx(a.priority, b.priority); c != 0) return c > 0;
              if (int c = compare_approx(a.gain, b.gain); c != 0) return c > 0;
              return q.recommendations[a.recommendation].id < q.recommendations[b.recommendation].id;
            });
}

}  // namespace salesaudit::detail
