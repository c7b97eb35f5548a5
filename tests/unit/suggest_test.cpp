#include "cli/suggest.hpp"
#include "cli/context.hpp"

#include <gtest/gtest.h>

namespace salesaudit::cli {
namespace {

const std::vector<std::string> kNames = {"run", "score", "validate", "team", "template", "lint"};

TEST(Suggest, EditDistanceCountsASwapAsOne) {
  EXPECT_EQ(edit_distance("scroe", "score"), 1u);
  EXPECT_EQ(edit_distance("score", "score"), 0u);
  EXPECT_EQ(edit_distance("", "run"), 3u);
  EXPECT_EQ(edit_distance("tem", "team"), 1u);
}

TEST(Suggest, NearestNames) {
  EXPECT_EQ(nearest_names("scroe", kNames), (std::vector<std::string>{"score"}));
  EXPECT_EQ(nearest_names("validat", kNames), (std::vector<std::string>{"validate"}));
  EXPECT_EQ(nearest_names("te", kNames), (std::vector<std::string>{"team", "template"}));  // prefix of both
  EXPECT_EQ(nearest_names("xyzzy", kNames), (std::vector<std::string>{}));
  EXPECT_EQ(nearest_names(std::string(100000, 'a'), kNames), (std::vector<std::string>{}));
}

TEST(Suggest, Message) {
  EXPECT_EQ(unknown_command_message("scroe", kNames), "unknown command \"scroe\"; did you mean \"score\"?");
  EXPECT_EQ(unknown_command_message("xyzzy", {"run", "score"}),
            "unknown command \"xyzzy\"; the commands are \"run\", \"score\"");
}

// Suggestions come from the registered list, so a new command is suggested with no change here.
TEST(Suggest, EveryCommandNearest) {
  std::vector<std::string> names;
  for (const auto& command : commands()) names.emplace_back(command.name);
  for (const auto& name : names) {
    const auto near = nearest_names(name, names);
    EXPECT_NE(std::find(near.begin(), near.end(), name), near.end()) << name;
  }
}

}  // namespace
}  // namespace salesaudit::cli
