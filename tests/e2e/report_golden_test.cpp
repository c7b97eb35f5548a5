// Golden reports: every format, with and without --explain, for each example respondent,
// compared byte for byte with tests/e2e/golden/report/. UPDATE_GOLDEN=1 rewrites them.

#include "e2e/run_cli.hpp"

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace salesaudit::e2e {
namespace {

struct Case {
  std::string file;  // golden file name under tests/e2e/golden/report/
  std::string answers;
  std::vector<std::string> args;
  std::string columns = "80";
};

std::vector<Case> cases() {
  std::vector<Case> all;
  for (const char* name : {"crisis", "average", "in-control"}) {
    const std::string base(name);
    const std::vector<std::pair<std::string, std::vector<std::string>>> variants = {
        {".txt", {}},
        {".explain.txt", {"--explain"}},
        {".md", {"--format", "markdown"}},
        {".explain.md", {"--format", "markdown", "--explain"}},
        {".json", {"--format", "json"}},
        {".explain.json", {"--format", "json", "--explain"}},
        {".html", {"--format", "html"}},
        {".explain.html", {"--format", "html", "--explain"}},
    };
    for (const auto& [ext, args] : variants) all.push_back({base + ext, base, args});
  }
  all.push_back({"crisis.ascii60.txt", "crisis", {"--ascii", "--top", "0"}, "60"});
  return all;
}

// Sets the child's terminal environment and restores this process's afterwards.
class Report : public ::testing::TestWithParam<Case> {
 protected:
  void SetUp() override {
    for (const char* name : kNames) {
      const char* value = std::getenv(name);
      saved_.emplace_back(value != nullptr, value != nullptr ? value : "");
    }
  }
  void TearDown() override {
    for (std::size_t i = 0; i < saved_.size(); ++i) {
      if (saved_[i].first) {
        setenv(kNames[i], saved_[i].second.c_str(), 1);
      } else {
        unsetenv(kNames[i]);
      }
    }
  }

 private:
  static constexpr const char* kNames[] = {"LC_ALL", "COLUMNS", "NO_COLOR"};
  std::vector<std::pair<bool, std::string>> saved_;
};

TEST_P(Report, Golden) {
  const Case& c = GetParam();
  // A fixed terminal: UTF-8, no colour, the given width (the child inherits these).
  setenv("LC_ALL", "C.UTF-8", 1);
  setenv("NO_COLOR", "1", 1);
  setenv("COLUMNS", c.columns.c_str(), 1);
  std::vector<std::string> args = {"score", source_path("examples/answers/" + c.answers + ".json")};
  args.insert(args.end(), c.args.begin(), c.args.end());
  const CliResult r = run_cli(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const std::string path = source_path("tests/e2e/golden/report/" + c.file);
  if (const char* update = std::getenv("UPDATE_GOLDEN"); update != nullptr && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << r.out;
  }
  EXPECT_EQ(r.out, read_file(path)) << "golden: " << path << " (UPDATE_GOLDEN=1 regenerates)";
  // The same input gives byte-identical output.
  EXPECT_EQ(run_cli(args).out, r.out);
}

// The golden file's name, "explain" shortened to "expl" so that ctest lines stay short.
std::string case_name(const ::testing::TestParamInfo<Case>& param) {
  std::string name;
  for (char ch : param.param.file) name += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
  if (const auto at = name.find("explain"); at != std::string::npos) name.replace(at, 7, "expl");
  return name;
}

INSTANTIATE_TEST_SUITE_P(, Report, ::testing::ValuesIn(cases()), case_name);

}  // namespace
}  // namespace salesaudit::e2e
