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
  return row;
}

namespace batch {

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
  scorer.score(*record.questionnaire, *record.answers, row, details);
  if (row.questionnaire != record.questionnaire) row.questionnaire = record.questionnaire;
}

}  // namespace batch

ScoreRow score_record(BatchRecord&& record, bool details) {
  ScoreRow row;
  batch::score_record_into(record, row, details);
  return row;
}

}  // namespace salesaudit
