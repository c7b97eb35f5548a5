#include "team/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace salesaudit::stats {

namespace {

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

}  // namespace salesaudit::stats
