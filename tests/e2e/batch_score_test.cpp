// End-to-end: `score` over many inputs, one row per respondent.

#include "e2e/run_cli.hpp"

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

const std::string kHeader =
    "source,respondent_id,questionnaire,version,overall,band,dependence,delegation,contact_frequency,expectations,"
    "red_flags,top_action,status,error\r\n";

// A CSV cell's inner text: quotes doubled.
std::string quoted(std::string text) {
  for (std::size_t i = text.find('"'); i != std::string::npos; i = text.find('"', i + 2)) text.insert(i, 1, '"');
  return text;
}

std::string row(const std::string& source, const std::string& rest) {
  return source + "," + rest + "\r\n";
}

const std::string kInControl =
    "r-052,crisis-mode,1.0.0,89.83,in_control,93.75,90.63,96.88,76.11,0,monthly-goal-reviews,ok,";
const std::string kAverage = "r-044,crisis-mode,1.0.0,58.35,at_risk,56.25,62.86,53.13,62.22,0,check-windows,ok,";
const std::string kCrisis = "r-031,crisis-mode,1.0.0,12.9,crisis,12.5,10.71,3.57,25,4,check-windows,ok,";

TEST(BatchScore, FolderIsReadRecursivelyInSortedOrder) {
  const std::string dir = source_path("examples/answers");
  auto r = run_cli({"score", dir});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, kHeader + row(dir + "/average.json", kAverage) + row(dir + "/crisis.json", kCrisis) +
                       row(dir + "/in-control.json", kInControl));
  EXPECT_EQ(r.err, "scored 3, failed 0\n");
}

TEST(BatchScore, MixedRecordsGiveErrorRowsAndExit65) {
  const std::string file = source_path("examples/batch/mixed.ndjson");
  auto r = run_cli({"score", file});
  EXPECT_EQ(r.exit_code, 65);
  const std::string bad2 = file +
                           ":2: /answers/dep-ask-options: invalid answer number 7 to likert question "
                           "\"dep-ask-options\": expected an integer from 1 to 5";
  const std::string bad4 =
      file + ":4:121: syntax error while parsing object key - unexpected '}'; expected string literal";
  EXPECT_EQ(r.out, kHeader + row(file + ":1", kInControl) +
                       row(file + ":2", ",,,,,,,,,,,error,\"" + quoted(bad2) + "\"") +
                       row(file + ":4", ",,,,,,,,,,,error," + bad4) + row(file + ":5", kCrisis));
  EXPECT_EQ(r.err, bad2 + "\n" + bad4 + "\nscored 2, failed 2\n");
}

TEST(BatchScore, FailFastStopsAtTheFirstBadRecord) {
  const std::string file = source_path("examples/batch/mixed.ndjson");
  auto r = run_cli({"score", file, "--fail-fast", "--format", "ndjson"});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2) << r.out;
  EXPECT_NE(r.out.find("\"status\":\"error\""), std::string::npos);
  EXPECT_EQ(r.err.substr(r.err.size() - 19), "scored 1, failed 1\n");
}

TEST(BatchScore, StdinNdjsonToNdjson) {
  const std::string text = read_file(source_path("examples/batch/answers.ndjson"));
  auto r = run_cli({"score", "-", "--input-format", "ndjson", "--format", "ndjson"}, text);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n') + 1),
            "{\"source\":\"<stdin>:1\",\"respondent_id\":\"r-052\",\"questionnaire\":\"crisis-mode\",\"version\":"
            "\"1.0.0\",\"overall\":89.83,\"band\":\"in_control\",\"dimensions\":{\"dependence\":93.75,\"delegation\":"
            "90.63,\"contact_frequency\":96.88,\"expectations\":76.11},\"red_flags\":0,\"top_action\":\"monthly-goal-"
            "reviews\",\"status\":\"ok\",\"error\":null}\n");
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 3);
  EXPECT_EQ(r.err, "scored 3, failed 0\n");
}

TEST(BatchScore, CsvExportWithColumnMap) {
  const std::string file = source_path("examples/batch/export.csv");
  auto r = run_cli(
      {"score", file, "--map", source_path("examples/batch/columns.json"), "--questionnaire", "crisis-mode@1.0.0"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, kHeader + row(file + ":2", kInControl) + row(file + ":3", kAverage) + row(file + ":4", kCrisis));
}

TEST(BatchScore, CsvWithoutMapNamesTheUnknownColumn) {
  // Read as a Google Sheets export (docs/forms.md): Timestamp is metadata, the cut
  // question texts match nothing.
  const std::string file = source_path("examples/batch/export.csv");
  auto r = run_cli({"score", file, "--questionnaire", "crisis-mode@1.0.0"});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_EQ(r.err.rfind(file + ":1:11: column \"Respondent ID\" matches no question of crisis-mode@1.0.0", 0), 0U)
      << r.err;
  EXPECT_EQ(r.err.find("Timestamp"), std::string::npos) << r.err;
}

TEST(BatchScore, SeveralInputsNeedARowOrJsonFormat) {
  const std::string a = source_path("examples/answers/average.json");
  auto r = run_cli({"score", a, a, "--format", "text"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("use --format csv, ndjson or json"), std::string::npos) << r.err;
}

TEST(BatchScore, JsonFormatGivesAnArrayOfReports) {
  const std::string a = source_path("examples/answers/average.json");
  const std::string single = run_cli({"score", a, "--format", "json"}).out;
  auto r = run_cli({"score", a, source_path("examples/answers/crisis.json"), "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(r.out.rfind("[\n" + single.substr(0, single.size() - 1) + ",\n{", 0), 0U);
  EXPECT_EQ(r.out.substr(r.out.size() - 4), "}\n]\n");
}

TEST(BatchScore, MissingInputIsAnErrorRowAndExit66) {
  const std::string a = source_path("examples/answers/average.json");
  auto r = run_cli({"score", "no-such-file.json", a});
  EXPECT_EQ(r.exit_code, 66);
  EXPECT_EQ(r.out, kHeader +
                       row("no-such-file.json",
                           ",,,,,,,,,,,error,no-such-file.json: cannot open: No such file or "
                           "directory") +
                       row(a, kAverage));
}

TEST(BatchScore, OutputFileIsWrittenWhole) {
  const fs::path out = fs::temp_directory_path() / ("salesaudit-batch-" + std::to_string(::getpid()) + ".csv");
  auto r = run_cli({"score", source_path("examples/batch/answers.ndjson"), "--output", out.string(), "--threads", "2"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  const std::string written = read_file(out.string());
  EXPECT_EQ(written.substr(0, kHeader.size()), kHeader);
  EXPECT_EQ(std::count(written.begin(), written.end(), '\n'), 4);
  fs::remove(out);
}

TEST(BatchScore, SingleFileKeepsTheReport) {
  auto r = run_cli({"score", source_path("examples/answers/average.json")});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.find("source,"), std::string::npos);
  EXPECT_EQ(r.err, "");
}

}  // namespace
}  // namespace salesaudit::e2e
