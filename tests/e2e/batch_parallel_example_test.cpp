// examples/parallel/score-shards.sh: GNU parallel cuts an NDJSON file into shards, one
// salesaudit per shard; the rows come back in input order and equal a single run's.

#include "e2e/run_cli.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/wait.h>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

std::vector<nlohmann::json> rows_without_source(const std::string& ndjson) {
  std::vector<nlohmann::json> rows;
  std::istringstream in(ndjson);
  for (std::string line; std::getline(in, line);) {
    auto row = nlohmann::json::parse(line);
    // "<stdin>:LINE" within a shard, "FILE:LINE" in one run, in the place and the message.
    row.erase("source");
    if (row["error"].is_string())
      row["error"] = row["error"].get<std::string>().find("syntax error") != std::string::npos;
    rows.push_back(std::move(row));
  }
  return rows;
}

TEST(ParallelExample, ShardsInOrder) {
  if (std::system("command -v parallel >/dev/null 2>&1") != 0) GTEST_SKIP() << "GNU parallel is not installed";
  const fs::path dir = fs::temp_directory_path() / "salesaudit-parallel-example";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path input = dir / "answers.ndjson";
  {
    std::ofstream out(input);
    const char* sources[] = {"examples/answers/average.json", "examples/answers/crisis.json",
                             "examples/answers/in-control.json"};
    for (int i = 0; i < 900; ++i) {
      auto doc = nlohmann::json::parse(read_file(source_path(sources[i % 3])));
      doc["respondent"]["id"] = "r-" + std::to_string(i);
      out << (i == 450 ? std::string("{\"format\": broken") : doc.dump()) << "\n";
    }
  }
  const fs::path output = dir / "rows.ndjson";
  const std::string command = "SALESAUDIT='" + std::string(SALESAUDIT_BIN) + "' bash '" +
                              source_path("examples/parallel/score-shards.sh") + "' '" + input.string() + "' '" +
                              output.string() + "' 64K 2>'" + (dir / "stderr").string() + "'";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1) << "one shard holds the broken line";

  const auto sharded = rows_without_source(read_file(output.string()));
  const CliResult single = run_cli({"score", input.string(), "--format", "ndjson"});
  EXPECT_EQ(single.exit_code, 65);
  const auto expected = rows_without_source(single.out);
  ASSERT_EQ(sharded.size(), 900U);
  for (std::size_t i = 0; i < sharded.size(); ++i) ASSERT_EQ(sharded[i], expected[i]) << "row " << i;
  EXPECT_EQ(sharded[450]["status"], "error");
  EXPECT_EQ(sharded[450]["error"], true);
  EXPECT_EQ(sharded[899]["respondent_id"], "r-899");
  // Several shards ran: each prints its own summary line.
  const std::string err = read_file((dir / "stderr").string());
  EXPECT_GE(std::count(err.begin(), err.end(), '\n'), 3) << err;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace salesaudit::e2e
