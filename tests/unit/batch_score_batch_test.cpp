// score_batch (simdjson fast path, worker threads, reordering) gives the rows the full
// loader and scorer give, in input order.

#include "test_util.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/scoring.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>

namespace salesaudit {
namespace {

namespace fs = std::filesystem;

std::string random_answers(std::mt19937& rng, int n) {
  auto pick = [&](int k) { return static_cast<int>(rng() % static_cast<unsigned>(k)); };
  std::string a;
  auto add = [&](const std::string& id, const std::string& value) {
    if (pick(6) == 0) return;
    a += (a.empty() ? "" : ",") + ("\"" + id + "\":") + value;
  };
  add("lik", std::to_string(1 + pick(5)));
  add("rev", std::to_string(1 + pick(5)));
  add("deputy", pick(2) ? "true" : "false");
  const char* who[] = {"\"me\"", "\"deputy\"", "\"nobody\""};
  add("who", who[pick(3)]);
  const char* multi[] = {"[]", "[\"a\"]", "[\"b\",\"a\"]", "[\"c\"]", "\"na\"", "[\"a\",\"b\",\"c\"]"};
  add("multi", multi[pick(6)]);
  add("checks", std::to_string(pick(12)));
  if (pick(50) == 0) add("lik", "9");  // an error row now and then
  // Records of different shapes follow each other, so a worker that reuses one record's
  // buffers for the next must not carry anything over (respondent, times, comments).
  std::string doc = R"({"format":"salesaudit.answers/v1","questionnaire":{"id":"small","version":"1.2.0"})";
  if (pick(4) != 0) {
    doc += R"(,"respondent":{"id":"r)" + std::to_string(n) + "\"";
    if (pick(2) == 0) doc += R"(,"name":"A rather long respondent name, well past any small-string buffer")";
    doc += "}";
  }
  if (pick(3) == 0) doc += R"(,"started_at":"2026-03-10T13:05:00Z")";
  if (pick(5) == 0) doc += R"(,"completed_at":null)";
  if (pick(4) == 0) doc += R"(,"comments":{"lik":"a comment long enough to live on the heap, not inline"})";
  if (pick(40) == 0) doc += R"(,"unknown_key":1)";  // the full loader's path (a warning), still scored
  return doc + R"(,"answers":{)" + a + "}}";
}

std::string describe(const ScoreRow& row) {
  std::string out = row.where + " " + row.respondent_id.value_or("-") + " ";
  if (!row.ok()) return out + "error " + row.errors.front();
  auto num = [](const std::optional<double>& v) { return v ? std::to_string(*v) : std::string("null"); };
  out += num(row.overall) + " band " + (row.overall_band ? std::to_string(*row.overall_band) : "-");
  for (const auto& d : row.dimensions) out += " " + num(d);
  for (const double c : row.coverage) out += " cov " + std::to_string(c);
  out += " flags " + std::to_string(row.red_flags) + " top " +
         (row.top_action ? std::to_string(*row.top_action) : std::string("-"));
  return out;
}

TEST(BatchScoreBatch, ParallelInOrder) {
  const fs::path dir = fs::temp_directory_path() / ("salesaudit-score-batch-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string qpath = (dir / "small.json").string();
  std::ofstream(qpath) << testing::kSmallQuestionnaire;
  const Questionnaire q = load_questionnaire_file(qpath);
  const std::string path = (dir / "many.ndjson").string();
  std::vector<std::string> expected;
  {
    std::ofstream out(path);
    std::mt19937 rng(7);
    for (int i = 1; i <= 12000; ++i) {
      const std::string line = random_answers(rng, i);
      out << line << "\n";
      const std::string where = path + ":" + std::to_string(i);
      try {
        const AnswerSet answers = load_answers(line, where, q);
        ScoreRow row = summarize(score(q, answers), where);
        expected.push_back(describe(row));
      } catch (const DataError& e) {
        ScoreRow row;
        row.where = where;
        row.respondent_id = std::nullopt;
        row.errors = e.diagnostics();
        expected.push_back(describe(row));
      }
    }
  }
  BatchOptions options;
  options.questionnaire = qpath;
  BatchRunOptions run;
  run.threads = 2;
  std::vector<std::string> got;
  Registry registry;
  score_batch({path}, options, registry, run, [&](ScoreRow&& row) {
    got.push_back(describe(row));
    return true;
  });
  fs::remove_all(dir);
  ASSERT_EQ(got.size(), expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) ASSERT_EQ(got[i], expected[i]) << "row " << i;
}

// A folder's files are read and scored on the workers; rows come in sorted path order,
// each equal to the full loader and scorer's, and a missing file is an error row in place.
TEST(BatchScoreBatch, FolderOnWorkers) {
  const fs::path dir = fs::temp_directory_path() / ("salesaudit-score-folder-" + std::to_string(::getpid()));
  fs::create_directories(dir / "answers" / "sub");
  const std::string qpath = (dir / "small.json").string();
  std::ofstream(qpath) << testing::kSmallQuestionnaire;
  const Questionnaire q = load_questionnaire_file(qpath);
  std::map<std::string, std::string> expected;  // sorted by path, as the folder is read
  std::mt19937 rng(9);
  for (int i = 0; i < 300; ++i) {
    const fs::path file = dir / "answers" / (i % 3 == 0 ? "sub" : "") / ("a" + std::to_string(1000 - i) + ".json");
    const std::string text = random_answers(rng, i);
    std::ofstream(file) << text;
    ScoreRow row;
    try {
      const AnswerSet answers = load_answers(text, file.string(), q);
      row = summarize(score(q, answers), file.string());
    } catch (const DataError& e) {
      row.where = file.string();
      row.errors = e.diagnostics();
    }
    expected[file.string()] = describe(row);
  }
  BatchOptions options;
  options.questionnaire = qpath;
  BatchRunOptions run;
  run.threads = 2;
  std::vector<std::string> got;
  Registry registry;
  const std::string missing = (dir / "missing.json").string();
  score_batch({(dir / "answers").string(), missing}, options, registry, run, [&](ScoreRow&& row) {
    got.push_back(row.where == missing ? "missing " + std::to_string(static_cast<int>(row.error_code)) : describe(row));
    return true;
  });
  fs::remove_all(dir);
  ASSERT_EQ(got.size(), expected.size() + 1);
  std::size_t i = 0;
  for (const auto& [path, row] : expected) ASSERT_EQ(got[i++], row) << path;
  EXPECT_EQ(got.back(), "missing " + std::to_string(static_cast<int>(ExitCode::input_missing)));
}

}  // namespace
}  // namespace salesaudit
