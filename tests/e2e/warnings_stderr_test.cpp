// End-to-end: every warning reaches stderr as `file: /pointer: warning: message` (or
// `file:LINE: ...` for NDJSON and CSV records), in single-report and batch mode, and
// --quiet silences them while reports keep theirs.

#include "e2e/run_cli.hpp"

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

// Dimension d: q1, q2 (boolean); dimension e: q3 (only when q2 is true), q4.
const char* const kQuestionnaire = R"({"format": "salesaudit.questionnaire/v1", "id": "tiny", "version": "1.1.0",
  "title": "Tiny", "dimensions": [{"id": "d", "title": "D"}, {"id": "e", "title": "E"}],
  "bands": [{"id": "low", "label": "Low", "min": 0}, {"id": "high", "label": "High", "min": 50}],
  "recommendations": [{"id": "r", "title": "R", "action": "Do it.", "effort": "low"}],
  "questions": [
    {"id": "q1", "type": "likert", "text": "Q1", "dimension": "d", "recommendation": "r",
     "scale": {"points": 3, "labels": ["a", "b", "c"]}},
    {"id": "q2", "type": "boolean", "text": "Q2", "dimension": "d", "recommendation": "r"},
    {"id": "q3", "type": "likert", "text": "Q3", "dimension": "e", "recommendation": "r",
     "enable_when": {"question": "q2", "equals": true}, "scale": {"points": 3, "labels": ["a", "b", "c"]}},
    {"id": "q4", "type": "likert", "text": "Q4", "dimension": "e", "recommendation": "r", "required": false,
     "scale": {"points": 3, "labels": ["a", "b", "c"]}}]})";

// An answers document pinning tiny@VERSION with the given answers (and extra top-level text).
std::string answers(const std::string& version, const std::string& given, const std::string& extra = "") {
  return R"({"format": "salesaudit.answers/v1", "questionnaire": {"id": "tiny", "version": ")" + version +
         R"("}, "answers": {)" + given + "}" + extra + "}";
}

const std::string kComplete = R"("q1": 2, "q2": true, "q3": 1, "q4": 3)";

class WarningsOnStderr : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sa-warn-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_ / "tiny");
    write("tiny/1.1.0.json", kQuestionnaire);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    std::ofstream((dir_ / name).string(), std::ios::binary) << text;
    return (dir_ / name).string();
  }
  CliResult score(std::vector<std::string> args) {
    args.insert(args.begin(), {"--questionnaire-path", dir_.string(), "score"});
    return run_cli(args);
  }
  fs::path dir_;
};

TEST_F(WarningsOnStderr, EachKindOneReport) {
  const std::string unknown_key = write("k.json", answers("1.1.0", kComplete, R"(, "extra_field": 1)"));
  const std::string replaced = write("v.json", answers("1.0.0", kComplete));
  const std::string disabled = write("x.json", answers("1.1.0", R"("q1": 2, "q2": false, "q3": 1, "q4": 3)"));
  const std::string few = write("f.json", answers("1.1.0", R"("q1": 2, "q2": true)"));

  CliResult r = score({unknown_key, "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, unknown_key + ": /extra_field: warning: unknown key \"extra_field\"; ignored\n");
  EXPECT_NE(r.out.find("/extra_field: unknown key"), std::string::npos) << r.out;  // kept in the report

  r = score({replaced, "--format", "json"});
  EXPECT_EQ(r.err, replaced +
                       ": /questionnaire/version: warning: answers pin tiny@1.0.0, which is not available; scored "
                       "against tiny@1.1.0\n");

  r = score({disabled, "--format", "json"});
  EXPECT_EQ(r.err, disabled + ": warning: ignored answers to 1 question(s) disabled by enable_when: q3\n");

  r = score({few, "--format", "json"});
  EXPECT_EQ(r.err, few + ": warning: 1 required question(s) unanswered: q3\n" + few +
                       ": warning: dimension \"e\": insufficient answers (no scored answers); no score\n");
}

TEST_F(WarningsOnStderr, QuietKeepsReport) {
  const std::string file = write("k.json", answers("1.1.0", kComplete, R"(, "extra_field": 1)"));
  const CliResult r = score({file, "--format", "json", "--quiet"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("unknown key"), std::string::npos);
}

TEST_F(WarningsOnStderr, BatchOfFiles) {
  const std::string a = write("a.json", answers("1.1.0", kComplete, R"(, "extra_field": 1)"));
  const std::string b = write("b.json", answers("1.1.0", kComplete));
  for (const char* format : {"csv", "ndjson", "json"}) {
    const CliResult r = score({a, b, "--format", format});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, a + ": /extra_field: warning: unknown key \"extra_field\"; ignored\nscored 2, failed 0\n")
        << format;
  }
  const CliResult quiet = score({a, b, "--quiet"});
  EXPECT_EQ(quiet.err, "scored 2, failed 0\n");
  const CliResult junit = score({a, b, "--format", "junit", "--fail-under", "overall=0"});
  EXPECT_EQ(junit.exit_code, 0) << junit.err;
  EXPECT_NE(junit.err.find(a + ": /extra_field: warning: unknown key \"extra_field\"; ignored\n"), std::string::npos)
      << junit.err;
}

// NDJSON goes through the worker threads and the lean parser: warnings name the line.
TEST_F(WarningsOnStderr, NdjsonNamesLine) {
  std::string lines;
  lines += answers("1.1.0", kComplete) + "\n";
  lines += answers("1.0.0", kComplete) + "\n";
  lines += answers("1.1.0", kComplete, R"(, "extra_field": 1)") + "\n";
  lines += answers("1.1.0", kComplete) + "\n";
  lines += answers("1.1.0", R"("q1": 2, "q2": false, "q3": 1)") + "\n";
  const std::string file = write("b.ndjson", lines);
  for (const char* threads : {"1", "3"}) {
    const CliResult r = score({file, "--threads", threads});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, file +
                         ":2: /questionnaire/version: warning: answers pin tiny@1.0.0, which is not available; "
                         "scored against tiny@1.1.0\n" +
                         file + ":3: /extra_field: warning: unknown key \"extra_field\"; ignored\n" + file +
                         ":5: warning: ignored answers to 1 question(s) disabled by enable_when: q3\n" + file +
                         ":5: warning: dimension \"e\": insufficient answers (no scored answers); no score\n"
                         "scored 5, failed 0\n")
        << threads;
  }
}

TEST_F(WarningsOnStderr, CsvNamesLine) {
  const std::string file = write("c.csv", "respondent_id,q1,q2,q3,q4\r\nr1,2,true,1,3\r\nr2,2,false,,\r\n");
  const CliResult r = score({file, "-q", "tiny"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, file +
                       ":3: warning: dimension \"e\": insufficient answers (no scored answers); no score\n"
                       "scored 2, failed 0\n");
}

TEST_F(WarningsOnStderr, TeamPrintsThemToo) {
  const std::string a = write("a.json", answers("1.1.0", kComplete, R"(, "extra_field": 1)"));
  const std::string b = write("b.json", answers("1.1.0", kComplete));
  CliResult r = run_cli({"--questionnaire-path", dir_.string(), "team", a, b, "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, a + ": /extra_field: warning: unknown key \"extra_field\"; ignored\n");
  r = run_cli({"--questionnaire-path", dir_.string(), "team", a, b, "--format", "json", "--quiet"});
  EXPECT_EQ(r.err, "");
}

TEST_F(WarningsOnStderr, ValidateSameFormat) {
  const std::string a = write("a.json", answers("1.1.0", kComplete, R"(, "extra_field": 1)"));
  const CliResult r = run_cli({"--questionnaire-path", dir_.string(), "validate", a});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, a + ": /extra_field: warning: unknown key \"extra_field\"; ignored\n");
}

}  // namespace
}  // namespace salesaudit::e2e
