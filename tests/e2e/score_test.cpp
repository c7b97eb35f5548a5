// End-to-end: `score` and `validate` run as a user would, compared with checked-in output.

#include "e2e/run_cli.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

const char* const kExamples[] = {"crisis", "average", "in-control"};

// Compares with tests/e2e/golden/score-json/NAME.json; UPDATE_GOLDEN=1 rewrites it.
void expect_golden(const std::string& relative, const std::string& actual) {
  const std::string path = source_path("tests/e2e/golden/" + relative);
  if (std::getenv("UPDATE_GOLDEN") != nullptr) {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << actual;
  }
  EXPECT_EQ(actual, read_file(path)) << "golden: " << path << " (UPDATE_GOLDEN=1 regenerates)";
}

class ScoreJsonGolden : public ::testing::TestWithParam<const char*> {};

TEST_P(ScoreJsonGolden, Matches) {
  const std::string name = GetParam();
  auto r = run_cli({"score", source_path("examples/answers/" + name + ".json"), "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  expect_golden("score-json/" + name + ".json", r.out);
  // Same input, byte-identical output.
  EXPECT_EQ(run_cli({"score", source_path("examples/answers/" + name + ".json"), "--format", "json"}).out, r.out);
}

// Named by example ("in-control" as in_control): ctest lines stay short (tests/CMakeLists.txt).
INSTANTIATE_TEST_SUITE_P(, ScoreJsonGolden, ::testing::ValuesIn(kExamples),
                         [](const ::testing::TestParamInfo<const char*>& p) {
                           std::string name = p.param;
                           for (char& ch : name) ch = ch == '-' ? '_' : ch;
                           return name;
                         });

TEST(Score, StdinToFile) {
  const std::string text = read_file(source_path("examples/answers/average.json"));
  const fs::path dir = fs::temp_directory_path() / ("sa-score-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string out = (dir / "report.json").string();
  auto r = run_cli({"score", "-", "--format", "json", "--output", out}, text);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(read_file(out), read_file(source_path("tests/e2e/golden/score-json/average.json")));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 1u) << "no temporary file left behind";
  fs::remove_all(dir);
}

TEST(Score, MissingInputExits66) {
  auto r = run_cli({"score", "/nonexistent/answers.json"});
  EXPECT_EQ(r.exit_code, 66);
  EXPECT_EQ(r.err, "salesaudit: /nonexistent/answers.json: cannot open: No such file or directory\n");
}

TEST(Score, SyntaxError65) {
  auto r = run_cli({"score", "-"}, "{\n  \"format\": \"salesaudit.answers/v1\",\n  \"answers\": {,}\n}\n");
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_EQ(r.err.rfind("<stdin>:3:15: syntax error while parsing object key", 0), 0u) << r.err;
}

TEST(Score, BadAnswer65) {
  std::string text = read_file(source_path("examples/answers/average.json"));
  const auto at = text.find("\"answers\": {");
  ASSERT_NE(at, std::string::npos);
  text.insert(at + 12, "\"dep-typo\": 3, ");
  auto r = run_cli({"score", "-"}, text);
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_EQ(r.err.rfind("<stdin>: /answers/dep-typo: unknown question \"dep-typo\" in crisis-mode@1.0.0", 0), 0u)
      << r.err;
}

TEST(Score, UnwritableOutputExits73) {
  auto r = run_cli({"score", source_path("examples/answers/average.json"), "--output", "/nonexistent/dir/r.txt"});
  EXPECT_EQ(r.exit_code, 73);
  EXPECT_EQ(r.err.rfind("salesaudit: /nonexistent/dir/r.txt: cannot create", 0), 0u) << r.err;
}

TEST(Score, UnknownFormatIsAUsageError) {
  auto r = run_cli({"score", source_path("examples/answers/average.json"), "--format", "pdf"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("pdf"), std::string::npos) << r.err;
}

TEST(Validate, PrintsOkPerValidFile) {
  auto r = run_cli(
      {"validate", source_path("questionnaires/crisis-mode/1.0.0.json"), source_path("examples/answers/crisis.json")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, source_path("questionnaires/crisis-mode/1.0.0.json") + ": ok\n" +
                       source_path("examples/answers/crisis.json") + ": ok\n");
}

TEST(Validate, ListsEveryProblemAndExits65) {
  const std::string bad = R"({"format": "salesaudit.questionnaire/v1", "id": "Bad", "version": "1",
    "title": "t", "dimensions": [], "bands": [{"id": "b", "label": "B", "min": 0}], "questions": []})";
  auto r = run_cli({"validate", "-"}, bad);
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "<stdin>: /id: invalid id \"Bad\": use lowercase letters, digits, '-' and '_', starting with a letter or "
            "digit\n"
            "<stdin>: /version: expected a version MAJOR.MINOR.PATCH, got \"1\"\n"
            "<stdin>: /dimensions: expected at least one dimension\n"
            "<stdin>: /questions: expected at least one question\n");
}

TEST(Validate, AnswersAlongside) {
  const fs::path dir = fs::temp_directory_path() / ("sa-validate-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string q = read_file(source_path("questionnaires/crisis-mode/1.0.0.json"));
  q.replace(q.find("\"version\": \"1.0.0\""), 18, "\"version\": \"1.9.0\"");
  std::ofstream(dir / "q.json") << q;
  std::string a = read_file(source_path("examples/answers/average.json"));
  a.replace(a.find("\"version\": \"1.0.0\""), 18, "\"version\": \"1.9.0\"");
  std::ofstream(dir / "a.json") << a;
  auto r = run_cli({"validate", (dir / "a.json").string(), (dir / "q.json").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, (dir / "q.json").string() + ": ok\n" + (dir / "a.json").string() + ": ok\n");
  fs::remove_all(dir);
}

TEST(Questionnaires, ListsTheBuiltInOne) {
  auto r = run_cli({"questionnaires"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("crisis-mode  1.0.0"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("built-in"), std::string::npos);
}

}  // namespace
}  // namespace salesaudit::e2e
