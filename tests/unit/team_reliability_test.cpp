// Streaming pairwise-complete reliability against a small two-pass reference of the same
// method (psych::alpha's default: covariances over pairwise-complete observations).

#include "team/reliability.hpp"

#include "test_util.hpp"

#include <salesaudit/team.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace salesaudit::stats {
namespace {

using Table = std::vector<std::vector<std::optional<double>>>;  // respondents x items

PairwiseCovariance streamed(const Table& rows) {
  PairwiseCovariance c(rows.front().size());
  std::vector<double> values(rows.front().size());
  std::vector<char> present(rows.front().size());
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      present[i] = row[i] ? 1 : 0;
      values[i] = row[i].value_or(-99);  // must be ignored where absent
    }
    c.add(values, present);
  }
  return c;
}

// The reference: two passes over the pairwise-complete respondents of each pair, then
// alpha and item-rest written out as sums over the matrix.
struct Reference {
  std::optional<double> alpha;
  std::vector<std::optional<double>> item_rest;
};
Reference reference(const Table& rows) {
  const std::size_t k = rows.front().size();
  std::vector<std::vector<double>> cov(k, std::vector<double>(k));
  for (std::size_t a = 0; a < k; ++a) {
    for (std::size_t b = 0; b < k; ++b) {
      std::vector<std::pair<double, double>> both;
      for (const auto& row : rows) {
        if (row[a] && row[b]) both.emplace_back(*row[a], *row[b]);
      }
      double ma = 0;
      double mb = 0;
      for (auto [x, y] : both) {
        ma += x;
        mb += y;
      }
      const double n = static_cast<double>(both.size());
      ma /= n;
      mb /= n;
      double s = 0;
      for (auto [x, y] : both) s += (x - ma) * (y - mb);
      cov[a][b] = s / (n - 1);
    }
  }
  Reference out;
  double total = 0;
  double trace = 0;
  for (std::size_t a = 0; a < k; ++a) {
    trace += cov[a][a];
    for (std::size_t b = 0; b < k; ++b) total += cov[a][b];
  }
  out.alpha = static_cast<double>(k) / static_cast<double>(k - 1) * (1 - trace / total);
  for (std::size_t i = 0; i < k; ++i) {
    double with_rest = 0;
    double rest = 0;
    for (std::size_t j = 0; j < k; ++j) {
      if (j == i) continue;
      with_rest += cov[i][j];
      for (std::size_t l = 0; l < k; ++l) {
        if (l != i) rest += cov[j][l];
      }
    }
    out.item_rest.push_back(with_rest / std::sqrt(cov[i][i] * rest));
  }
  return out;
}

// Hand computation: item variances 1 and 1/3, total variance 7/3,
// alpha = 2/1 * (1 - (4/3) / (7/3)) = 6/7.
TEST(TeamReliability, AlphaByHand) {
  EXPECT_NEAR(*reliability(streamed({{1, 2}, {2, 3}, {3, 3}})).alpha, 6.0 / 7.0, 1e-12);
}

TEST(TeamReliability, UndefinedCases) {
  EXPECT_FALSE(reliability(streamed({{1}, {2}, {3}})).alpha.has_value());           // one item
  EXPECT_FALSE(reliability(streamed({{1, 2}})).alpha.has_value());                  // one respondent
  EXPECT_FALSE(reliability(streamed({{1, 1}, {1, 1}, {1, 1}})).alpha.has_value());  // no variance
  // No respondent answered both items: their covariance is undefined.
  EXPECT_FALSE(reliability(streamed({{1, {}}, {2, {}}, {{}, 3}, {{}, 1}})).alpha.has_value());
}

TEST(TeamReliability, ItemRestFlags) {
  const auto r = reliability(streamed({{1, 1, 2, 4}, {2, 3, 2, 3}, {3, 2, 4, 2}, {4, 4, 4, 1}})).item_rest;
  ASSERT_EQ(r.size(), 4u);
  EXPECT_GT(*r[0], 0);
  EXPECT_GT(*r[1], 0);
  EXPECT_GT(*r[2], 0);
  EXPECT_LT(*r[3], 0);
}

TEST(TeamReliability, ItemRestUndefined) {
  const auto r = reliability(streamed({{1, 1, 3}, {2, 2, 2}, {3, 3, 1}})).item_rest;
  EXPECT_FALSE(r[0].has_value());  // rest = 4, 4, 4
  EXPECT_NEAR(*r[2], -1.0, 1e-12);
}

TEST(TeamReliability, MatchesReference) {
  std::mt19937 rng(42);
  std::uniform_real_distribution<double> unit(0, 1);
  for (int trial = 0; trial < 20; ++trial) {
    const std::size_t k = 2 + static_cast<std::size_t>(trial % 5);
    const std::size_t n = 12 + static_cast<std::size_t>(trial) * 37;
    Table rows;
    for (std::size_t r = 0; r < n; ++r) {
      const double trait = unit(rng);
      std::vector<std::optional<double>> row;
      for (std::size_t i = 0; i < k; ++i) {
        // 3% blank, 5% "na" (both leave the item out), answers on a 5-point scale.
        if (unit(rng) < 0.08) {
          row.emplace_back();
          continue;
        }
        const double raw = std::round(4 * std::clamp(trait + 0.3 * (unit(rng) - 0.5), 0.0, 1.0)) / 4;
        row.emplace_back(i == k - 1 && trial % 3 == 0 ? 1 - raw : raw);
      }
      rows.push_back(row);
    }
    const Reliability got = reliability(streamed(rows));
    const Reference want = reference(rows);
    ASSERT_TRUE(got.alpha.has_value()) << trial;
    EXPECT_NEAR(*got.alpha, *want.alpha, 1e-9) << trial;
    for (std::size_t i = 0; i < k; ++i) {
      ASSERT_TRUE(got.item_rest[i].has_value()) << trial << " " << i;
      EXPECT_NEAR(*got.item_rest[i], *want.item_rest[i], 1e-9) << trial << " " << i;
    }
  }
}

// The listwise-by-question method reported nothing at this scale; pairwise does.
TEST(TeamReliability, AlphaWithBlanks) {
  const Questionnaire q = testing::small_questionnaire();
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> unit(0, 1);
  std::vector<TeamMember> members;
  for (int r = 0; r < 2000; ++r) {
    TeamMember m;
    m.label = "r" + std::to_string(r);
    m.dimensions.assign(q.dimensions.size(), 50.0);
    m.coverage.assign(q.dimensions.size(), 1.0);
    m.gains.assign(q.recommendations.size(), 0.0);
    const double trait = unit(rng);
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
      if (!q.questions[i].scored() || unit(rng) < 0.03) {
        m.items.emplace_back();
      } else {
        m.items.emplace_back(std::clamp(trait + 0.2 * (unit(rng) - 0.5), 0.0, 1.0));
      }
    }
    members.push_back(std::move(m));
  }
  const TeamReport report = summarize_team(q, members);
  for (const auto& dim : report.dimensions) {
    ASSERT_TRUE(dim.alpha.has_value());
    EXPECT_GT(*dim.alpha, 0.5);
    EXPECT_GE(dim.item_rest.size(), 2u);
  }
}

}  // namespace
}  // namespace salesaudit::stats
