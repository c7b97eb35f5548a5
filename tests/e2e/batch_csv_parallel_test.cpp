// A CSV file is split into records on the reading thread and scored on the workers; stdin
// is read in order by one reader. Both must give the same rows and messages, whatever
// the number of threads, on a file of several chunks with every kind of row.

#include "e2e/run_cli.hpp"

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// About 3 MiB (three chunks and more): the example export's rows, renamed and varied,
// with malformed rows, blank lines, CRLF, quoted newlines and invalid UTF-8 among them.
std::string big_export() {
  const std::vector<std::string> example = lines_of(read_file(source_path("examples/batch/export.csv")));
  std::string text = example[0] + "\n";
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> kind(0, 19);
  for (int i = 0; text.size() < (std::size_t{3} << 20); ++i) {
    std::string row = example[1 + static_cast<std::size_t>(i) % (example.size() - 1)];
    replace_all(row, ",r-0", ",r" + std::to_string(i) + "-");
    switch (kind(rng)) {
      case 0: replace_all(row, ",west,", ",we\"st,"); break;                       // a quote in an unquoted field
      case 1: replace_all(row, ",yes,", ",\"yes\"x,"); break;                      // a character after a closing quote
      case 2: row += ",extra"; break;                                              // a ragged row
      case 3: row = "\n" + row; break;                                             // a blank line before it
      case 4: row += "\r"; break;                                                  // CRLF
      case 5: replace_all(row, "Marta Lindqvist", "\"Marta\nLindqvist\""); break;  // a quoted newline
      case 6: replace_all(row, ",north,", ",n\xFFrth,"); break;                    // not UTF-8
      case 7: replace_all(row, ",yes,", ",maybe,"); break;                         // an invalid answer
      default: break;
    }
    text += row + "\n";
  }
  return text;
}

TEST(BatchCsvParallel, SameAsOneReader) {
  const fs::path dir = fs::temp_directory_path() / "salesaudit-csv-parallel";
  fs::create_directories(dir);
  const std::string path = (dir / "export.csv").string();
  const std::string text = big_export();
  std::ofstream(path, std::ios::binary) << text;
  const std::vector<std::string> common = {"--map",           source_path("examples/batch/columns.json"),
                                           "--questionnaire", "crisis-mode@1",
                                           "--format",        "csv",
                                           "--input-format",  "csv"};
  auto args = [&](const std::string& input, const std::string& threads) {
    std::vector<std::string> a = {"score", input, "--threads", threads};
    a.insert(a.end(), common.begin(), common.end());
    return a;
  };
  CliResult in_order = run_cli(args("-", "1"), text);
  replace_all(in_order.out, "<stdin>", path);
  replace_all(in_order.err, "<stdin>", path);
  ASSERT_EQ(in_order.exit_code, 65) << in_order.err.substr(0, 2000);  // some rows are invalid
  ASSERT_GT(lines_of(in_order.out).size(), 9000U);
  for (const char* threads : {"1", "2", "5"}) {
    const CliResult parallel = run_cli(args(path, threads));
    EXPECT_EQ(parallel.exit_code, in_order.exit_code) << threads;
    EXPECT_TRUE(parallel.out == in_order.out) << "stdout differs with --threads " << threads;
    EXPECT_TRUE(parallel.err == in_order.err) << "stderr differs with --threads " << threads;
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace salesaudit::e2e
