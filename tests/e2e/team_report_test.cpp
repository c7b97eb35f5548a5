// `salesaudit team`: golden reports, bad records, mismatched questionnaires.

#include "e2e/run_cli.hpp"

#include <filesystem>

namespace salesaudit::e2e {
namespace {

const std::string kTeamDir = "tests/e2e/data/team/";

struct Golden {
  const char* name;
  std::vector<std::string> args;
  const char* expected;
};

class TeamGolden : public ::testing::TestWithParam<Golden> {};

TEST_P(TeamGolden, Matches) {
  const Golden& g = GetParam();
  std::vector<std::string> args = {"team"};
  for (const auto& a : g.args)
    args.push_back(a.rfind("--", 0) == 0 || a.find('/') == std::string::npos ? a : source_path(a));
  const auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, read_file(source_path(kTeamDir + "expected/" + g.expected)));
}

INSTANTIATE_TEST_SUITE_P(
    , TeamGolden,
    ::testing::Values(Golden{"text", {kTeamDir + "answers"}, "team.txt"},
                      Golden{"markdown", {kTeamDir + "answers", "--format", "markdown"}, "team.md"},
                      Golden{"json", {kTeamDir + "answers", "--format", "json"}, "team.json"},
                      Golden{"html", {kTeamDir + "answers", "--format", "html"}, "team.html"},
                      Golden{"examples_text", {"examples/answers"}, "examples.txt"},
                      Golden{"examples_json", {"examples/answers", "--format", "json"}, "examples.json"}),
    [](const ::testing::TestParamInfo<Golden>& p) { return std::string(p.param.name); });

TEST(Team, Reliability) {
  const auto r = run_cli({"team", source_path(kTeamDir + "answers")});
  EXPECT_NE(r.out.find("  Expectations           alpha  0.77 over 7 question(s)\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  - exp-goal-changes (Expectations): r = -0.65\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  Overall                   83.12    51.65   +31.47\n"), std::string::npos) << r.out;
}

TEST(Team, NoReliabilityUnder10) {
  const auto r = run_cli({"team", source_path("examples/answers"), "--format", "json"});
  EXPECT_NE(r.out.find("\"reliability\": null"), std::string::npos);
  EXPECT_NE(r.out.find("\"manager_gap\": null"), std::string::npos);  // all three are managers
}

TEST(Team, TopLimitsTheHumanFormats) {
  const auto r = run_cli({"team", source_path(kTeamDir + "answers"), "--top", "1"});
  EXPECT_NE(r.out.find("  1. Check messages"), std::string::npos);
  EXPECT_EQ(r.out.find("  2. Agree what counts"), std::string::npos);
}

TEST(Team, BadRecords) {
  const auto r =
      run_cli({"team", source_path("examples/answers/average.json"), source_path(kTeamDir + "bad/invalid.json")});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_EQ(r.err, source_path(kTeamDir + "bad/invalid.json") +
                       ": /answers/dep-ask-options: invalid answer number 9 to likert question \"dep-ask-options\": "
                       "expected an integer from 1 to 5\n");
  EXPECT_NE(r.out.find("Respondents: 1\n  r-044\n"), std::string::npos) << r.out;
}

TEST(Team, SameQuestionnaire) {
  const std::string other = source_path(kTeamDir + "bad/other.json");
  const auto r = run_cli({"--questionnaire-path", source_path(kTeamDir + "qpath"), "team",
                          source_path("examples/answers/average.json"), other});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_EQ(r.err, other +
                       ": questionnaire other 1.0.0 differs from the team's crisis-mode 1.x; all respondents must "
                       "share the questionnaire id and major version\n");
  EXPECT_NE(r.out.find("Respondents: 1\n"), std::string::npos);
}

TEST(Team, NoValidRespondentIsADataError) {
  const auto r = run_cli({"team", source_path(kTeamDir + "bad/invalid.json")});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("salesaudit: no respondent could be scored; no team report\n"), std::string::npos);
}

TEST(Team, MissingInputExits66) {
  const auto r = run_cli({"team", "/nonexistent/answers.json"});
  EXPECT_EQ(r.exit_code, 66);
  EXPECT_NE(r.err.find("/nonexistent/answers.json"), std::string::npos);
}

TEST(Team, MissingBeats65) {
  const auto r = run_cli({"team", source_path("examples/answers/average.json"),
                          source_path(kTeamDir + "bad/invalid.json"), "/nonexistent/answers.json"});
  EXPECT_EQ(r.exit_code, 66);
  EXPECT_NE(r.out.find("Respondents: 1\n"), std::string::npos);
}

TEST(Team, UnknownFormatIsAUsageError) {
  const auto r = run_cli({"team", source_path("examples/answers"), "--format", "pdf"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
}

TEST(Team, NoIdEscapes) {
  std::string text = read_file(source_path("examples/answers/average.json"));
  const std::string id = "\"id\": \"r-044\"";
  text.replace(text.find(id), id.size(), "\"id\": \"r\\u001b[2J\"");
  const auto r = run_cli({"team", "-", "--fail-under", "overall=60"}, text);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("Respondents: 1\n  r\\x1b[2J\n"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
  EXPECT_EQ(r.err.find('\x1b'), std::string::npos);
  // The same in a gate message that names the respondent.
  const auto score = run_cli({"score", "-", "--fail-under", "overall=60", "--format", "json"}, text);
  EXPECT_EQ(score.exit_code, 1);
  EXPECT_EQ(score.err, "gate failed: r\\x1b[2J: overall 58.35 is below 60 (--fail-under overall=60)\n");
}

TEST(Team, OutputFileIsWrittenWhole) {
  const auto path = std::filesystem::temp_directory_path() / "salesaudit-team-output.md";
  std::filesystem::remove(path);
  const auto r =
      run_cli({"team", source_path(kTeamDir + "answers"), "--format", "markdown", "--output", path.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(read_file(path.string()), read_file(source_path(kTeamDir + "expected/team.md")));
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace salesaudit::e2e
