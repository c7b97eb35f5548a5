// CI gates on `salesaudit score`: one report or a row per respondent, JUnit, precedence.

#include "e2e/run_cli.hpp"

#include <cstdlib>
#include <filesystem>

namespace salesaudit::e2e {
namespace {

std::filesystem::path temp_file(const std::string& name) {
  const auto path = std::filesystem::temp_directory_path() / ("salesaudit-score-gates-" + name);
  std::filesystem::remove(path);
  return path;
}

// average.json without its optional del-training answer: delegation coverage 6/7.
std::string partial_average() {
  std::string text = read_file(source_path("examples/answers/average.json"));
  const auto at = text.find("    \"del-training\": 1,\n");
  text.erase(at, std::string("    \"del-training\": 1,\n").size());
  return text;
}

// average.json with fewer written goals: overall and expectations drop.
std::string worse_average() {
  std::string text = read_file(source_path("examples/answers/average.json"));
  const std::string from = "\"exp-written-goals\": 80";
  text.replace(text.find(from), from.size(), "\"exp-written-goals\": 10");
  return text;
}

TEST(ScoreGates, ReportedValue) {
  const std::string average = source_path("examples/answers/average.json");
  auto r = run_cli({"score", average, "--fail-under", "overall=58.35"});  // reported 58.35
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  r = run_cli({"score", average, "--fail-under", "overall=58.36", "--format", "json"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "gate failed: r-044: overall 58.35 is below 58.36 (--fail-under overall=58.36)\n");
  EXPECT_NE(r.out.find("\"format\": \"salesaudit.report/v1\""), std::string::npos);
}

TEST(ScoreGates, MinCoverage) {
  const auto r = run_cli({"score", "-", "--min-coverage", "0.9"}, partial_average());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "gate failed: r-044: delegation coverage 0.86 is below 0.9 (--min-coverage 0.9)\n");
}

TEST(ScoreGates, EveryRespondentOfABatch) {
  const auto r = run_cli(
      {"score", source_path("examples/answers"), "--fail-under", "overall=50", "--fail-under", "delegation=50"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "gate failed: r-031: overall 12.90 is below 50 (--fail-under overall=50)\n"
            "gate failed: r-031: delegation 10.71 is below 50 (--fail-under delegation=50)\n"
            "scored 3, failed 0\n");
}

TEST(ScoreGates, UnknownDim) {
  const auto r = run_cli({"score", source_path("examples/answers/average.json"), "--fail-under", "speed=50"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown dimension \"speed\"; valid targets: overall, dependence, delegation, "
                       "contact_frequency, expectations"),
            std::string::npos)
      << r.err;
}

TEST(ScoreGates, BaselineById) {
  const auto baseline = temp_file("baseline.json");
  auto r = run_cli({"score", source_path("examples/answers"), "--format", "json", "--output", baseline.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run_cli({"score", source_path("examples/answers/average.json"), "--baseline", baseline.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = run_cli({"score", "-", "--baseline", baseline.string(), "--max-drop", "1"}, worse_average());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "gate failed: r-044: overall dropped 3.70 points (58.35 -> 54.65), more than 1 (--max-drop 1)\n"
            "gate failed: r-044: expectations dropped 16.66 points (62.22 -> 45.56), more than 1 (--max-drop 1)\n");
  std::filesystem::remove(baseline);
}

TEST(ScoreGates, DataErrorFirst) {
  const auto r = run_cli({"score", source_path("examples/answers/crisis.json"),
                          source_path("tests/e2e/data/team/bad/invalid.json"), "--fail-under", "overall=60"});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("gate failed: r-031: overall 12.90 is below 60"), std::string::npos) << r.err;
}

TEST(ScoreGates, JunitCases) {
  const auto path = temp_file("junit.xml");
  const auto r =
      run_cli({"score", source_path("examples/answers"), source_path("tests/e2e/data/team/bad/invalid.json"),
               "--format", "junit", "--fail-under", "overall=50", "--min-coverage", "0.5", "--output", path.string()});
  EXPECT_EQ(r.exit_code, 65);
  const std::string xml = read_file(path.string());
  // 3 respondents x (1 fail-under + 4 min-coverage) + 1 invalid record.
  EXPECT_NE(xml.find(R"(<testsuite name="salesaudit score" tests="16" failures="2" errors="0" skipped="0">)"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find(R"(<testcase classname="r-031" name="fail-under overall=50">)"), std::string::npos) << xml;
  EXPECT_NE(xml.find(R"(<testcase classname="r-052" name="min-coverage expectations"/>)"), std::string::npos) << xml;
  const std::string check =
      "python3 -c 'import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); "
      "sys.exit(0 if len(d.getElementsByTagName(\"failure\")) == 2 else 1)' " +
      path.string();
  EXPECT_EQ(std::system(check.c_str()), 0) << xml;
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace salesaudit::e2e
