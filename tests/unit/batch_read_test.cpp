// read_batch over NDJSON and CSV inputs written to a temporary folder.

#include "test_util.hpp"

#include <salesaudit/batch.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace salesaudit {
namespace {

namespace fs = std::filesystem;

class BatchRead : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("salesaudit-batch-read-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    questionnaire_ = write("small.json", testing::kSmallQuestionnaire);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

  // "where: ok" or "where: error1 | error2" per record.
  std::vector<std::string> read(const std::vector<std::string>& inputs, BatchOptions options = {}) {
    if (options.questionnaire.empty()) options.questionnaire = questionnaire_;
    std::vector<std::string> out;
    read_batch(inputs, options, registry_, [&](BatchRecord&& r) {
      std::string line = r.where + ":";
      if (r.errors.empty()) {
        line += " ok " + r.answers->respondent.id.value_or("-");
      }
      for (const auto& e : r.errors) line += " [" + e + "]";
      out.push_back(line);
    });
    return out;
  }

  static std::string doc(const std::string& id, const std::string& answers) {
    return R"({"format":"salesaudit.answers/v1","questionnaire":{"id":"small","version":"1.2.0"},"respondent":{"id":")" +
           id + R"("},"answers":{)" + answers + "}}";
  }

  fs::path dir_;
  std::string questionnaire_;
  Registry registry_;
};

TEST_F(BatchRead, NdjsonLineNumbers) {
  const std::string path = write("a.ndjson", doc("r1", R"("lik":4)") + "\n\n  \n" + doc("r2", R"("lik":9)") +
                                                 "\r\n{\"format\": oops}\n" + doc("r3", "") + "\n");
  const std::string name = path;
  EXPECT_EQ(read({path}),
            (std::vector<std::string>{
                name + ":1: ok r1",
                name + ":4: [" + name +
                    ":4: /answers/lik: invalid answer number 9 to likert question \"lik\": expected an integer from 1 "
                    "to 5]",
                name + ":5: [" + name +
                    ":5:12: syntax error while parsing value - invalid literal; last read: '\"format\": o']",
                name + ":6: ok r3"}));
}

TEST_F(BatchRead, FormatOverridesExt) {
  const std::string path = write("a.txt", doc("r1", "") + "\n" + doc("r2", "") + "\n");
  BatchOptions options;
  options.format = InputFormat::ndjson;
  EXPECT_EQ(read({path}, options), (std::vector<std::string>{path + ":1: ok r1", path + ":2: ok r2"}));
}

TEST_F(BatchRead, CsvWithMapAndEveryCellType) {
  const std::string map = write("map.json", R"({"Your ID": "respondent_id", "Likert Q": "lik", "Timestamp": null})");
  const std::string csv = write("export.csv",
                                "\xEF\xBB\xBFTimestamp,Your ID,Likert Q,rev,deputy,who,multi,checks,note,team\r\n"
                                "2026-01-01,r1,4,2,yes,deputy,a; b,3,\"Hello, world\",east\r\n"
                                "2026-01-01,r2,,na,0,,na,,,\r\n"
                                "2026-01-01,r3,7,2,maybe,me,z,3,,\r\n"
                                "2026-01-01,r4,4\r\n");
  BatchOptions options;
  options.map_file = map;
  EXPECT_EQ(read({csv}, options),
            (std::vector<std::string>{
                csv + ":2: ok r1",
                csv + ":3: [" + csv +
                    ":3:16: invalid answer \"na\" to likert question \"rev\": expected an integer from 1 to 5 "
                    "(\"na\" is not allowed for this question)]",
                csv + ":4: [" + csv +
                    ":4:15: invalid answer \"7\" to likert question \"lik\": expected an integer from 1 to 5] [" + csv +
                    ":4:19: invalid answer \"maybe\" to boolean question \"deputy\": expected true or false] [" + csv +
                    ":4:28: invalid answer \"z\" to multi_choice question \"multi\": expected an array of distinct "
                    "values from \"a\", \"b\" or \"c\"]",
                csv + ":5: [" + csv + ":5:1: row has 3 field(s), the header has 10]"}));
}

TEST_F(BatchRead, CsvCellsBecomeTypedAnswers) {
  const std::string csv = write("t.csv", "respondent_id,lik,deputy,multi,checks,note\n r9 ,3,TRUE,b;a,2.5, keep \n");
  std::optional<AnswerSet> answers;
  BatchOptions options;
  options.questionnaire = questionnaire_;
  read_batch({csv}, options, registry_, [&](BatchRecord&& r) { answers = std::move(r.answers); });
  ASSERT_TRUE(answers);
  EXPECT_EQ(answers->respondent.id, "r9");
  EXPECT_EQ(to_display(answers->answers[0]->value), "3");
  EXPECT_EQ(to_display(answers->answers[2]->value), "true");
  EXPECT_EQ(to_display(answers->answers[4]->value), "[\"b\",\"a\"]");
  EXPECT_EQ(to_display(answers->answers[5]->value), "2.5");
  EXPECT_EQ(to_display(answers->answers[6]->value), "\" keep \"");
  EXPECT_EQ(answers->questionnaire.id, "small");
}

// Digit-only cells take a shortcut; they must read as from_chars reads them.
TEST_F(BatchRead, CsvNumbersReadExactly) {
  const std::string csv = write("n.csv",
                                "respondent_id,checks\nr1,007\nr2, 42 \nr3,000000000000099\nr4,0000000000000099\n"
                                "r5,99.5\nr6,1e1\nr7,+5\nr8,-0\nr9,0\n");
  std::vector<std::string> values;
  BatchOptions options;
  options.questionnaire = questionnaire_;
  read_batch({csv}, options, registry_, [&](BatchRecord&& r) {
    if (!r.errors.empty()) {
      values.push_back("error: " + r.errors.front().substr(r.errors.front().find("invalid")));
    } else {
      values.push_back(to_display(r.answers->answers[5]->value));
    }
  });
  EXPECT_EQ(values, (std::vector<std::string>{"7", "42", "99", "99", "99.5", "10",
                                              "error: invalid answer \"+5\" to number question \"checks\": expected "
                                              "a number from 0 to 100",
                                              "-0", "0"}));
}

TEST_F(BatchRead, CsvHeaderProblems) {
  const std::string semicolons = write("semi.csv", "respondent_id;lik\nr1;3\n");
  EXPECT_EQ(read({semicolons}),
            (std::vector<std::string>{semicolons + ":1: [" + semicolons +
                                      ":1:1: the header has a single column and contains ';': the file seems to use "
                                      "';' as the delimiter; export it with commas]"}));
  const std::string unknown = write("unknown.csv", "respondent_id,lk,lik,lik\nr1,3,3,3\n");
  EXPECT_EQ(read({unknown}),
            (std::vector<std::string>{unknown + ":1: [" + unknown +
                                      ":1:15: unknown column \"lk\": not a question of small@1.2.0 (did you mean "
                                      "\"lik\"?); map it with --map or remove it] [" +
                                      unknown + ":1:22: a second column for \"lik\"]"}));
  const std::string no_id = write("noid.csv", "lik\n3\n");
  EXPECT_EQ(read({no_id}),
            (std::vector<std::string>{no_id + ":1: [" + no_id + ":1:1: missing column \"respondent_id\"]"}));
}

// Like a JSON document's unknown keys, only the first 100 unknown columns get a "did you
// mean" (each costs an edit distance per question); every one is still reported.
TEST_F(BatchRead, CsvHintsCapped) {
  std::string header = "respondent_id";
  for (int i = 0; i < 150; ++i) header += ",lk";
  const std::string csv = write("many.csv", header + "\nr1\n");
  const std::vector<std::string> out = read({csv});
  ASSERT_EQ(out.size(), 1U);
  const auto count = [&](const std::string& what) {
    std::size_t n = 0;
    for (auto at = out[0].find(what); at != std::string::npos; at = out[0].find(what, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("unknown column \"lk\""), 150U);
  EXPECT_EQ(count("(did you mean \"lik\"?)"), 100U);
}

TEST_F(BatchRead, FoldersAndMissing) {
  fs::create_directories(dir_ / "in" / "sub");
  write("in/b.json", doc("b", ""));
  write("in/sub/a.json", doc("sub-a", ""));
  write("in/a.json", doc("a", ""));
  write("in/skip.txt", "not json");
  const std::string missing = (dir_ / "missing.json").string();
  std::vector<ExitCode> codes;
  std::vector<std::string> got = read({(dir_ / "in").string(), missing});
  const std::string in = (dir_ / "in").string();
  ASSERT_EQ(got.size(), 4U);
  EXPECT_EQ(got[0], in + "/a.json: ok a");
  EXPECT_EQ(got[1], in + "/b.json: ok b");
  EXPECT_EQ(got[2], in + "/sub/a.json: ok sub-a");
  EXPECT_EQ(got[3], missing + ": [" + missing + ": cannot open: No such file or directory]");
}

}  // namespace
}  // namespace salesaudit
