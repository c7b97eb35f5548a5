#include "e2e/run_cli.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

// Inputs are named by absolute path; goldens hold them relative to the source tree.
std::string relative(std::string text) {
  const std::string prefix = std::string(SALESAUDIT_SOURCE_DIR) + "/";
  for (auto at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at)) text.erase(at, prefix.size());
  return text;
}

// Compares with tests/e2e/golden/diff/<name>; SALESAUDIT_UPDATE_GOLDEN=1 rewrites it instead.
void expect_golden(const std::string& name, const std::string& actual) {
  const std::string path = source_path("tests/e2e/golden/diff/" + name);
  if (const char* update = std::getenv("SALESAUDIT_UPDATE_GOLDEN"); update != nullptr && *update == '1') {
    std::ofstream(path, std::ios::binary) << actual;
  }
  EXPECT_EQ(actual, read_file(path)) << "golden " << name;
}

const std::string kCrisis = source_path("examples/answers/crisis.json");
const std::string kInControl = source_path("examples/answers/in-control.json");
const std::string kAverage = source_path("examples/answers/average.json");

std::string temp_path(const std::string& name) {
  const auto dir = fs::temp_directory_path() / ("salesaudit-diff-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return (dir / name).string();
}

TEST(VersionsDiff, GoldenText) {
  const auto r = run_cli({"diff", kCrisis, kInControl});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  expect_golden("crisis-to-in-control.txt", relative(r.out));
}

TEST(VersionsDiff, GoldenMarkdown) {
  const auto r = run_cli({"diff", kCrisis, kInControl, "--format", "markdown"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  expect_golden("crisis-to-in-control.md", relative(r.out));
}

TEST(VersionsDiff, GoldenJson) {
  const auto r = run_cli({"diff", kCrisis, kInControl, "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  expect_golden("crisis-to-in-control.json", relative(r.out));
}

TEST(VersionsDiff, FailOnRegression) {
  EXPECT_EQ(run_cli({"diff", kCrisis, kInControl, "--fail-on-regression"}).exit_code, 0);
  const auto r = run_cli({"diff", kInControl, kAverage, "--fail-on-regression"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("Regression: at least one dimension dropped."), std::string::npos) << r.out;
  EXPECT_EQ(run_cli({"diff", kInControl, kAverage}).exit_code, 0);  // without the flag, a drop is not a failure
}

TEST(VersionsDiff, ReportAgainstAnswers) {
  const std::string report = temp_path("average-report.json");
  ASSERT_EQ(run_cli({"score", kAverage, "--format", "json", "--output", report}).exit_code, 0);
  const auto r = run_cli({"diff", report, kInControl, "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"questions\": null"), std::string::npos) << r.out;  // reports carry no item scores
  // The same comparison from the answers documents gives the same dimension deltas.
  const auto from_answers = run_cli({"diff", kAverage, kInControl, "--format", "json"});
  const auto dims = [](const std::string& out) {
    return out.substr(out.find("\"overall\""), out.find("\"questions\"") - out.find("\"overall\""));
  };
  EXPECT_EQ(dims(r.out), dims(from_answers.out));
}

TEST(VersionsDiff, OlderMigratedFirst) {
  const std::string migrated = temp_path("in-control-v2.json");
  ASSERT_EQ(run_cli({"migrate", kInControl, "--to", "crisis-mode@2", "--output", migrated}).exit_code, 0);
  const auto r = run_cli({"diff", kCrisis, migrated});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(relative(r.out).find("examples/answers/crisis.json was migrated from crisis-mode@1.0.0 to "
                                 "crisis-mode@2.0.0 before scoring"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.err.find("crisis.json: migrated: renamed dep-take-over -> dep-takeovers"), std::string::npos) << r.err;
}

TEST(VersionsDiff, Errors) {
  const std::string other = temp_path("other.json");
  std::ofstream(other) << R"({"format": "salesaudit.answers/v1", "questionnaire": {"id": "other", "version": "1.0.0"},
                             "answers": {}})";
  auto r = run_cli({"diff", kCrisis, other});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_EQ(r.err, other + ": /questionnaire/id: \"other\" differs from \"crisis-mode\" in " + kCrisis +
                       "; diff compares audits of the same questionnaire\n");
  r = run_cli({"diff", kCrisis, kInControl, "--format", "html"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown diff format \"html\""), std::string::npos) << r.err;
  EXPECT_EQ(run_cli({"diff", kCrisis, temp_path("missing.json")}).exit_code, 66);
}

}  // namespace
}  // namespace salesaudit::e2e
