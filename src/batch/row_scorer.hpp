#pragma once
// The numbers of a batch row, read from the scoring kernel that score() also runs
// (src/scoring/kernel.hpp): no ScoreCard, per-item results, warnings text or
// recommendation lists, and the kernel's buffers reused across records.

#include "scoring/kernel.hpp"

#include <salesaudit/batch.hpp>

namespace salesaudit::batch {

// Scores `record` (or carries its errors) into `row`, reusing the row's buffers: every
// field is overwritten, so a row moved from or holding an earlier record is fine.
void score_record_into(const BatchRecord& record, ScoreRow& row, bool details = false);

class RowScorer {
 public:
  // Fills the score fields of `row` (overall, band, dimensions, coverage, red flags,
  // top action, respondent id) for `answers` to `q`; with `details` also role, items, gains.
  void score(const Questionnaire& q, const AnswerSet& answers, ScoreRow& row, bool details = false);
  // Per question, whether the last score() found it enabled.
  [[nodiscard]] const std::vector<char>& enabled() const { return kernel_.enabled; }
  // The last score()'s kernel (for the warnings of its record).
  [[nodiscard]] const detail::ScoreKernel& kernel() const { return kernel_; }

 private:
  detail::ScoreKernel kernel_;
};

}  // namespace salesaudit::batch
