// A batch's warning and error lines go to stderr in blocks, not one write per record, in
// the same order as before, and still before the gate messages of their rows.

#include "cli/app.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include <unistd.h>

namespace salesaudit::cli {
namespace {

// Keeps what is written and counts the writes (an ostream::write is one xsputn).
class CountingBuffer : public std::streambuf {
 public:
  std::string text;
  int writes = 0;

 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    ++writes;
    text.append(s, static_cast<std::size_t>(n));
    return n;
  }
  int_type overflow(int_type c) override {
    ++writes;
    if (c != traits_type::eof()) text += static_cast<char>(c);
    return c;
  }
};

// `count` records of the example answers, each with an unknown key (so each warns);
// with `errors`, every tenth one not a document at all (an error line).
std::string write_exports(const std::string& name, int count, bool errors) {
  std::ifstream in(std::string(SALESAUDIT_SOURCE_DIR) + "/examples/answers/average.json");
  nlohmann::json doc = nlohmann::json::parse(in);
  // Its own file per test: ctest runs the tests of this file at the same time.
  const std::string path = testing::TempDir() + "/" + name + "-" + std::to_string(::getpid()) + ".ndjson";
  std::ofstream out(path);
  for (int i = 0; i < count; ++i) {
    if (errors && i % 10 == 9) {
      out << "not json\n";
      continue;
    }
    doc["source"] = "export " + std::to_string(i);
    out << doc.dump() << "\n";
  }
  return path;
}

// A run of the command line: its exit code, what it wrote to stderr (line by line) and
// in how many writes.
struct CliRun {
  int code = 0;
  std::vector<std::string> lines;
  int writes = 0;
};

CliRun run_cli(const std::vector<std::string>& args) {
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  std::ostringstream out;
  CountingBuffer counting;
  std::ostream err(&counting);
  CliRun result;
  result.code = run(static_cast<int>(argv.size()), argv.data(), out, err);
  result.writes = counting.writes;
  std::istringstream text(counting.text);
  for (std::string line; std::getline(text, line);) result.lines.push_back(line);
  return result;
}

TEST(CliBatchStderr, WrittenInBlocks) {
  const std::string path = write_exports("stderr-blocks", 400, true);
  const CliRun ran = run_cli({"salesaudit", "score", path, "--format", "csv", "--threads", "2"});
  EXPECT_EQ(ran.code, 65);
  // 360 warning lines and 40 error lines, in input order, then the summary.
  int warnings = 0;
  int errors = 0;
  int last = 0;
  for (const auto& line : ran.lines) {
    if (line.rfind("scored ", 0) == 0) {
      EXPECT_EQ(line, "scored 360, failed 40");
      continue;
    }
    const auto colon = line.find(':', path.size() + 1);
    const int number = std::stoi(line.substr(path.size() + 1, colon - path.size() - 1));
    EXPECT_GT(number, last) << line;
    last = number;
    (line.find("unknown key \"source\"") != std::string::npos ? warnings : errors) += 1;
  }
  EXPECT_EQ(warnings, 360);
  EXPECT_EQ(errors, 40);
  EXPECT_LT(ran.writes, 10) << "one write per record is back";
}

TEST(CliBatchStderr, TeamInBlocks) {
  const std::string path = write_exports("stderr-team", 400, true);
  const CliRun ran = run_cli({"salesaudit", "team", path, "--format", "json"});
  EXPECT_EQ(ran.code, 65);
  int warnings = 0;
  int errors = 0;
  for (const auto& line : ran.lines) {
    if (line.find("unknown key \"source\"") != std::string::npos) ++warnings;
    if (line.find(": not json") != std::string::npos || line.find("error") != std::string::npos) ++errors;
  }
  EXPECT_EQ(warnings, 360);
  EXPECT_GE(errors, 40);
  EXPECT_LT(ran.writes, 10) << "one write per record is back";
}

TEST(CliBatchStderr, BeforeGateMessages) {
  const std::string path = write_exports("stderr-gates", 30, false);
  const CliRun ran = run_cli({"salesaudit", "score", path, "--format", "csv", "--fail-under", "overall=100"});
  // Each row's warning, then its gate message, row after row (as when written at once).
  std::size_t at = 0;
  int row = 0;
  while (at < ran.lines.size() && ran.lines[at].rfind("scored ", 0) != 0) {
    ++row;
    EXPECT_EQ(ran.lines[at].rfind(path + ":" + std::to_string(row) + ": /source: warning", 0), 0U) << ran.lines[at];
    ASSERT_LT(at + 1, ran.lines.size());
    EXPECT_EQ(ran.lines[at + 1].rfind("gate failed: ", 0), 0U) << ran.lines[at + 1];
    at += 2;
  }
  EXPECT_EQ(row, 30);
}

}  // namespace
}  // namespace salesaudit::cli
