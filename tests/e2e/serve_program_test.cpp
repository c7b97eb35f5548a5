// End-to-end: `salesaudit serve` runs the salesaudit-serve program beside it (or in
// ../lib/salesaudit), and says so clearly when it is missing.

#include "e2e/run_cli.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

CliResult run_shell(const std::string& command) {
  CliResult r;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return r;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) r.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

TEST(ServeProgram, RunsTheServerProgram) {
  const auto r = run_cli({"serve", "--answers-dir", testing::TempDir() + "serve-program", "--listen", "x:99999"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("--listen x:99999: the port must be a number from 0 to 65535"), std::string::npos) << r.err;
}

TEST(ServeProgram, MissingIsExit66) {
  const fs::path dir = fs::path(testing::TempDir()) / "salesaudit-alone" / "bin";
  fs::create_directories(dir);
  fs::copy_file(SALESAUDIT_BIN, dir / "salesaudit", fs::copy_options::overwrite_existing);
  const auto r = run_shell("'" + (dir / "salesaudit").string() + "' serve --answers-dir '" + dir.string() + "/a'");
  EXPECT_EQ(r.exit_code, 66) << r.out;
  EXPECT_NE(r.out.find("serve: the server program salesaudit-serve is not installed (looked for " +
                       (dir / "salesaudit-serve").string() + ", "),
            std::string::npos)
      << r.out;
  EXPECT_FALSE(fs::exists(dir / "a"));  // nothing created
  // The other commands need no server program.
  EXPECT_EQ(run_shell("'" + (dir / "salesaudit").string() + "' questionnaires").exit_code, 0);
}

}  // namespace
}  // namespace salesaudit::e2e
