#include "e2e/run_cli.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

class AuthoringCli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "salesaudit-authoring-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  void write(const std::string& name, const std::string& text) const {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(path(name)) << text;
  }
  fs::path dir_;
};

// One dimension, two yes/no questions (scores 0, 50 or 100), one unused recommendation.
const char* const kLoose = R"({"format": "salesaudit.questionnaire/v1", "id": "loose", "version": "1.0.0",
  "title": "Loose", "dimensions": [{"id": "d", "title": "D"}],
  "bands": [{"id": "low", "label": "Low", "min": 0}, {"id": "mid", "label": "Mid", "min": 60}, {"id": "high", "label": "High", "min": 90}],
  "recommendations": [{"id": "r1", "title": "R1", "action": "A.", "effort": "low"},
                      {"id": "r2", "title": "R2", "action": "B.", "effort": "low"}],
  "questions": [
    {"id": "a", "type": "boolean", "text": "Do you plan and review?", "dimension": "d", "recommendation": "r1"},
    {"id": "b", "type": "boolean", "text": "Is there a deputy?", "dimension": "d", "recommendation": "r1"}]})";

TEST_F(AuthoringCli, LintLines) {
  write("loose.json", kLoose);
  auto r = run_cli({"lint", path("loose.json")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string f = path("loose.json");
  EXPECT_EQ(r.out, f +
                       ": /bands/1: band \"mid\" (60 to below 90) is out of reach for dimension \"d\": its possible "
                       "scores jump from 50.00 to 100.00\n" +
                       f +
                       ": /recommendations/1: recommendation \"r2\" is fed by no question and can never be "
                       "suggested\n" +
                       f +
                       ": /questions/0/text: question \"a\" contains \"and\": it may ask about two things at "
                       "once; ask about one behaviour per question\n" +
                       f + ": 3 findings; estimated completion time about 40 s (2 questions)\n");
  EXPECT_EQ(r.err, "");
  r = run_cli({"lint", "--strict", path("loose.json")});
  EXPECT_EQ(r.exit_code, 1);
}

TEST_F(AuthoringCli, LintBuiltInClean) {
  auto r = run_cli({"lint", "--strict", "crisis-mode@1"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out,
            "crisis-mode@1.0.0 (built-in): 0 findings; estimated completion time about 11 min 50 s (30 "
            "questions)\n");
}

TEST_F(AuthoringCli, LintInvalid65) {
  write("bad.json", R"({"format": "salesaudit.questionnaire/v1"})");
  auto r = run_cli({"lint", path("bad.json")});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find(path("bad.json") + ": missing required key \"id\""), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST_F(AuthoringCli, LintMissing66) {
  auto r = run_cli({"lint", path("missing.json")});
  EXPECT_EQ(r.exit_code, 66);
  EXPECT_NE(r.err.find("missing.json"), std::string::npos);
}

TEST_F(AuthoringCli, NewValidates) {
  auto r = run_cli(
      {"new-questionnaire", "team-health", "--title", "Team health", "--output", path("mine/team-health/1.0.0.json")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string text = read_file(path("mine/team-health/1.0.0.json"));
  EXPECT_EQ(text.rfind("{\n  \"$schema\": \"../../schemas/questionnaire.schema.json\",\n  \"format\": "
                       "\"salesaudit.questionnaire/v1\",\n  \"id\": \"team-health\",\n  \"version\": \"1.0.0\",\n  "
                       "\"title\": \"Team health\",",
                       0),
            0u)
      << text;
  r = run_cli({"validate", path("mine/team-health/1.0.0.json")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = run_cli({"lint", "--strict", path("mine/team-health/1.0.0.json")});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  // Found by id on the search path, and usable at once: a blank template for it validates.
  r = run_cli({"--questionnaire-path", path("mine"), "template", "team-health", "--output", path("blank.json")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run_cli({"--questionnaire-path", path("mine"), "validate", path("blank.json")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST_F(AuthoringCli, NewSchemaOption) {
  auto r = run_cli({"new-questionnaire", "x", "--schema", ""});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\n  \"format\"", 0), 0u);
  r = run_cli({"new-questionnaire", "x", "--schema", "https://example.org/q.json"});
  EXPECT_EQ(r.out.rfind("{\n  \"$schema\": \"https://example.org/q.json\",", 0), 0u);
}

TEST_F(AuthoringCli, NewBadId) {
  auto r = run_cli({"new-questionnaire", "Team Health"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("invalid questionnaire id \"Team Health\""), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace salesaudit::e2e
