#include "team/statistics.hpp"

#include <gtest/gtest.h>

namespace salesaudit::stats {
namespace {

TEST(TeamStatistics, MeanOfEmptyIsAbsent) {
  EXPECT_FALSE(mean({}).has_value());
  EXPECT_DOUBLE_EQ(*mean({1, 2, 6}), 3.0);
}

TEST(TeamStatistics, MedianOddAndEven) {
  EXPECT_DOUBLE_EQ(*median({5, 1, 3}), 3.0);
  EXPECT_DOUBLE_EQ(*median({4, 1, 3, 10}), 3.5);
  EXPECT_DOUBLE_EQ(*median({7}), 7.0);
  EXPECT_FALSE(median({}).has_value());
}

TEST(TeamStatistics, SampleVariance) {
  EXPECT_DOUBLE_EQ(*sample_variance({1, 2, 3}), 1.0);
  EXPECT_FALSE(sample_variance({4}).has_value());
}

TEST(TeamStatistics, Pearson) {
  EXPECT_NEAR(*pearson({1, 2, 3}, {2, 4, 6}), 1.0, 1e-12);
  EXPECT_NEAR(*pearson({1, 2, 3}, {3, 2, 1}), -1.0, 1e-12);
  EXPECT_FALSE(pearson({1, 2, 3}, {5, 5, 5}).has_value());  // no variance
  EXPECT_FALSE(pearson({1, 2}, {1, 2, 3}).has_value());     // lengths differ
}

// Hand computation: item variances 1 and 1/3, total variance 7/3,
// alpha = 2/1 * (1 - (4/3) / (7/3)) = 6/7.
TEST(TeamStatistics, CronbachAlpha) {
  EXPECT_NEAR(*cronbach_alpha({{1, 2}, {2, 3}, {3, 3}}), 6.0 / 7.0, 1e-12);
}

TEST(TeamStatistics, AlphaNeeds) {
  EXPECT_FALSE(cronbach_alpha({{1}, {2}, {3}}).has_value());
  EXPECT_FALSE(cronbach_alpha({{1, 2}}).has_value());
  EXPECT_FALSE(cronbach_alpha({{1, 1}, {1, 1}, {1, 1}}).has_value());
}

TEST(TeamStatistics, ItemRestFlags) {
  // The fourth item runs against the other three: a mis-keyed item.
  const auto r = item_rest_correlations({{1, 1, 2, 4}, {2, 3, 2, 3}, {3, 2, 4, 2}, {4, 4, 4, 1}});
  ASSERT_EQ(r.size(), 4u);
  EXPECT_GT(*r[0], 0);
  EXPECT_GT(*r[1], 0);
  EXPECT_GT(*r[2], 0);
  EXPECT_LT(*r[3], 0);
}

TEST(TeamStatistics, ItemRestUndefined) {
  const auto r = item_rest_correlations({{1, 1, 3}, {2, 2, 2}, {3, 3, 1}});
  EXPECT_FALSE(r[0].has_value());  // rest = 4, 4, 4
  EXPECT_NEAR(*r[2], -1.0, 1e-12);
}

}  // namespace
}  // namespace salesaudit::stats
