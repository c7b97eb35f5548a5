#include "e2e/run_cli.hpp"

namespace salesaudit::e2e {
namespace {

TEST(Cli, VersionAndHelp) {
  auto r = run_cli({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("salesaudit ", 0), 0u);
  r = run_cli({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Examples:"), std::string::npos);
}

TEST(Cli, UnknownOptionIsAUsageError) {
  auto r = run_cli({"score", "--no-such-flag", "x.json"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--no-such-flag"), std::string::npos);
}

}  // namespace
}  // namespace salesaudit::e2e
