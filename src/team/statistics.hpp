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

// Cronbach's alpha of a complete matrix: rows are respondents, columns items.
// nullopt with fewer than two items or respondents, or when the total has no variance.
[[nodiscard]] std::optional<double> cronbach_alpha(const std::vector<std::vector<double>>& rows);

// For each column, the Pearson correlation between that item and the sum of the
// other items (the "rest"). A negative value suggests a mis-keyed item.
[[nodiscard]] std::vector<std::optional<double>> item_rest_correlations(const std::vector<std::vector<double>>& rows);

}  // namespace salesaudit::stats
