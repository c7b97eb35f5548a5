// The contract's arithmetic (sections 3-4), computed once for score() and batch rows.

#include "scoring/kernel.hpp"

#include <salesaudit/rounding.hpp>
#include <salesaudit/scoring.hpp>

#include <algorithm>

namespace salesaudit::detail {

namespace {

// The dimensions' sums are added up in run()'s pass over the questions; this derives
// coverage, score and band from them.
void score_dimensions(const Questionnaire& q, ScoreKernel& k) {
  for (KernelDimension& dim : k.dimensions) {
    dim.coverage = dim.asked_weight > 0 ? dim.answered_weight / dim.asked_weight : 1.0;
    if (dim.answered == 0 || compare_approx(dim.coverage, q.min_coverage) < 0) continue;
    dim.score = 100.0 * dim.weighted / dim.answered_weight;
    dim.band = q.band_for(round2(*dim.score));  // the band of the score the user reads
  }
}

void score_overall(const Questionnaire& q, ScoreKernel& k) {
  k.overall.reset();
  k.overall_band.reset();
  double sum = 0;
  double weights = 0;
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    if (!k.dimensions[d].score) return;  // any dimension without a score: no overall
    sum += q.dimensions[d].weight * *k.dimensions[d].score;
    weights += q.dimensions[d].weight;
  }
  if (weights <= 0) return;
  k.overall = sum / weights;
  std::size_t band = q.band_for(round2(*k.overall));
  if (q.band_cap) {
    for (const auto& dim : k.dimensions) {
      if (dim.band == q.band_cap->when_band && band > q.band_cap->cap) band = q.band_cap->cap;
    }
  }
  k.overall_band = band;
}

// Up to this many elements, libstdc++'s std::sort is a plain insertion sort.
constexpr std::size_t kInsertionSortMax = 16;

void prioritize(const Questionnaire& q, ScoreKernel& k, bool top_only) {
  k.gains.assign(q.questions.size(), 0.0);
  k.recommendations.assign(q.recommendations.size(), KernelRecommendation{});
  k.ranked.clear();
  double scored_weight = 0;
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    if (k.dimensions[d].score) scored_weight += q.dimensions[d].weight;
  }
  if (scored_weight <= 0) return;
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const Question& question = q.questions[i];
    if (!k.answered[i] || !question.dimension) continue;
    const std::size_t d = *question.dimension;
    const double s = k.item_scores[i];
    if (!k.dimensions[d].score || s >= 1) continue;
    const double gain = 100.0 * (q.dimensions[d].weight / scored_weight) * question.weight * (1.0 - s) /
                        k.dimensions[d].answered_weight;
    k.gains[i] = gain;
    if (gain > 0 && question.recommendation) {
      KernelRecommendation& rec = k.recommendations[*question.recommendation];
      rec.gain += gain;
      rec.triggered = true;
    }
  }
  for (std::size_t r = 0; r < q.recommendations.size(); ++r) {
    KernelRecommendation& rec = k.recommendations[r];
    if (!rec.triggered) continue;
    rec.priority = rec.gain / effort_cost(q.recommendations[r].effort);
    k.ranked.push_back(r);
  }
  // compare_approx is not transitive, so the result is whatever std::sort makes of this
  // sequence (triggered ones in questionnaire order): every caller uses this one order.
  const auto before = [&](std::size_t a, std::size_t b) {
    const KernelRecommendation& x = k.recommendations[a];
    const KernelRecommendation& y = k.recommendations[b];
    if (int c = compare_approx(x.priority, y.priority); c != 0) return c > 0;
    if (int c = compare_approx(x.gain, y.gain); c != 0) return c > 0;
    return q.recommendations[a].id < q.recommendations[b].id;
  };
  if (top_only && k.ranked.size() > 1 && k.ranked.size() <= kInsertionSortMax) {
    // std::sort (libstdc++) sorts this few by insertion: one that comes before every other
    // (and after none) ends first whatever the rest, so one pass finds std::sort's first.
    std::size_t best = k.ranked.front();
    for (std::size_t r : k.ranked) {
      if (before(r, best)) best = r;
    }
    bool first = true;
    for (std::size_t r : k.ranked) {
      if (r != best && (!before(best, r) || before(r, best))) first = false;
    }
    if (first) {
      k.ranked.assign(1, best);
      return;
    }
  }
  std::sort(k.ranked.begin(), k.ranked.end(), before);
}

}  // namespace

void ScoreKernel::run(const Questionnaire& q, const std::vector<std::optional<Answer>>& given, bool top_only) {
  const std::size_t n = q.questions.size();
  // enable_when: conditions refer only to earlier questions, so one pass settles them.
  enabled.assign(n, 1);
  for (std::size_t i = 0; i < n; ++i) {
    if (q.questions[i].enable_when)
      enabled[i] = static_cast<char>(evaluate(*q.questions[i].enable_when, given, enabled));
  }
  answered.assign(n, 0);
  na.assign(n, 0);
  item_scores.assign(n, 0.0);
  dimensions.assign(q.dimensions.size(), KernelDimension{});
  // One pass: item scores, and each dimension's sums over its enabled, scored questions
  // not answered "na" (asked) and those answered (answered, weighted), in question order.
  for (std::size_t i = 0; i < n; ++i) {
    if (!enabled[i]) continue;
    const bool has = i < given.size() && given[i];
    if (has && given[i]->na) {
      na[i] = 1;
      continue;
    }
    const Question& question = q.questions[i];
    if (!question.scored()) continue;
    if (has) {
      answered[i] = 1;
      item_scores[i] = item_score(question, given[i]->value);
    }
    if (!question.dimension) continue;
    KernelDimension& dim = dimensions[*question.dimension];
    dim.asked += 1;
    dim.asked_weight += question.weight;
    if (has) {
      dim.answered += 1;
      dim.answered_weight += question.weight;
      dim.weighted += question.weight * item_scores[i];
    }
  }
  score_dimensions(q, *this);
  score_overall(q, *this);
  red_flags.clear();
  for (std::size_t f = 0; f < q.red_flags.size(); ++f) {
    if (evaluate(q.red_flags[f].when, given, enabled)) red_flags.push_back(f);
  }
  prioritize(q, *this, top_only);
}

}  // namespace salesaudit::detail
