// What the gates check, from a batch row.

#include <salesaudit/gates.hpp>

namespace salesaudit {

GateSubject gate_subject(const ScoreRow& row) {
  GateSubject subject;
  subject.respondent = row.respondent_id.value_or(row.where);
  subject.overall = row.overall;
  if (row.questionnaire) {
    for (const auto& dim : row.questionnaire->dimensions) subject.dimension_ids.push_back(dim.id);
  }
  subject.dimensions = row.dimensions;
  subject.coverage = row.coverage;
  subject.dimensions.resize(subject.dimension_ids.size());
  subject.coverage.resize(subject.dimension_ids.size(), 0.0);
  return subject;
}

}  // namespace salesaudit
