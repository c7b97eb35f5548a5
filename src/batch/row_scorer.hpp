#pragma once
// The numbers of a batch row, computed without building a ScoreCard: no per-item
// results, warnings text or recommendation lists, and scratch buffers reused across
// records. Every figure follows salesaudit::score step by step (same operations in the
// same order), so it is bit-identical; tests compare both on random answer sets.

#include <salesaudit/batch.hpp>

#include <cstddef>
#include <vector>

namespace salesaudit::batch {

// Scores `record` (or carries its errors) into `row`, reusing the row's buffers: every
// field is overwritten, so a row moved from or holding an earlier record is fine.
void score_record_into(const BatchRecord& record, ScoreRow& row);

class RowScorer {
 public:
  // Fills the score fields of `row` (overall, band, dimensions, coverage, red flags,
  // top action, respondent id) for `answers` to `q`.
  void score(const Questionnaire& q, const AnswerSet& answers, ScoreRow& row);
  // Per question, whether the last score() found it enabled.
  [[nodiscard]] const std::vector<char>& enabled() const { return enabled_; }

 private:
  struct Dimension {
    double weighted = 0;
    double answered_weight = 0;
    double asked_weight = 0;
    int answered = 0;
    bool scored = false;
    std::size_t band = 0;
  };
  struct Recommendation {
    std::size_t index = 0;
    double gain = 0;
    double priority = 0;
    bool triggered = false;
  };

  // One byte per question rather than vector<bool>: bit packing cost more than it saved.
  std::vector<char> enabled_;
  std::vector<char> answered_;       // per question: enabled, answered, not "na", scored
  std::vector<double> item_scores_;  // per question, where answered_
  std::vector<Dimension> dimensions_;
  std::vector<Recommendation> recommendations_;
  std::vector<Recommendation> sorted_;
};

}  // namespace salesaudit::batch
