#pragma once
// The --explain section of the HTML report.

#include "report/report_model.hpp"

#include <string>

namespace salesaudit::report {

[[nodiscard]] std::string html_explanation(const ReportModel& model);

}  // namespace salesaudit::report
