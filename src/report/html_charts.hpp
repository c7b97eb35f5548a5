#pragma once
// Inline SVG charts for the HTML report: dimension bars with band zones and
// thresholds, a bullet chart of the overall score and a radar of the dimensions.

#include "report/report_model.hpp"

#include <string>
#include <string_view>

namespace salesaudit::report {

// CSS colour of a tone; the gray for "no score".
[[nodiscard]] std::string_view tone_color(std::optional<Tone> tone);
[[nodiscard]] std::string_view tone_class(std::optional<Tone> tone);

[[nodiscard]] std::string dimension_bars_svg(const ReportModel& model);
[[nodiscard]] std::string overall_bullet_svg(const ReportModel& model);
// Empty when there are fewer than three dimensions (a radar needs three axes).
[[nodiscard]] std::string radar_svg(const ReportModel& model);

}  // namespace salesaudit::report
