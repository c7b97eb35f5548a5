// A scored card (or a record's errors) as one batch row.

#include "batch/row_scorer.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/scoring.hpp>

namespace salesaudit {

ScoreRow summarize(const ScoreCard& card, std::string where) {
  ScoreRow row;
  row.where = std::move(where);
  row.respondent_id = card.answers->respondent.id;
  row.overall = card.overall;
  row.overall_band = card.overall_band;
  row.dimensions.reserve(card.dimensions.size());
  for (const auto& dim : card.dimensions) row.dimensions.push_back(dim.score);
  for (const auto& dim : card.dimensions) row.coverage.push_back(dim.coverage);
  row.red_flags = card.red_flags.size();
  if (!card.recommendations.empty()) row.top_action = card.recommendations.front().recommendation;
  row.warnings = card.warnings;
  return row;
}

namespace batch {

namespace {

// Whether salesaudit::score would warn about this record: a loading warning, a dimension
// without a score, an answer to a disabled question or an unanswered required one. Cheap
// checks on what the row scorer found, so only such records pay for a full ScoreCard.
bool may_warn(const Questionnaire& q, const AnswerSet& answers, const ScoreRow& row, const std::vector<char>& enabled) {
  if (!answers.warnings.empty()) return true;
  for (const auto& dimension : row.dimensions) {
    if (!dimension) return true;
  }
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const bool answered = i < answers.answers.size() && answers.answers[i].has_value();
    if (enabled[i] ? q.questions[i].required && !answered : answered) return true;
  }
  return false;
}

}  // namespace

void score_record_into(const BatchRecord& record, ScoreRow& row, bool details) {
  if (!record.answers || !record.questionnaire) {
    row = ScoreRow{};
    row.where = record.where;
    row.errors = record.errors;
    row.error_code = record.error_code == ExitCode::ok ? ExitCode::data_invalid : record.error_code;
    return;
  }
  // The row's figures only (bit-identical to summarize(score(...)), see row_scorer.hpp),
  // with scratch buffers kept per thread instead of a ScoreCard per record.
  thread_local RowScorer scorer;
  row.where.assign(record.where);
  row.errors.clear();
  row.error_code = ExitCode::ok;
  row.warnings.clear();
  row.text.clear();
  row.warning_text.clear();
  scorer.score(*record.questionnaire, *record.answers, row, details);
  if (row.questionnaire != record.questionnaire) row.questionnaire = record.questionnaire;
  // Warnings text comes from the scorer itself, so a row warns exactly as its report would.
  // From the kernel run just made: the same function score() words them with.
  if (may_warn(*record.questionnaire, *record.answers, row, scorer.enabled()))
    detail::score_warnings(*record.questionnaire, *record.answers, scorer.kernel(), row.warnings);
}

}  // namespace batch

ScoreRow score_record(BatchRecord&& record, bool details) {
  ScoreRow row;
  batch::score_record_into(record, row, details);
  return row;
}

}  // namespace salesaudit
