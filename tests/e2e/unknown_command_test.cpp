// End-to-end: an unknown command is named, with suggestions, and exits 2.

#include "e2e/run_cli.hpp"

namespace salesaudit::e2e {
namespace {

TEST(UnknownCommand, SuggestsTheNearest) {
  const CliResult r = run_cli({"scroe", "answers.json"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "salesaudit: unknown command \"scroe\"; did you mean \"score\"?\n");
  EXPECT_EQ(r.out, "");
}

TEST(UnknownCommand, AfterGlobalOptions) {
  const CliResult r = run_cli({"--color", "never", "valdate", "x.json"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "salesaudit: unknown command \"valdate\"; did you mean \"validate\"?\n");
}

TEST(UnknownCommand, FarFromAnyListsThem) {
  const CliResult r = run_cli({"xyzzy-plugh"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.rfind("salesaudit: unknown command \"xyzzy-plugh\"; the commands are \"run\", \"score\"", 0), 0u)
      << r.err;
}

TEST(UnknownCommand, EscapesControl) {
  const CliResult r = run_cli({"sc\x1b[2Jore"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << r.err;
}

TEST(UnknownCommand, MissingCommandSaysSo) {
  const CliResult r = run_cli({"--color", "never"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("A subcommand is required"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace salesaudit::e2e
