// `salesaudit run` in line mode: replies piped on stdin, one per line.

#include "e2e/run_cli.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

// A wide COLUMNS keeps every message on one line, so tests can look for it whole.
const std::vector<std::string> kClock = {"SALESAUDIT_NOW=2026-11-26T10:00:00Z", "COLUMNS=1000"};
// Name, team and role, then: pace 4, deputy yes, authority 2, checks 3, note, Enter at the review.
const char* const kFullRun = "Ann\nEast\nLead\n4\ny\n2\n3\nAll good\n\n";

class RunLine : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "salesaudit-run-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir = tmpl;
    answers = (dir / "answers.json").string();
  }
  void TearDown() override { fs::remove_all(dir); }
  CliResult run(const std::string& stdin_text, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"run", source_path("tests/e2e/data/run-small.json"), "--answers", answers};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_cli(args, stdin_text, kClock);
  }
  [[nodiscard]] nlohmann::json saved() const { return nlohmann::json::parse(read_file(answers)); }
  fs::path dir;
  std::string answers;
};

TEST_F(RunLine, FullRun) {
  const auto r = run(kFullRun, {"--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["format"], "salesaudit.report/v1");
  EXPECT_EQ(report["respondent"]["name"], "Ann");
  // The questionnaire's content hash is pinned too; its value is the loader's business.
  std::string file = read_file(answers);
  const std::regex hash(",\n    \"sha256\": \"[0-9a-f]{64}\"");
  EXPECT_TRUE(std::regex_search(file, hash)) << file;
  file = std::regex_replace(file, hash, "");
  EXPECT_EQ(file, R"({
  "format": "salesaudit.answers/v1",
  "questionnaire": {
    "id": "run-small",
    "version": "1.0.0"
  },
  "language": "en",
  "respondent": {
    "name": "Ann",
    "role": "Lead",
    "team": "East"
  },
  "started_at": "2026-11-26T10:00:00Z",
  "completed_at": "2026-11-26T10:00:00Z",
  "answers": {
    "pace": 4,
    "deputy": true,
    "authority": "some",
    "checks": 3,
    "note": "All good"
  }
}
)");
  const std::string tail = "Answers saved to " + answers + ".\nOther formats: salesaudit score " + answers +
                           " --format html --output report.html\n";
  EXPECT_EQ(r.err.substr(r.err.size() - tail.size()), tail);
  // The report can be reproduced from the saved file.
  const auto again =
      run_cli({"score", answers, "--questionnaire", source_path("tests/e2e/data/run-small.json"), "--format", "json"});
  EXPECT_EQ(again.out, r.out);
}

TEST_F(RunLine, TranscriptMatchesGolden) {
  const auto r = run(kFullRun, {"--output", (dir / "report.txt").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string err = r.err;
  for (std::size_t at; (at = err.find(answers)) != std::string::npos;) err.replace(at, answers.size(), "ANSWERS");
  EXPECT_EQ(err, read_file(source_path("tests/e2e/data/run-line-transcript.txt")));
}

TEST_F(RunLine, InvalidAskedAgain) {
  const auto r = run("\n\n\n9\nfour\n4\nmaybe\nn\nabc\nna\n\n\n");  // Enter skips the optional note
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("Not accepted: \"9\": expected an integer from 1 to 5. Type a number from 1 to 5, or ? for "
                       "help.\n\n[1/4] Habits\n"),
            std::string::npos);
  EXPECT_NE(r.err.find("Not accepted: \"four\". Type a number from 1 to 5, or ? for help."), std::string::npos);
  EXPECT_NE(r.err.find("Not accepted: \"maybe\". Type y or n, or ? for help."), std::string::npos);
  EXPECT_NE(r.err.find("Not accepted: \"abc\". Type a number from 0 to 50 (checks a day), or na (not applicable), "
                       "or ? for help."),
            std::string::npos);
  const auto doc = saved();
  EXPECT_EQ(doc["answers"], nlohmann::json::parse(R"({"pace": 4, "deputy": false, "checks": "na", "note": null})"));
}

TEST_F(RunLine, BackAndSkip) {
  const auto r = run("\n\n\n4\n<\n5\nn\n1\n>\n\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("Current answer: 4 (Usually) (Enter keeps it)"), std::string::npos);
  EXPECT_EQ(saved()["answers"], nlohmann::json::parse(R"({"pace": 5, "deputy": false, "checks": 1, "note": null})"));
}

TEST_F(RunLine, WrapsColumnsWordBoundaries) {
  const std::vector<std::string> args = {"run", source_path("tests/e2e/data/run-small.json"), "--answers", answers};
  const auto r = run_cli(args, "\n\n\n4\n7\nq\n", {"SALESAUDIT_NOW=2026-11-26T10:00:00Z", "COLUMNS=40"});
  EXPECT_EQ(r.exit_code, 130) << r.err;
  std::string joined;
  std::size_t start = 0;
  while (start < r.err.size()) {
    const auto end = std::min(r.err.find('\n', start), r.err.size());
    const std::string line = r.err.substr(start, end - start);
    if (line.rfind("saved ", 0) != 0) {  // the exit note is not wrapped
      EXPECT_LE(line.size(), 40u) << line;
    }
    joined += " " + line;
    start = end + 1;
  }
  EXPECT_NE(joined.find("Type y or n; < back, r review, ? help, q save and quit"), std::string::npos) << r.err;
  EXPECT_NE(joined.find("Not accepted: \"7\". Type y or n, or ? for help."), std::string::npos) << r.err;
}

TEST_F(RunLine, EofSaves130) {
  const auto r = run("Ann\n\n\n4\ny\n");
  EXPECT_EQ(r.exit_code, 130);
  EXPECT_NE(r.err.find("saved 2 of 5 answers to " + answers + "; resume with: salesaudit run " +
                       source_path("tests/e2e/data/run-small.json") + " --answers " + answers + " --resume\n"),
            std::string::npos);
  const auto doc = saved();
  EXPECT_TRUE(doc["completed_at"].is_null());
  EXPECT_EQ(doc["started_at"], "2026-11-26T10:00:00Z");
  EXPECT_EQ(doc["respondent"]["name"], "Ann");
  EXPECT_EQ(doc["answers"], nlohmann::json::parse(R"({"pace": 4, "deputy": true})"));
  // The unfinished file is a valid answers document: validate accepts it.
  const auto check = run_cli({"validate", source_path("tests/e2e/data/run-small.json"), answers});
  EXPECT_EQ(check.exit_code, 0) << check.err;
}

TEST_F(RunLine, QuitSavesAndExits130) {
  const auto r = run("\n\n\n4\nq\n");
  EXPECT_EQ(r.exit_code, 130);
  EXPECT_NE(r.err.find("saved 1 of 4 answers"), std::string::npos);
  EXPECT_EQ(saved()["answers"], nlohmann::json::parse(R"({"pace": 4})"));
}

TEST_F(RunLine, Resume) {
  ASSERT_EQ(run("\n\n\n4\ny\n").exit_code, 130);
  const auto r = run("3\n7\nnote\n\n", {"--resume"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("[1/5]"), std::string::npos);
  EXPECT_NE(r.err.find("Resuming: 2 of 5 answered.\n\n[3/5] Cover\nWhat may your deputy decide?"), std::string::npos);
  EXPECT_EQ(
      saved()["answers"],
      nlohmann::json::parse(R"({"pace": 4, "deputy": true, "authority": "written", "checks": 7, "note": "note"})"));
}

TEST_F(RunLine, OffersResume) {
  ASSERT_EQ(run("\n\n\n4\n").exit_code, 130);
  auto r = run("y\nq\n");
  EXPECT_EQ(r.exit_code, 130);
  EXPECT_NE(r.err.find(answers + " holds an unfinished audit: 1 of 4 answered (started 2026-11-26T10:00:00Z).\n"
                                 "Resume where you stopped? [Y/n] y\n"),
            std::string::npos);
  EXPECT_NE(r.err.find("[2/4] Cover"), std::string::npos);
  r = run("n\n\n\n\n2\nq\n");
  EXPECT_EQ(r.exit_code, 130);
  EXPECT_NE(r.err.find("Kept the previous answers as " + answers + ".1.bak."), std::string::npos);
  EXPECT_EQ(saved()["answers"], nlohmann::json::parse(R"({"pace": 2})"));
  EXPECT_EQ(nlohmann::json::parse(read_file(answers + ".1.bak"))["answers"], nlohmann::json::parse(R"({"pace": 4})"));
}

TEST_F(RunLine, FinishedKept) {
  ASSERT_EQ(run(kFullRun).exit_code, 0);
  const std::string finished = read_file(answers);
  auto r = run(kFullRun);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(answers +
                       ": this audit was finished at 2026-11-26T10:00:00Z; see its report with "
                       "'salesaudit score " +
                       answers + "', or start a new one with --restart"),
            std::string::npos);
  EXPECT_EQ(read_file(answers), finished);
  EXPECT_EQ(run(kFullRun, {"--resume"}).exit_code, 2);
  EXPECT_EQ(read_file(answers), finished);

  r = run("\n\n\n1\nq\n", {"--restart"});
  EXPECT_EQ(r.exit_code, 130);
  EXPECT_EQ(read_file(answers + ".1.bak"), finished);
  EXPECT_EQ(saved()["answers"], nlohmann::json::parse(R"({"pace": 1})"));
}

TEST_F(RunLine, ResumeNoFile66) {
  const auto r = run("", {"--resume"});
  EXPECT_EQ(r.exit_code, 66);
  EXPECT_EQ(r.err, "salesaudit: " + answers + ": no saved answers to resume; run without --resume to start\n");
  EXPECT_FALSE(fs::exists(answers));
}

TEST_F(RunLine, ResumeXorRestart) {
  EXPECT_EQ(run("", {"--resume", "--restart"}).exit_code, 2);
}

TEST_F(RunLine, Defaults) {
  const auto cwd = fs::current_path();
  fs::current_path(dir);
  const auto r = run_cli({"run", "crisis-mode@1"}, "\n\n\n", kClock);
  fs::current_path(cwd);
  EXPECT_EQ(r.exit_code, 130);
  EXPECT_NE(r.err.find("[1/"), std::string::npos);
  EXPECT_NE(r.err.find("saved 0 of "), std::string::npos);
  EXPECT_NE(r.err.find("resume with: salesaudit run crisis-mode@1 --resume"), std::string::npos);
  EXPECT_TRUE(fs::exists(dir / "salesaudit-crisis-mode-answers.json"));
}

TEST_F(RunLine, KeepsPinnedVersion) {
  const std::string unfinished = R"({"format": "salesaudit.answers/v1",
    "questionnaire": {"id": "crisis-mode", "version": "1.0.0"},
    "started_at": "2026-11-20T09:00:00Z", "completed_at": null,
    "answers": {"dep-no-fix-count": 3}})";
  {
    std::ofstream out(dir / "salesaudit-crisis-mode-answers.json");
    out << unfinished;
  }
  const auto cwd = fs::current_path();
  fs::current_path(dir);
  const auto r = run_cli({"run"}, "y\n", kClock);  // no questionnaire named: the file's pin decides
  fs::current_path(cwd);
  EXPECT_EQ(r.exit_code, 130);
  EXPECT_NE(r.err.find("salesaudit-crisis-mode-answers.json holds an unfinished audit: 1 of "), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("[2/"), std::string::npos);
  EXPECT_NE(r.err.find("resume with: salesaudit run --resume"), std::string::npos);

  {
    std::ofstream out(answers);
    out << unfinished;
  }
  const auto named = run_cli({"run", source_path("tests/e2e/data/run-small.json"), "--answers", answers}, "", kClock);
  EXPECT_EQ(named.exit_code, 2);
  EXPECT_NE(named.err.find(answers +
                           ": holds answers for crisis-mode@1.0.0, not run-small@1.0.0; continue it with "
                           "'salesaudit run crisis-mode@1.0.0 --answers " +
                           answers + "', or start over with --restart"),
            std::string::npos)
      << named.err;
}

}  // namespace
}  // namespace salesaudit::e2e
