#include "team/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace salesaudit::stats {

namespace {

std::vector<double> column(const std::vector<std::vector<double>>& rows, std::size_t c) {
  std::vector<double> out;
  out.reserve(rows.size());
  for (const auto& row : rows) out.push_back(row[c]);
  return out;
}

double sum(const std::vector<double>& values) {
  double total = 0;
  for (double v : values) total += v;
  return total;
}

}  // namespace

std::optional<double> mean(const std::vector<double>& values) {
  if (values.empty()) return std::nullopt;
  return sum(values) / static_cast<double>(values.size());
}

std::optional<double> median(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  if (values.size() % 2 == 1) return values[mid];
  return (values[mid - 1] + values[mid]) / 2.0;
}

std::optional<double> sample_variance(const std::vector<double>& values) {
  if (values.size() < 2) return std::nullopt;
  const double m = *mean(values);
  double squares = 0;
  for (double v : values) squares += (v - m) * (v - m);
  return squares / static_cast<double>(values.size() - 1);
}

std::optional<double> pearson(const std::vector<double>& x, const std::vector<double>& y) {
  if (x.size() != y.size() || x.size() < 2) return std::nullopt;
  const double mx = *mean(x);
  const double my = *mean(y);
  double sxy = 0;
  double sxx = 0;
  double syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  // Constant columns (everyone gave the same answer) have no defined correlation.
  constexpr double kNoVariance = 1e-12;
  if (sxx <= kNoVariance || syy <= kNoVariance) return std::nullopt;
  return sxy / std::sqrt(sxx * syy);
}

std::optional<double> cronbach_alpha(const std::vector<std::vector<double>>& rows) {
  if (rows.size() < 2 || rows.front().size() < 2) return std::nullopt;
  const std::size_t k = rows.front().size();
  double item_variances = 0;
  for (std::size_t c = 0; c < k; ++c) item_variances += *sample_variance(column(rows, c));
  std::vector<double> totals;
  totals.reserve(rows.size());
  for (const auto& row : rows) totals.push_back(sum(row));
  const double total_variance = *sample_variance(totals);
  if (total_variance <= 1e-12) return std::nullopt;
  const double items = static_cast<double>(k);
  return items / (items - 1.0) * (1.0 - item_variances / total_variance);
}

std::vector<std::optional<double>> item_rest_correlations(const std::vector<std::vector<double>>& rows) {
  if (rows.empty()) return {};
  const std::size_t k = rows.front().size();
  std::vector<std::optional<double>> out(k);
  if (k < 2) return out;
  // Row totals once (the same sums as before, so the same bits): summing each row again
  // for every item cost k * k * respondents, minutes for a 1,000-question dimension.
  std::vector<double> totals;
  totals.reserve(rows.size());
  for (const auto& row : rows) totals.push_back(sum(row));
  std::vector<double> rest(rows.size());
  for (std::size_t c = 0; c < k; ++c) {
    for (std::size_t r = 0; r < rows.size(); ++r) rest[r] = totals[r] - rows[r][c];
    out[c] = pearson(column(rows, c), rest);
  }
  return out;
}

}  // namespace salesaudit::stats
