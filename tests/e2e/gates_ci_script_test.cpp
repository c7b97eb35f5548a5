// examples/ci/score-folder.sh: scores a folder with gates and writes the job summary.

#include "e2e/run_cli.hpp"

#include <cstdlib>
#include <filesystem>

#include <sys/wait.h>

namespace salesaudit::e2e {
namespace {

struct ScriptRun {
  int exit_code = -1;
  std::filesystem::path dir;
};

ScriptRun run_script(const std::string& name, const std::string& args) {
  ScriptRun run;
  run.dir = std::filesystem::temp_directory_path() / ("salesaudit-ci-" + name);
  std::filesystem::remove_all(run.dir);
  std::filesystem::create_directories(run.dir);
  const std::string command =
      "SALESAUDIT='" + std::string(SALESAUDIT_BIN) + "' OUT_DIR='" + (run.dir / "out").string() +
      "' GITHUB_STEP_SUMMARY='" + (run.dir / "github.md").string() + "' bash '" +
      source_path("examples/ci/score-folder.sh") + "' " + args + " 2>'" + (run.dir / "stderr").string() + "'";
  const int status = std::system(command.c_str());
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

TEST(CiScript, FailedGate) {
  const auto run = run_script("fail", "'" + source_path("examples/answers") + "' --fail-under overall=50");
  EXPECT_EQ(run.exit_code, 1);
  const std::string summary = read_file((run.dir / "out/summary.md").string());
  EXPECT_NE(
      summary.find("**Result: failed: a gate was not met** (exit 1)\n\nRespondents: scored 3, failed 0.\n\n"
                   "### Failed gates\n\n```text\nr-031: overall 12.90 is below 50 (--fail-under overall=50)\n```\n"),
      std::string::npos)
      << summary;
  EXPECT_NE(summary.find("## Team report: "), std::string::npos);
  EXPECT_NE(summary.find("### Scores\n"), std::string::npos);
  // The GitHub step summary receives the same text.
  EXPECT_EQ(read_file((run.dir / "github.md").string()), summary);
  EXPECT_NE(read_file((run.dir / "out/scores.csv").string()).find("r-031"), std::string::npos);
  const std::string junit = read_file((run.dir / "out/junit.xml").string());
  EXPECT_NE(junit.find(R"(tests="3" failures="1")"), std::string::npos) << junit;
  EXPECT_EQ(read_file((run.dir / "stderr").string()), "salesaudit: failed: a gate was not met; results in " +
                                                          (run.dir / "out").string() +
                                                          "/ (summary.md, scores.csv, junit.xml, team.md)\n");
  std::filesystem::remove_all(run.dir);
}

TEST(CiScript, PassingGatesExitZero) {
  const auto run =
      run_script("pass", "'" + source_path("examples/answers") + "' --fail-under overall=10 --min-coverage 0.8");
  EXPECT_EQ(run.exit_code, 0);
  const std::string summary = read_file((run.dir / "out/summary.md").string());
  EXPECT_NE(summary.find("**Result: passed** (exit 0)\n"), std::string::npos) << summary;
  EXPECT_NE(summary.find("Every gate passed: `--fail-under overall=10 --min-coverage 0.8 `"), std::string::npos)
      << summary;
  EXPECT_EQ(summary.find("### Failed gates"), std::string::npos);
  std::filesystem::remove_all(run.dir);
}

TEST(CiScript, Invalid65) {
  const auto run = run_script("invalid", "'" + source_path("tests/e2e/data/team/bad") + "'");
  EXPECT_EQ(run.exit_code, 65);
  const std::string summary = read_file((run.dir / "out/summary.md").string());
  EXPECT_NE(summary.find("**Result: failed: some answers are invalid** (exit 65)"), std::string::npos) << summary;
  EXPECT_NE(summary.find("### Problems\n\n```text\n"), std::string::npos) << summary;
  EXPECT_NE(summary.find("invalid answer number 9 to likert question"), std::string::npos) << summary;
  std::filesystem::remove_all(run.dir);
}

}  // namespace
}  // namespace salesaudit::e2e
