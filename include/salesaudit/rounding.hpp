#pragma once
// Rounding used by every format and every threshold comparison. Inline: the scoring
// kernel and the batch rows call them a few dozen times a record.

#include <algorithm>
#include <cmath>

namespace salesaudit {

namespace detail {
// Relative tolerance for "the same number": far above double noise after a few
// dozen operations, far below the 0.005 that rounding to two decimals resolves.
inline constexpr double kRelativeNoise = 1e-9;
}  // namespace detail

// Rounds to two decimals, half away from zero. A value within floating-point noise
// of a half (1.005 stored as 1.00499999...) counts as the half it was meant to be.
[[nodiscard]] inline double round2(double value) {
  if (!std::isfinite(value)) return value;
  const double scaled = value * 100.0;
  const double magnitude = std::fabs(scaled);
  const double floor_part = std::floor(magnitude);
  const double fraction = magnitude - floor_part;
  double rounded = std::round(magnitude);  // std::round is already half away from zero
  if (std::fabs(fraction - 0.5) <= detail::kRelativeNoise * std::max(1.0, magnitude)) rounded = floor_part + 1.0;
  const double result = std::copysign(rounded, value) / 100.0;
  return result == 0.0 ? 0.0 : result;  // never print -0
}

// Orders two computed quantities, treating values within floating-point noise as equal:
// negative if a < b, 0 if equal, positive if a > b.
[[nodiscard]] inline int compare_approx(double a, double b) {
  const double tolerance = detail::kRelativeNoise * std::max({1.0, std::fabs(a), std::fabs(b)});
  if (std::fabs(a - b) <= tolerance) return 0;
  return a < b ? -1 : 1;
}

}  // namespace salesaudit
