#pragma once
// Descriptive statistics and reliability measures used by the team report.

#include <optional>
#include <vector>

namespace salesaudit::stats {

// Arithmetic mean; nullopt for an empty list.
[[nodiscard]] std::optional<double> mean(const std::vector<double>& values);

// Middle value (mean of the two middle values for an even count); nullopt when empty.
[[nodiscard]] std::optional<double> median(std::vector<double> values);

// Sample variance (n - 1 denominator); nullopt for fewer than two values.
[[nodiscard]] std::optional<double> sample_variance(const std::vector<double>& values);

// Pearson correlation; nullopt when the lists differ in length, have fewer than two
// values, or either has no variance (the correlation is undefined).
[[nodiscard]] std::optional<double> pearson(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace salesaudit::stats
