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

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  return run(static_cast<int>(argv.size()), argv.data(), out, err);
}

TEST(CliBatchStderr, WrittenInBlocks) {
  const std::string path = write_exports("stderr-blocks", 400, true);
  std::ostringstream out;
  CountingBuffer counting;
  std::ostream err(&counting);
  EXPECT_EQ(run_cli({"salesaudit", "score", path, "--format", "csv", "--threads", "2"}, out, err), 65);
  // 360 warning lines and 40 error lines, in input order, then the summary.
  std::istringstream lines(counting.text);
  std::string line;
  int warnings = 0;
  int errors = 0;
  int last = 0;
  while (std::getline(lines, line)) {
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
  EXPECT_LT(counting.writes, 10) << "one write per record is back";
}

TEST(CliBatchStderr, TeamInBlocks) {
  const std::string path = write_exports("stderr-team", 400, true);
  std::ostringstream out;
  CountingBuffer counting;
  std::ostream err(&counting);
  EXPECT_EQ(run_cli({"salesaudit", "team", path, "--format", "json"}, out, err), 65);
  int warnings = 0;
  int errors = 0;
  std::istringstream lines(counting.text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.find("unknown key \"source\"") != std::string::npos) ++warnings;
    if (line.find(": not json") != std::string::npos || line.find("error") != std::string::npos) ++errors;
  }
  EXPECT_EQ(warnings, 360);
  EXPECT_GE(errors, 40);
  EXPECT_LT(counting.writes, 10) << "one write per record is back";
}

TEST(CliBatchStderr, BeforeGateMessages) {
  const std::string path = write_exports("stderr-gates", 30, false);
  std::ostringstream out;
  CountingBuffer counting;
  std::ostream err(&counting);
  run_cli({"salesaudit", "score", path, "--format", "csv", "--fail-under", "overall=100"}, out, err);
  // Each row's warning, then its gate message, row after row (as when written at once).
  std::istringstream lines(counting.text);
  std::string line;
  int row = 0;
  while (std::getline(lines, line) && line.rfind("scored ", 0) != 0) {
    ++row;
    EXPECT_EQ(line.rfind(path + ":" + std::to_string(row) + ": /source: warning", 0), 0U) << line;
    ASSERT_TRUE(std::getline(lines, line));
    EXPECT_EQ(line.rfind("gate failed: ", 0), 0U) << line;
  }
  EXPECT_EQ(row, 30);
}

}  // namespace
}  // namespace salesaudit::cli
