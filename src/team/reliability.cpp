#include "team/reliability.hpp"

#include <cmath>
#include <utility>

namespace salesaudit::stats {

namespace {
// Below this a variance is taken as zero (everyone answered alike).
constexpr double kNoVariance = 1e-12;
}  // namespace

PairwiseCovariance::PairwiseCovariance(std::size_t items) : items_(items), pairs_(items * (items + 1) / 2) {}

std::size_t PairwiseCovariance::at(std::size_t a, std::size_t b) const {
  if (a > b) std::swap(a, b);
  return a * (2 * items_ - a + 1) / 2 + (b - a);  // rows 0..a-1 hold k, k-1, ... pairs
}

void PairwiseCovariance::add(const std::vector<double>& values, const std::vector<char>& present) {
  std::size_t p = 0;
  for (std::size_t a = 0; a < items_; ++a) {
    if (!present[a]) {
      p += items_ - a;
      continue;
    }
    for (std::size_t b = a; b < items_; ++b, ++p) {
      if (!present[b]) continue;
      Pair& pair = pairs_[p];
      pair.n += 1;
      const double da = values[a] - pair.mean_a;
      pair.mean_a += da / pair.n;
      pair.mean_b += (values[b] - pair.mean_b) / pair.n;
      pair.comoment += da * (values[b] - pair.mean_b);
    }
  }
}

void PairwiseCovariance::merge(std::size_t a, std::size_t b, const PairwiseCovariance& other, std::size_t oa,
                               std::size_t ob) {
  Pair from = other.pairs_[other.at(oa, ob)];
  if ((oa > ob) != (a > b)) std::swap(from.mean_a, from.mean_b);  // stored with the lower index first
  Pair& to = pairs_[at(a, b)];
  if (from.n == 0) return;
  if (to.n == 0) {
    to = from;
    return;
  }
  const double n = to.n + from.n;
  const double da = from.mean_a - to.mean_a;
  const double db = from.mean_b - to.mean_b;
  to.comoment += from.comoment + da * db * to.n * from.n / n;
  to.mean_a += da * from.n / n;
  to.mean_b += db * from.n / n;
  to.n = n;
}

std::size_t PairwiseCovariance::count(std::size_t a, std::size_t b) const {
  return static_cast<std::size_t>(pairs_[at(a, b)].n);
}

std::optional<double> PairwiseCovariance::covariance(std::size_t a, std::size_t b) const {
  const Pair& pair = pairs_[at(a, b)];
  if (pair.n < 2) return std::nullopt;
  return pair.comoment / (pair.n - 1);
}

Reliability reliability(const PairwiseCovariance& c) {
  const std::size_t k = c.items();
  Reliability out;
  out.item_rest.assign(k, std::nullopt);
  if (k < 2) return out;
  std::vector<double> matrix(k * k);
  for (std::size_t a = 0; a < k; ++a) {
    for (std::size_t b = 0; b < k; ++b) {
      const auto v = c.covariance(a, b);
      if (!v) return out;
      matrix[a * k + b] = *v;
    }
  }
  double total = 0;
  double trace = 0;
  std::vector<double> row_sums(k, 0.0);
  for (std::size_t a = 0; a < k; ++a) {
    trace += matrix[a * k + a];
    for (std::size_t b = 0; b < k; ++b) row_sums[a] += matrix[a * k + b];
    total += row_sums[a];
  }
  const double items = static_cast<double>(k);
  if (total > kNoVariance) out.alpha = items / (items - 1.0) * (1.0 - trace / total);
  for (std::size_t i = 0; i < k; ++i) {
    const double variance = matrix[i * k + i];
    const double with_rest = row_sums[i] - variance;           // sum over j != i of C_ij
    const double rest = total - 2.0 * row_sums[i] + variance;  // sum over j, l != i of C_jl
    if (variance <= kNoVariance || rest <= kNoVariance) continue;
    out.item_rest[i] = with_rest / std::sqrt(variance * rest);
  }
  return out;
}

}  // namespace salesaudit::stats
