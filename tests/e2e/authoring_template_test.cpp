#include "e2e/run_cli.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

// A fresh temporary folder, removed at the end of the test.
class TemplateCli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "salesaudit-template-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  fs::path dir_;
};

int count_lines(const std::string& text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

TEST_F(TemplateCli, BlankValidates) {
  auto r = run_cli({"template", "crisis-mode@1", "--output", path("blank.json")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  const std::string blank = read_file(path("blank.json"));
  EXPECT_EQ(blank.rfind("{\n  \"format\": \"salesaudit.answers/v1\",\n  \"questionnaire\": {\n    \"id\": "
                        "\"crisis-mode\",\n    \"version\": \"1.0.0\"\n  },",
                        0),
            0u)
      << blank;
  EXPECT_NE(blank.find("\"dep-no-fix-count\": null,"), std::string::npos);
  EXPECT_NE(blank.find("\"closing-notes\": null\n"), std::string::npos);
  r = run_cli({"validate", path("blank.json")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, path("blank.json") + ": ok\n");
}

TEST_F(TemplateCli, DefaultIsJsonOnStdout) {
  auto r = run_cli({"template"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\n  \"format\": \"salesaudit.answers/v1\"", 0), 0u);
  EXPECT_NE(r.out.find("\"id\": \"crisis-mode\""), std::string::npos);
}

TEST_F(TemplateCli, CsvHeaderAndCodebook) {
  auto r = run_cli({"template", "crisis-mode@1", "--format", "csv", "--codebook", path("codebook.csv")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("respondent_id,respondent_name,team,role,dep-no-fix-count,dep-ask-options,", 0), 0u);
  EXPECT_EQ(count_lines(r.out), 1);
  const std::string codebook = read_file(path("codebook.csv"));
  EXPECT_EQ(count_lines(codebook), 1 + 4 + 30);
  EXPECT_EQ(codebook.rfind("column,type,required,asked_when,question,accepted\n", 0), 0u);
  EXPECT_NE(codebook.find("\ndel-deputy-authority,choice,yes,del-deputy = true,"), std::string::npos) << codebook;
  EXPECT_NE(codebook.find("a number from 0 to 100 (problems per week); empty = unanswered\n"), std::string::npos);
}

TEST_F(TemplateCli, CodebookOnStdout) {
  auto r = run_cli({"template", "crisis-mode@1", "--format", "csv", "--codebook", "-", "--output", path("s.csv")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("column,type,required,asked_when,question,accepted\n", 0), 0u);
  EXPECT_EQ(read_file(path("s.csv")).rfind("respondent_id,", 0), 0u);
  r = run_cli({"template", "--codebook", "-"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--codebook - needs --output FILE"), std::string::npos) << r.err;
}

TEST_F(TemplateCli, BadFormatIsAUsageError) {
  auto r = run_cli({"template", "--format", "xml"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("xml"), std::string::npos);
}

TEST_F(TemplateCli, UnknownIs65) {
  auto r = run_cli({"template", "no-such-thing"});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("\"no-such-thing\""), std::string::npos) << r.err;
}

TEST_F(TemplateCli, CodebookSameFile) {
  auto r = run_cli({"template", "--codebook", path("x.csv"), "--output", path("x.csv")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_FALSE(fs::exists(path("x.csv")));
}

}  // namespace
}  // namespace salesaudit::e2e
