#pragma once
// Which scores a questionnaire can produce at all, for the unreachable-band lint rule.

#include <salesaudit/questionnaire.hpp>

#include <cstddef>
#include <vector>

namespace salesaudit::authoring {

// Item scores an answer to a scored question can produce, ascending and distinct.
[[nodiscard]] std::vector<double> achievable_item_scores(const Question& question);

// The scores (0-100) a dimension or the overall can take. When there are too many
// combinations to enumerate, `exact` is false and only [min, max], a bound that may be
// wider than the truth, is known.
struct Reach {
  bool exact = true;
  std::vector<double> values;  // ascending, distinct; empty when not exact or never scored
  double min = 0;
  double max = 0;
  [[nodiscard]] bool never_scored() const { return exact && values.empty(); }
};

// Scores of one dimension over every respondent who answers each enabled required
// question. Any question with enable_when may be disabled, any allow_na one may be "na",
// any optional one skipped, each independently (so the set may include a little more
// than is really reachable, never less).
[[nodiscard]] Reach reachable_dimension(const Questionnaire& questionnaire, std::size_t dimension,
                                        std::size_t limit = 200000);

// Overall scores given each dimension's reach (every dimension scored).
[[nodiscard]] Reach reachable_overall(const Questionnaire& questionnaire, const std::vector<Reach>& dimensions,
                                      std::size_t limit = 200000);

}  // namespace salesaudit::authoring
