#pragma once
// The one place the contract's formulas live (sections 3 and 4): which questions are
// enabled, item scores, dimension and overall scores with their bands, red flags, gains
// and the order of the triggered recommendations. score() adds the per-item details,
// warnings and recommendation lists on top of it; the batch row scorer reads its figures
// directly. Scratch buffers keep their capacity from one run to the next.

#include <salesaudit/answers.hpp>
#include <salesaudit/questionnaire.hpp>
#include <salesaudit/value.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace salesaudit::detail {

struct KernelDimension {
  double weighted = 0;  // sum of weight x item score over answered questions
  double answered_weight = 0;
  double asked_weight = 0;
  int answered = 0;
  int asked = 0;
  double coverage = 1;
  std::optional<double> score;  // null: insufficient answers
  std::optional<std::size_t> band;
};

struct KernelRecommendation {
  double gain = 0;
  double priority = 0;
  bool triggered = false;
};

class ScoreKernel {
 public:
  // Computes every figure for `answers` (indexed like q.questions; may be shorter).
  // `top_only`: `ranked` may hold only the first of the order (a batch row's top action).
  void run(const Questionnaire& q, const std::vector<std::optional<Answer>>& answers, bool top_only = false);

  // Per question: one byte each rather than vector<bool> (bit packing cost more than it saved).
  std::vector<char> enabled;
  std::vector<char> answered;       // enabled, answered, not "na", scored
  std::vector<char> na;             // enabled and answered "na"
  std::vector<double> item_scores;  // where answered
  std::vector<double> gains;        // overall points if the answer became perfect
  std::vector<KernelDimension> dimensions;
  std::optional<double> overall;
  std::optional<std::size_t> overall_band;            // after the band cap
  std::vector<std::size_t> red_flags;                 // indices, questionnaire order
  std::vector<KernelRecommendation> recommendations;  // per questionnaire recommendation
  std::vector<std::size_t> ranked;                    // triggered ones, in contract order
};

// ScoreCard::warnings of the run `k` just made for `answers`: the loading warnings, then
// the scorer's (ignored and missing answers, dimensions without a score), appended to `out`.
void score_warnings(const Questionnaire& q, const AnswerSet& answers, const ScoreKernel& k,
                    std::vector<std::string>& out);

}  // namespace salesaudit::detail
