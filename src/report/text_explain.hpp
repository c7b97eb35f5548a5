#pragma once
// The --explain section of the text report: how every number arose.

#include "report/report_model.hpp"
#include "report/text_layout.hpp"

namespace salesaudit::report {

void write_text_explanation(const ReportModel& model, const TextOut& out);

}  // namespace salesaudit::report
