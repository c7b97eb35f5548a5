#pragma once
// The --explain section of the Markdown report.

#include "report/report_model.hpp"

#include <ostream>

namespace salesaudit::report {

void write_markdown_explanation(const ReportModel& model, std::ostream& out);

}  // namespace salesaudit::report
