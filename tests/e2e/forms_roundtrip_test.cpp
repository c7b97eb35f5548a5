// Round trip: the form `salesaudit export --to TOOL` builds, filled in with the answers
// of tests/e2e/data/forms-roundtrip/answers/, gives in that tool's export layout a file
// that `score` reads with no map and scores exactly as the answers themselves.
// The fixtures are written by tests/e2e/data/forms-roundtrip/generate.py.

#include "e2e/run_cli.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace salesaudit::e2e {
namespace {

const std::string kDir = "tests/e2e/data/forms-roundtrip/";

// Each CSV line without its first two fields (source and respondent id, which differ
// between a tool's export and the answers documents).
std::string without_source(const std::string& csv) {
  std::istringstream in(csv);
  std::string line, out;
  while (std::getline(in, line)) {
    std::size_t i = 0;
    for (int field = 0; field < 2 && i <= line.size(); ++field) {
      bool quoted = false;
      while (i < line.size() && (quoted || line[i] != ',')) quoted = line[i++] == '"' ? !quoted : quoted;
      ++i;
    }
    out += (i <= line.size() ? line.substr(i) : std::string()) + "\n";
  }
  return out;
}

std::string reference_scores() {
  std::vector<std::string> args = {"score"};
  for (const char* r : {"r1", "r2", "r3", "r4"}) args.push_back(source_path(kDir + "answers/" + r + ".json"));
  args.insert(args.end(), {"--format", "csv"});
  const auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return without_source(r.out);
}

struct Tool {
  const char* name;
  const char* fixture;
  std::vector<std::string> extra;
};

class RoundTrip : public ::testing::TestWithParam<Tool> {};

TEST_P(RoundTrip, Scores) {
  std::vector<std::string> args = {"score", source_path(kDir + GetParam().fixture), "--format", "csv"};
  args.insert(args.end(), GetParam().extra.begin(), GetParam().extra.end());
  const auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string expected = reference_scores();
  EXPECT_NE(expected.find("crisis-mode,2.0.0,"), std::string::npos) << expected;
  EXPECT_EQ(without_source(r.out), expected) << r.err;
}

// SurveyJS results are JSON lines like salesaudit's own NDJSON, told apart by their keys.
INSTANTIATE_TEST_SUITE_P(, RoundTrip,
                         ::testing::Values(Tool{"googleforms", "google-forms.csv", {}},
                                           Tool{"limesurvey", "limesurvey.csv", {}},
                                           Tool{"qualtrics", "qualtrics.csv", {}},
                                           Tool{"surveyjs", "surveyjs.ndjson", {}}),
                         [](const auto& param_info) { return std::string(param_info.param.name); });

}  // namespace
}  // namespace salesaudit::e2e
