#pragma once
// Rounding used by every format and every threshold comparison.

namespace salesaudit {

// Rounds to two decimals, half away from zero. A value within floating-point noise
// of a half (1.005 stored as 1.00499999...) counts as the half it was meant to be.
[[nodiscard]] double round2(double value);

// Orders two computed quantities, treating values within floating-point noise as equal:
// negative if a < b, 0 if equal, positive if a > b.
[[nodiscard]] int compare_approx(double a, double b);

}  // namespace salesaudit
