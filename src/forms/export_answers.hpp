#pragma once
// The respondents of an export as batch records, the same records the batch path reads
// from salesaudit's own CSV, so score, team and the gates work unchanged.

#include "forms/column_plan.hpp"
#include "forms/table.hpp"

#include <salesaudit/batch.hpp>

#include <memory>

namespace salesaudit::forms {

class ExportAnswers {
 public:
  ExportAnswers(Table& table, const ToolReader& reader, std::shared_ptr<const Questionnaire> questionnaire,
                ColumnPlan plan, bool pad_rows)
      : table_(table),
        reader_(reader),
        questionnaire_(std::move(questionnaire)),
        plan_(std::move(plan)),
        pad_rows_(pad_rows) {}

  // The next respondent (or an error record); false at the end. Blank rows are skipped.
  bool next(BatchRecord& record);

 private:
  void convert(const Row& row, BatchRecord& record) const;

  Table& table_;
  const ToolReader& reader_;
  std::shared_ptr<const Questionnaire> questionnaire_;
  ColumnPlan plan_;
  bool pad_rows_;  // xlsx leaves trailing empty cells out
  Row row_;
};

}  // namespace salesaudit::forms
