// Row figures mirroring scorer.cpp and prioritize.cpp (format contract, sections 3-4).

#include "batch/row_scorer.hpp"

#include <salesaudit/rounding.hpp>
#include <salesaudit/scoring.hpp>

#include <algorithm>

namespace salesaudit::batch {

void RowScorer::score(const Questionnaire& q, const AnswerSet& answers, ScoreRow& row) {
  const std::size_t n_questions = q.questions.size();
  const std::size_t n_dimensions = q.dimensions.size();
  const auto& given = answers.answers;

  // enable_when: conditions refer only to earlier questions (as enabled_questions).
  enabled_.assign(n_questions, 1);
  for (std::size_t i = 0; i < n_questions; ++i) {
    if (q.questions[i].enable_when)
      enabled_[i] = static_cast<char>(evaluate(*q.questions[i].enable_when, given, enabled_));
  }

  dimensions_.assign(n_dimensions, Dimension{});
  item_scores_.assign(n_questions, 0.0);
  answered_.assign(n_questions, 0);
  for (std::size_t i = 0; i < n_questions; ++i) {
    const Question& question = q.questions[i];
    if (!enabled_[i] || i >= given.size() || !given[i] || given[i]->na || !question.scored()) continue;
    answered_[i] = 1;
    item_scores_[i] = item_score(question, given[i]->value);
  }
  // Same accumulation order as score_dimensions: weights first, then weighted scores.
  for (std::size_t i = 0; i < n_questions; ++i) {
    const Question& question = q.questions[i];
    if (!question.scored() || !question.dimension || !enabled_[i]) continue;
    const bool na = i < given.size() && given[i] && given[i]->na;
    if (na) continue;
    Dimension& dim = dimensions_[*question.dimension];
    dim.asked_weight += question.weight;
    if (answered_[i]) {
      dim.answered += 1;
      dim.answered_weight += question.weight;
    }
  }
  for (std::size_t i = 0; i < n_questions; ++i) {
    if (answered_[i]) dimensions_[*q.questions[i].dimension].weighted += q.questions[i].weight * item_scores_[i];
  }

  row.dimensions.clear();
  row.coverage.clear();
  for (std::size_t d = 0; d < n_dimensions; ++d) {
    Dimension& dim = dimensions_[d];
    const double coverage = dim.asked_weight > 0 ? dim.answered_weight / dim.asked_weight : 1.0;
    row.coverage.push_back(coverage);
    if (dim.answered == 0 || compare_approx(coverage, q.min_coverage) < 0) {
      row.dimensions.emplace_back();
      continue;
    }
    const double score = 100.0 * dim.weighted / dim.answered_weight;
    dim.scored = true;
    dim.band = q.band_for(round2(score));
    row.dimensions.emplace_back(score);
  }

  // Overall, as score_overall.
  row.overall.reset();
  row.overall_band.reset();
  double sum = 0;
  double weights = 0;
  bool any_null = false;
  for (std::size_t d = 0; d < n_dimensions; ++d) {
    if (!row.dimensions[d]) {
      any_null = true;
      continue;
    }
    sum += q.dimensions[d].weight * *row.dimensions[d];
    weights += q.dimensions[d].weight;
  }
  if (!any_null && weights > 0) {
    row.overall = sum / weights;
    std::size_t band = q.band_for(round2(*row.overall));
    if (q.band_cap) {
      for (const auto& dim : dimensions_) {
        if (dim.scored && dim.band == q.band_cap->when_band && band > q.band_cap->cap) band = q.band_cap->cap;
      }
    }
    row.overall_band = band;
  }

  row.red_flags = 0;
  for (const auto& flag : q.red_flags) {
    if (evaluate(flag.when, given, enabled_)) ++row.red_flags;
  }

  // Top action, as prioritize: the same sort on the same sequence gives the same front.
  row.top_action.reset();
  double scored_weight = 0;
  for (std::size_t d = 0; d < n_dimensions; ++d) {
    if (row.dimensions[d]) scored_weight += q.dimensions[d].weight;
  }
  if (scored_weight > 0) {
    recommendations_.assign(q.recommendations.size(), Recommendation{});
    for (std::size_t i = 0; i < n_questions; ++i) {
      const Question& question = q.questions[i];
      const double s = item_scores_[i];
      if (!answered_[i] || !question.dimension) continue;
      const std::size_t d = *question.dimension;
      if (!row.dimensions[d] || s >= 1) continue;
      const double gain = 100.0 * (q.dimensions[d].weight / scored_weight) * question.weight * (1.0 - s) /
                          dimensions_[d].answered_weight;
      if (gain > 0 && question.recommendation) {
        Recommendation& rec = recommendations_[*question.recommendation];
        rec.gain += gain;
        rec.triggered = true;
      }
    }
    sorted_.clear();
    for (std::size_t r = 0; r < recommendations_.size(); ++r) {
      Recommendation& rec = recommendations_[r];
      if (!rec.triggered) continue;
      rec.index = r;
      rec.priority = rec.gain / effort_cost(q.recommendations[r].effort);
      sorted_.push_back(rec);
    }
    std::sort(sorted_.begin(), sorted_.end(), [&](const Recommendation& a, const Recommendation& b) {
      if (int c = compare_approx(a.priority, b.priority); c != 0) return c > 0;
      if (int c = compare_approx(a.gain, b.gain); c != 0) return c > 0;
      return q.recommendations[a.index].id < q.recommendations[b.index].id;
    });
    if (!sorted_.empty()) row.top_action = sorted_.front().index;
  }
  row.respondent_id = answers.respondent.id;
}

}  // namespace salesaudit::batch
