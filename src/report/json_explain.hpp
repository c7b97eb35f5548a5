#pragma once
// The "explanation" member of the JSON report (--explain): how every number arose.

#include "report/report_model.hpp"

#include <nlohmann/json.hpp>

namespace salesaudit::report {

[[nodiscard]] nlohmann::ordered_json explanation_json(const ReportModel& model);

}  // namespace salesaudit::report
