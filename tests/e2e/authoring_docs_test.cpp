// The worked example in docs/authoring.md (and its arithmetic in docs/scoring.md) must
// stay true: its questionnaire is valid and lint-clean and scores as documented.

#include "e2e/run_cli.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

// The fenced ```json blocks of a Markdown text, in order.
std::vector<std::string> json_blocks(const std::string& markdown) {
  std::vector<std::string> blocks;
  const std::string open = "```json\n";
  for (auto start = markdown.find(open); start != std::string::npos; start = markdown.find(open, start)) {
    start += open.size();
    const auto end = markdown.find("```", start);
    if (end == std::string::npos) break;
    blocks.push_back(markdown.substr(start, end - start));
    start = end + 3;
  }
  return blocks;
}

TEST(AuthoringDocs, WorkedExample) {
  const auto blocks = json_blocks(read_file(source_path("docs/authoring.md")));
  ASSERT_EQ(blocks.size(), 2u);
  std::string pattern = (fs::temp_directory_path() / "salesaudit-docs-XXXXXX").string();
  ASSERT_NE(mkdtemp(pattern.data()), nullptr);
  const fs::path dir = pattern;
  fs::create_directories(dir / "tiny-demo");
  std::ofstream(dir / "tiny-demo/1.0.0.json") << blocks[0];
  std::ofstream(dir / "answers.json") << blocks[1];

  auto r = run_cli({"lint", "--strict", (dir / "tiny-demo/1.0.0.json").string()});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find(": 0 findings; estimated completion time about 2 min (5 questions)\n"), std::string::npos)
      << r.out;
  r = run_cli({"--questionnaire-path", dir.string(), "score", (dir / "answers.json").string(), "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* expected :
       {"\"score\": 66.67,\n    \"band\": \"stable\"",
        "\"id\": \"habits\",\n      \"title\": \"Habits\",\n      "
        "\"score\": 62.5,",
        "\"id\": \"setup\",\n      \"title\": \"Setup\",\n      \"score\": 75.0,",
        "\"rank\": 1,\n      \"id\": \"check-windows\"", "\"gain\": 16.67,\n      \"priority\": 16.67,",
        "\"rank\": 2,\n      \"id\": \"ask-options\"", "\"gain\": 8.33,\n      \"priority\": 8.33,",
        "\"rank\": 3,\n      \"id\": \"written-goals\"", "\"gain\": 8.33,\n      \"priority\": 4.17,"}) {
    EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out;
  }
  EXPECT_EQ(r.out.find("name-deputy"), std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace salesaudit::e2e
