// Enumerates reachable scores by dynamic programming over questions (or dimensions),
// merging states that differ only by floating-point noise. Every enumeration is capped
// (states at once, and a Budget shared by a whole lint run) and falls back to bounds.

#include "authoring/reachable.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
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

// Distinct subset sums (capped at 1) kept at most; past it only the range is kept.
constexpr std::size_t kMaxSubsetSums = 1u << 14;

ItemScores multi_choice_scores(const Question& q, Budget& budget) {
  std::vector<double> sums = {0};  // the empty selection is a valid answer
  std::vector<double> shifted;
  std::vector<double> merged;
  double total = 0;
  for (const auto& option : q.options) total += option.score;
  for (const auto& option : q.options) {
    if (sums.size() > kMaxSubsetSums || !budget.spend(2 * sums.size())) return {{0, std::min(1.0, total)}, false};
    // min(1, s + score) keeps the order of `sums`: one linear merge instead of a sort.
    shifted.clear();
    for (double s : sums) shifted.push_back(std::min(1.0, s + option.score));
    merged.clear();
    std::merge(sums.begin(), sums.end(), shifted.begin(), shifted.end(), std::back_inserter(merged));
    sums.clear();
    for (double v : merged) {
      if (sums.empty() || quantize(v) != quantize(sums.back())) sums.push_back(v);
    }
  }
  return {std::move(sums), true};
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

// Keeps one state per key, the first generated (sorting keys beats a node-based set).
void dedupe(std::vector<State>& states) {
  std::vector<std::pair<Key, std::size_t>> keys;
  keys.reserve(states.size());
  for (std::size_t i = 0; i < states.size(); ++i) keys.emplace_back(key_of(states[i]), i);
  std::sort(keys.begin(), keys.end());
  std::vector<State> out;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i == 0 || keys[i].first != keys[i - 1].first) out.push_back(states[keys[i].second]);
  }
  states = std::move(out);
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

ItemScores item_scores(const Question& q, Budget& budget) {
  std::vector<double> scores;
  switch (q.type) {
    case QuestionType::likert:
      for (int k = 0; k < q.points; ++k) scores.push_back(static_cast<double>(k) / (q.points - 1));
      break;
    case QuestionType::choice:
      for (const auto& option : q.options) scores.push_back(option.score);
      break;
    case QuestionType::multi_choice: {
      auto multi = multi_choice_scores(q, budget);
      if (!multi.exact) return multi;
      scores = std::move(multi.values);
      break;
    }
    case QuestionType::boolean: scores = {q.yes_score, q.no_score}; break;
    case QuestionType::number: scores = number_scores(q); break;
    case QuestionType::text: break;
  }
  return {distinct(std::move(scores)), true};
}

std::vector<double> achievable_item_scores(const Question& q) {
  Budget budget;
  return item_scores(q, budget).values;
}

Reach reachable_dimension(const Questionnaire& questionnaire, std::size_t dimension, std::size_t limit) {
  Budget budget;
  return reachable_dimension(questionnaire, dimension, limit, budget);
}

Reach reachable_dimension(const Questionnaire& questionnaire, std::size_t dimension, std::size_t limit,
                          Budget& budget) {
  std::vector<State> states = {{0, 0, 0}};
  double lowest = kInfinity;
  double highest = -kInfinity;
  for (const auto& q : questionnaire.questions) {
    if (!q.scored() || q.dimension != dimension) continue;
    // Once over the limit only the bounds are tracked, which any budget left affords.
    Budget none{0};
    const auto scores = item_scores(q, states.empty() ? none : budget);
    if (scores.values.empty()) continue;
    lowest = std::min(lowest, scores.values.front());
    highest = std::max(highest, scores.values.back());
    if (!scores.exact) states.clear();
    if (states.empty()) continue;
    const std::size_t branches = scores.values.size() + 2;
    if (states.size() * branches > 4 * limit || !budget.spend(states.size() * branches)) {
      states.clear();
      continue;
    }
    std::vector<State> next;
    next.reserve(states.size() * branches);
    for (const auto& s : states) {
      for (double score : scores.values)
        next.push_back({s.answered_weight + q.weight, s.asked_weight + q.weight, s.weighted_sum + q.weight * score});
      if (!q.required) next.push_back({s.answered_weight, s.asked_weight + q.weight, s.weighted_sum});  // skipped
      if (q.allow_na || q.enable_when) next.push_back(s);  // "na" or disabled: not asked
    }
    dedupe(next);
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
  Budget budget;
  return reachable_overall(questionnaire, dimensions, limit, budget);
}

Reach reachable_overall(const Questionnaire& questionnaire, const std::vector<Reach>& dimensions, std::size_t limit,
                        Budget& budget) {
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
    const std::size_t count = sums.size() * dimensions[d].values.size();
    if (count > 4 * limit || !budget.spend(count)) return bounds_only(low / total_weight, high / total_weight);
    std::vector<double> next;
    next.reserve(count);
    for (double s : sums) {
      for (double v : dimensions[d].values) next.push_back(s + w * v);
    }
    sums = distinct(std::move(next));
    if (sums.size() > limit) return bounds_only(low / total_weight, high / total_weight);
  }
  for (double& s : sums) s /= total_weight;
  return from_values(std::move(sums));
}

}  // namespace salesaudit::authoring
