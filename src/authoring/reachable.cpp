// Enumerates reachable scores by dynamic programming over questions (or dimensions),
// merging states that differ only by floating-point noise.

#include "authoring/reachable.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <tuple>

namespace salesaudit::authoring {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Sums that differ by less than this are the same state.
long long quantize(double value) {
  return std::llround(value * 1e9);
}

// Sorted, distinct (within noise) copy of `values`.
std::vector<double> distinct(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  std::vector<double> out;
  for (double v : values) {
    if (out.empty() || quantize(v) != quantize(out.back())) out.push_back(v);
  }
  return out;
}

std::vector<double> number_scores(const Question& q) {
  std::vector<double> scores;
  const double low = q.min.value_or(-kInfinity);
  const double high = q.max.value_or(kInfinity);
  double previous = -kInfinity;  // a band covers (previous max, its max]
  for (const auto& band : q.score_bands) {
    const double top = std::min(band.max.value_or(kInfinity), high);
    if (top > previous && top >= low) scores.push_back(band.score);
    if (band.max) previous = *band.max;
  }
  return scores;
}

std::vector<double> multi_choice_scores(const Question& q) {
  std::vector<double> sums = {0};  // the empty selection is a valid answer
  for (const auto& option : q.options) {
    const std::size_t count = sums.size();
    for (std::size_t i = 0; i < count; ++i) sums.push_back(std::min(1.0, sums[i] + option.score));
    sums = distinct(std::move(sums));
  }
  return sums;
}

struct State {
  double answered_weight;
  double asked_weight;
  double weighted_sum;
};

using Key = std::tuple<long long, long long, long long>;

Key key_of(const State& s) {
  return {quantize(s.answered_weight), quantize(s.asked_weight), quantize(s.weighted_sum)};
}

Reach bounds_only(double min, double max) {
  Reach reach;
  reach.exact = false;
  reach.min = min;
  reach.max = max;
  return reach;
}

Reach from_values(std::vector<double> values) {
  Reach reach;
  reach.values = distinct(std::move(values));
  if (!reach.values.empty()) {
    reach.min = reach.values.front();
    reach.max = reach.values.back();
  }
  return reach;
}

}  // namespace

std::vector<double> achievable_item_scores(const Question& q) {
  std::vector<double> scores;
  switch (q.type) {
    case QuestionType::likert:
      for (int k = 0; k < q.points; ++k) scores.push_back(static_cast<double>(k) / (q.points - 1));
      break;
    case QuestionType::choice:
      for (const auto& option : q.options) scores.push_back(option.score);
      break;
    case QuestionType::multi_choice: scores = multi_choice_scores(q); break;
    case QuestionType::boolean: scores = {q.yes_score, q.no_score}; break;
    case QuestionType::number: scores = number_scores(q); break;
    case QuestionType::text: break;
  }
  return distinct(std::move(scores));
}

Reach reachable_dimension(const Questionnaire& questionnaire, std::size_t dimension, std::size_t limit) {
  std::vector<State> states = {{0, 0, 0}};
  double lowest = kInfinity;
  double highest = -kInfinity;
  for (const auto& q : questionnaire.questions) {
    if (!q.scored() || q.dimension != dimension) continue;
    const auto scores = achievable_item_scores(q);
    if (scores.empty()) continue;
    lowest = std::min(lowest, scores.front());
    highest = std::max(highest, scores.back());
    if (states.empty()) continue;  // already over the limit: only the bounds are tracked
    std::set<Key> seen;
    std::vector<State> next;
    auto add = [&](const State& s) {
      if (seen.insert(key_of(s)).second) next.push_back(s);
    };
    for (const auto& s : states) {
      for (double score : scores)
        add({s.answered_weight + q.weight, s.asked_weight + q.weight, s.weighted_sum + q.weight * score});
      if (!q.required) add({s.answered_weight, s.asked_weight + q.weight, s.weighted_sum});  // skipped
      if (q.allow_na || q.enable_when) add(s);  // "na" or disabled: not asked
      if (next.size() > limit) break;
    }
    states = next.size() > limit ? std::vector<State>{} : std::move(next);
  }
  if (lowest > highest) return Reach{};  // no scored question: never scored
  if (states.empty()) return bounds_only(100 * lowest, 100 * highest);
  std::vector<double> values;
  for (const auto& s : states) {
    if (s.answered_weight <= 0) continue;
    const double coverage = s.answered_weight / s.asked_weight;
    if (coverage < questionnaire.min_coverage) continue;  // as the scorer: insufficient answers
    values.push_back(100.0 * s.weighted_sum / s.answered_weight);
  }
  return from_values(std::move(values));
}

Reach reachable_overall(const Questionnaire& questionnaire, const std::vector<Reach>& dimensions, std::size_t limit) {
  double total_weight = 0;
  double low = 0;
  double high = 0;
  bool exact = true;
  for (std::size_t d = 0; d < dimensions.size(); ++d) {
    if (dimensions[d].never_scored()) return Reach{};  // one null dimension makes the overall null
    const double w = questionnaire.dimensions[d].weight;
    total_weight += w;
    low += w * dimensions[d].min;
    high += w * dimensions[d].max;
    exact = exact && dimensions[d].exact;
  }
  if (total_weight <= 0) return Reach{};
  if (!exact) return bounds_only(low / total_weight, high / total_weight);
  std::vector<double> sums = {0};
  for (std::size_t d = 0; d < dimensions.size(); ++d) {
    const double w = questionnaire.dimensions[d].weight;
    std::vector<double> next;
    for (double s : sums) {
      for (double v : dimensions[d].values) next.push_back(s + w * v);
      if (next.size() > 4 * limit) return bounds_only(low / total_weight, high / total_weight);
    }
    sums = distinct(std::move(next));
    if (sums.size() > limit) return bounds_only(low / total_weight, high / total_weight);
  }
  for (double& s : sums) s /= total_weight;
  return from_values(std::move(sums));
}

}  // namespace salesaudit::authoring
