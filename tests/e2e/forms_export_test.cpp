// `salesaudit export`: goldens of every format for the newest built-in questionnaire
// (tests/e2e/golden/forms/; UPDATE_GOLDEN=1 rewrites them after a questionnaire
// changes), --output, and usage errors.

#include "e2e/run_cli.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace salesaudit::e2e {
namespace {

struct Format {
  const char* name;
  const char* golden;
};

class FormsGolden : public ::testing::TestWithParam<Format> {};

TEST_P(FormsGolden, CrisisMode) {
  const auto r = run_cli({"export", "crisis-mode", "--to", GetParam().name});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const std::string path = source_path(std::string("tests/e2e/golden/forms/") + GetParam().golden);
  if (const char* update = std::getenv("UPDATE_GOLDEN"); update != nullptr && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << r.out;
  }
  EXPECT_EQ(r.out, read_file(path)) << "golden: " << path << " (UPDATE_GOLDEN=1 regenerates)";
}

INSTANTIATE_TEST_SUITE_P(, FormsGolden,
                         ::testing::Values(Format{"google-forms", "crisis-mode.gs"},
                                           Format{"surveyjs", "crisis-mode.surveyjs.json"},
                                           Format{"limesurvey", "crisis-mode.limesurvey.txt"},
                                           Format{"qualtrics", "crisis-mode.qualtrics.txt"},
                                           Format{"markdown", "crisis-mode.md"}),
                         [](const auto& param_info) {
                           std::string name = param_info.param.name;
                           std::erase(name, '-');
                           return name;
                         });

TEST(FormsExportCli, OutputFileStdout) {
  const auto dir = std::filesystem::temp_directory_path() / ("salesaudit-export-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string file = (dir / "form.json").string();
  const auto written = run_cli({"export", "crisis-mode@2", "--to", "surveyjs", "--output", file});
  const auto printed = run_cli({"export", "crisis-mode@2", "--to", "surveyjs"});
  EXPECT_EQ(written.exit_code, 0) << written.err;
  EXPECT_EQ(written.out, "");
  EXPECT_EQ(read_file(file), printed.out);
  std::filesystem::remove_all(dir);
}

TEST(FormsExportCli, UsageErrors) {
  EXPECT_EQ(run_cli({"export", "crisis-mode"}).exit_code, 2);  // --to is required
  const auto unknown = run_cli({"export", "crisis-mode", "--to", "word"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("word"), std::string::npos) << unknown.err;
  EXPECT_EQ(run_cli({"export", "no-such-questionnaire", "--to", "markdown"}).exit_code, 65);
}

}  // namespace
}  // namespace salesaudit::e2e
