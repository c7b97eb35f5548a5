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

}  // namespace
}  // namespace salesaudit::stats
