// CI gates on `salesaudit team`: thresholds, baseline, JUnit, exit code precedence.

#include "e2e/run_cli.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace salesaudit::e2e {
namespace {

std::filesystem::path temp_file(const std::string& name) {
  const auto path = std::filesystem::temp_directory_path() / ("salesaudit-gates-" + name);
  std::filesystem::remove(path);
  return path;
}

TEST(TeamGates, FailUnder) {
  // The option may come before the inputs: it takes one value per use.
  const auto r = run_cli({"team", "--fail-under", "overall=60", "--fail-under", "delegation=50", "--fail-under",
                          "expectations=55", source_path("examples/answers")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "gate failed: team: overall 53.69 is below 60 (--fail-under overall=60)\n"
            "gate failed: team: expectations 54.44 is below 55 (--fail-under expectations=55)\n");
  EXPECT_NE(r.out.find("Team report:"), std::string::npos);  // the report is still printed
}

TEST(TeamGates, PassingGatesExitZero) {
  const auto r = run_cli({"team", source_path("examples/answers"), "--fail-under", "53.69", "--min-coverage", "1"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
}

TEST(TeamGates, UnknownDim) {
  const auto r = run_cli({"team", source_path("examples/answers"), "--fail-under", "delegaton=50"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--fail-under delegaton=50: unknown dimension \"delegaton\"; valid targets: overall, "
                       "dependence, delegation, contact_frequency, expectations"),
            std::string::npos)
      << r.err;
}

TEST(TeamGates, OptionErrorsAreUsageErrors) {
  EXPECT_EQ(run_cli({"team", source_path("examples/answers"), "--max-drop", "5"}).exit_code, 2);
  EXPECT_EQ(run_cli({"team", source_path("examples/answers"), "--fail-under", "overall=high"}).exit_code, 2);
  EXPECT_EQ(run_cli({"team", source_path("examples/answers"), "--min-coverage", "1.5"}).exit_code, 2);
}

TEST(TeamGates, BaselineRegression) {
  const auto baseline = temp_file("baseline.json");
  auto r = run_cli({"team", source_path("examples/answers"), "--format", "json", "--output", baseline.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run_cli({"team", source_path("examples/answers"), "--baseline", baseline.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;  // no change, default --max-drop 0
  r = run_cli({"team", source_path("examples/answers/average.json"), source_path("examples/answers/crisis.json"),
               "--baseline", baseline.string(), "--max-drop", "18.07"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "gate failed: team: dependence dropped 19.79 points (54.17 -> 34.38), more than 18.07 (--max-drop 18.07)\n"
            "gate failed: team: contact_frequency dropped 22.84 points (51.19 -> 28.35), more than 18.07 "
            "(--max-drop 18.07)\n");
  std::filesystem::remove(baseline);
}

TEST(TeamGates, DataErrorFirst) {
  const auto r = run_cli({"team", source_path("examples/answers/crisis.json"),
                          source_path("tests/e2e/data/team/bad/invalid.json"), "--fail-under", "overall=60"});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("gate failed: team: overall 12.90 is below 60"), std::string::npos) << r.err;
}

TEST(TeamGates, JunitIsWellFormedXml) {
  const auto path = temp_file("junit.xml");
  const auto r = run_cli({"team", source_path("examples/answers/crisis.json"),
                          source_path("tests/e2e/data/team/bad/invalid.json"), "--fail-under", "overall=60",
                          "--fail-under", "delegation=10", "--format", "junit", "--output", path.string()});
  EXPECT_EQ(r.exit_code, 65);
  const std::string xml = read_file(path.string());
  EXPECT_NE(xml.find(R"(<testsuite name="salesaudit team" tests="3" failures="2" errors="0" skipped="0">)"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find(R"(<testcase classname="team" name="fail-under delegation=10"/>)"), std::string::npos) << xml;
  EXPECT_NE(xml.find(R"(name="valid">)"), std::string::npos) << xml;
  const std::string check =
      "python3 -c 'import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); "
      "sys.exit(0 if len(d.getElementsByTagName(\"testcase\")) == 3 else 1)' " +
      path.string();
  EXPECT_EQ(std::system(check.c_str()), 0) << xml;
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace salesaudit::e2e
