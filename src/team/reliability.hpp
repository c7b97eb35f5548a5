#pragma once
// Reliability of a dimension's questions from streaming sums: covariances over
// pairwise-complete observations (each pair of questions over the respondents who
// answered both, as R's psych::alpha does by default), then Cronbach's alpha and each
// question's item-rest correlation from that covariance matrix. Memory depends on the
// number of questions only, never on the number of respondents.

#include <cstddef>
#include <optional>
#include <vector>

namespace salesaudit::stats {

class PairwiseCovariance {
 public:
  explicit PairwiseCovariance(std::size_t items);

  // One respondent: `values[i]` is used where `present[i]` (sizes == items()).
  void add(const std::vector<double>& values, const std::vector<char>& present);

  [[nodiscard]] std::size_t items() const { return items_; }
  // Respondents who answered both a and b (a == b: who answered a).
  [[nodiscard]] std::size_t count(std::size_t a, std::size_t b) const;
  // Sample covariance (n - 1) of a and b over those respondents; a == b gives the
  // variance of a. nullopt with fewer than two of them.
  [[nodiscard]] std::optional<double> covariance(std::size_t a, std::size_t b) const;
  // Adds the respondents of `other`'s pair (oa, ob) to the pair (a, b) (Chan et al.'s
  // combination of two sets of running sums; a copy when this pair has none yet).
  void merge(std::size_t a, std::size_t b, const PairwiseCovariance& other, std::size_t oa, std::size_t ob);

 private:
  // Running means and co-moment (Welford's update, numerically stable).
  struct Pair {
    double n = 0;
    double mean_a = 0;
    double mean_b = 0;
    double comoment = 0;
  };
  [[nodiscard]] std::size_t at(std::size_t a, std::size_t b) const;

  std::size_t items_;
  std::vector<Pair> pairs_;  // upper triangle with the diagonal, row by row
};

struct Reliability {
  std::optional<double> alpha;                   // nullopt: undefined (see team.md)
  std::vector<std::optional<double>> item_rest;  // one per item
};

// alpha = k / (k - 1) x (1 - trace(C) / sum(C)); item-rest of i = sum_j!=i C_ij /
// sqrt(C_ii x sum_{j,l != i} C_jl). Undefined with fewer than two items, a covariance
// that is undefined, or a total (rest) variance of zero.
[[nodiscard]] Reliability reliability(const PairwiseCovariance& covariance);

}  // namespace salesaudit::stats
