// The simdjson fast path must accept, convert and reject exactly like the full loader.

#include "batch/answers_parser.hpp"
#include "batch/line_chunker.hpp"

#include "test_util.hpp"

#include <salesaudit/batch.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

namespace salesaudit::batch {
namespace {

namespace fs = std::filesystem;

class AnswersParserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("salesaudit-batch-parser-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    path_ = (dir_ / "small.json").string();
    std::ofstream(path_) << testing::kSmallQuestionnaire;
  }
  void TearDown() override { fs::remove_all(dir_); }

  BatchRecord fast(const std::string& text, QuestionnaireCache& cache) {
    BatchRecord record;
    std::string padded = text + std::string(kLinePadding, ' ');
    parser_.parse(std::string_view(padded.data(), text.size()), true, "doc", cache, record);
    return record;
  }
  static BatchRecord slow(const std::string& text, QuestionnaireCache& cache) {
    BatchRecord record;
    AnswersParser::parse_slow(text, "doc", cache, record);
    return record;
  }

  fs::path dir_;
  std::string path_;
  Registry registry_;
  AnswersParser parser_;
};

std::string describe(const BatchRecord& r) {
  std::string out;
  for (const auto& e : r.errors) out += "error: " + e + "\n";
  if (!r.answers) return out;
  const AnswerSet& a = *r.answers;
  out +=
      "pin " + a.questionnaire.id + "@" + a.questionnaire.version + " " + a.questionnaire.sha256.value_or("-") + "\n";
  out += "respondent " + a.respondent.id.value_or("-") + "|" + a.respondent.name.value_or("-") + "|" +
         a.respondent.role.value_or("-") + "|" + a.respondent.team.value_or("-") + "\n";
  out += "times " + a.started_at.value_or("-") + " " + a.completed_at.value_or("-") + "\n";
  for (std::size_t i = 0; i < a.answers.size(); ++i) {
    if (a.answers[i])
      out += std::to_string(i) + "=" + (a.answers[i]->na ? "na" : to_display(a.answers[i]->value)) + "\n";
    if (!a.comments[i].empty()) out += std::to_string(i) + "#" + a.comments[i] + "\n";
  }
  for (const auto& w : a.warnings) out += "warning: " + w + "\n";
  return out;
}

// Random documents around the small questionnaire: mostly valid, with every kind of flaw.
std::string random_document(std::mt19937& rng) {
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  const std::vector<std::pair<std::string, std::vector<std::string>>> values = {
      {"lik", {"1", "5", "3", "0", "6", "2.5", "\"3\"", "\"na\"", "null", "3.0"}},
      {"rev", {"2", "4", "1e0", "-1", "true"}},
      {"deputy", {"true", "false", "1", "\"yes\"", "null"}},
      {"who", {"\"me\"", "\"deputy\"", "\"nobody\"", "\"boss\"", "[\"me\"]"}},
      {"multi", {"[]", "[\"a\"]", "[\"a\",\"b\",\"c\"]", "[\"a\",\"a\"]", "[\"z\"]", "\"na\"", "[1]", "{}"}},
      {"checks", {"0", "3", "6", "100", "101", "-0", "2.75", "1e400", "\"4\""}},
      {"note", {"\"hello\"", "\"na\"", "\"caf\\u00e9\"", "5"}},
  };
  std::vector<std::string> entries;
  for (const auto& [id, options] : values) {
    if (pick(5) == 0) continue;
    // Now and then a malformed value, which no parser may take for a valid one.
    static const std::vector<std::string> malformed = {
        "tru",       "nulll",    "falsee",        "01",     "3.",    "-", "1e", "4x", "\"a\\x\"",
        "\"\\u00\"", "[\"a\",]", "[\"a\" \"b\"]", "[null]", "[\"a\""};
    const auto& choices = pick(40) == 0 ? malformed : options;
    entries.push_back(("\"" + id + "\":") + choices[static_cast<std::size_t>(pick(static_cast<int>(choices.size())))]);
    if (pick(60) == 0) entries.push_back("\"" + id + "\":1");  // duplicate key
  }
  if (pick(30) == 0) entries.push_back("\"lick\":3");                   // unknown question
  if (pick(3) == 0) std::shuffle(entries.begin(), entries.end(), rng);  // keys in any order
  std::string answers;
  for (const auto& entry : entries) answers += (answers.empty() ? "" : ",") + entry;
  std::string doc = "{";
  const int flavour = pick(50);
  doc += flavour == 0 ? "\"format\":\"salesaudit.answers/v2\"," : "\"format\":\"salesaudit.answers/v1\",";
  const std::string versions[] = {"1.2.0", "1.2.0", "1.2.0", "1.0.0", "2.0.0"};
  const std::string id = flavour == 1 ? "other" : "small";
  doc += "\"questionnaire\":{\"id\":\"" + id + "\",\"version\":\"" + versions[pick(5)] + "\"" +
         (flavour == 2 ? ",\"sha256\":\"abc\"" : "") + (flavour == 3 ? ",\"extra\":1" : "") +
         (flavour == 21 ? ",\"extra\":1,\"extra\":[]" : "") + (flavour == 22 ? ",\"extra\":[nul]" : "") + "},";
  if (pick(3) != 0) {
    doc += flavour == 4 ? "\"respondent\":null,"
                        : "\"respondent\":{\"id\":\"r-1\",\"name\":\"P\\\"at\",\"team\":\"east\"},";
  }
  if (pick(4) == 0) doc += flavour == 5 ? "\"started_at\":5," : "\"started_at\":\"2026-01-01T00:00:00Z\",";
  if (pick(4) == 0) doc += "\"completed_at\":null,";
  if (flavour == 6) doc += "\"extra\":true,";
  if (flavour == 7) doc += "\"$schema\":\"x\",";
  if (flavour == 10) doc += "\"$schema\":[1,{\"a\":null}],";
  // Unknown keys (warnings), with values the loader accepts or rejects when nested.
  static const std::vector<std::string> extras = {
      "\"sourc\":\"form\"", "\"answer\":{\"a\":[1,2]}", "\"x~/y\":null", "\"zz\":{\"a\":1,\"a\":2}",
      "\"deep\":" + std::string(70, '[') + std::string(70, ']'), "\"\\u00e9t\u00e9\":1", "\"comment\":\"\"",
      "\"Answers\":{}",
      // Malformed inside values the loader ignores (On
      // Demand skips what is not read) and repeats.
      "\"x\":tru", "\"x\":[1,nul]", "\"x\":{\"a\":01}", "\"x\":\"a\\qb\"", "\"x\":1.", "\"x\":[true,falsey]",
      "\"x\":{\"b\":{\"c\":1,\"c\":[]}}", "\"x\":[1 2]", "\"x\":{\"a\" 1}", "\"x\":-", "\"x\":\"\\ud800\"",
      "\"sourc\":1,\"sourc\":2", "\"x\":[{},[],\"\",0,-0.5e-3,null]", "\"" + std::string(70, 'k') + "\":1"};
  static const std::string long_string = "\"long\":\"" + std::string((1 << 20) + 1, 'x') + "\",";
  if (pick(200) == 0) doc += long_string;  // over the string limit (rare: slow to parse)
  for (int k = pick(8) == 0 ? 1 + pick(3) : 0; k > 0; --k) {
    doc += extras[static_cast<std::size_t>(pick(static_cast<int>(extras.size())))] + ",";
  }
  if (flavour == 11) doc += "\"respondent\":{\"id\":\"r-2\",\"dept\":\"x\",\"nme\":{\"b\":[]}},";
  if (flavour == 12) doc += "\"respondent\":{\"id\":\"r-3\",\"id\":\"r-4\"},";
  if (flavour == 13) doc += "\"questionnaire\":{\"id\":\"small\",\"version\":\"1.2.0\"},";  // duplicate
  if (flavour == 19) doc += "\"respondent\":{\"id\":\"r-5\",\"x\":nul},";
  if (flavour == 20) doc += "\"respondent\":{\"x\":1,\"x\":2},";
  if (pick(5) == 0) {
    const std::string comments[] = {"\"comments\":{\"nope\":\"x\"},", "\"comments\":{\"lik\":\"why\"},",
                                    "\"comments\":{\"zeta\":\"a\",\"lik\":\"b\",\"alpha\":\"c\",\"a/b\":\"d\"},",
                                    "\"comments\":{\"nope\":5},", "\"comments\":{\"lik\":\"a\",\"lik\":\"b\"},"};
    doc += flavour == 8 ? comments[0] : comments[static_cast<std::size_t>(1 + pick(4))];
  }
  doc += "\"answers\":{" + answers + "}";
  if (flavour == 9) doc += ",";                 // syntax error
  if (flavour == 14) doc += ",\"answers\":{}";  // a repeated top-level key
  if (flavour == 15) return doc + "} x";        // content after the document
  if (flavour == 16) return doc + "}}";
  if (flavour == 17) return doc + "} {}";
  return doc + (flavour == 18 ? "}  \t\r\n" : "}");
}

TEST_F(AnswersParserTest, MatchesLoader) {
  QuestionnaireCache cache(registry_, path_);
  std::mt19937 rng(20261126);
  std::size_t accepted = 0;
  std::size_t warned = 0;
  for (int i = 0; i < 5000; ++i) {
    const std::string doc = random_document(rng);
    const std::size_t before = parser_.fast_count();
    const BatchRecord a = fast(doc, cache);
    const BatchRecord b = slow(doc, cache);
    ASSERT_EQ(describe(a), describe(b)) << doc.substr(0, 2000);
    EXPECT_EQ(a.error_code, b.error_code) << doc.substr(0, 2000);
    if (!b.answers) continue;
    ++accepted;
    if (!b.answers->warnings.empty()) ++warned;
    // Every valid document, with warnings or not, takes the fast path.
    EXPECT_EQ(parser_.fast_count(), before + 1) << doc.substr(0, 2000);
  }
  EXPECT_GT(accepted, 50U);
  EXPECT_GT(warned, 20U);
}

TEST_F(AnswersParserTest, ValidTakesFastPath) {
  QuestionnaireCache cache(registry_, path_);
  const BatchRecord r = fast(testing::answers_doc(R"("lik": 4, "deputy": true, "multi": ["a","b"])"), cache);
  ASSERT_TRUE(r.answers) << (r.errors.empty() ? "" : r.errors[0]);
  EXPECT_EQ(parser_.fast_count(), 1U);
  EXPECT_EQ(to_display(r.answers->answers[4]->value), "[\"a\",\"b\"]");
}

TEST_F(AnswersParserTest, ErrorsAreLoaders) {
  QuestionnaireCache cache(registry_, path_);
  const BatchRecord r = fast(testing::answers_doc(R"("lik": 9)"), cache);
  EXPECT_EQ(r.errors, (std::vector<std::string>{
                          "doc: /answers/lik: invalid answer number 9 to likert question \"lik\": expected an integer "
                          "from 1 to 5"}));
  EXPECT_EQ(r.error_code, ExitCode::data_invalid);
}

TEST(BatchRelocate, OneLineDocLine) {
  std::vector<std::string> d = {"a.ndjson:12:1:5: syntax error", "a.ndjson:12: /answers/x: bad"};
  relocate_line_diagnostics(d, "a.ndjson:12");
  EXPECT_EQ(d, (std::vector<std::string>{"a.ndjson:12:5: syntax error", "a.ndjson:12: /answers/x: bad"}));
}

}  // namespace
}  // namespace salesaudit::batch
