#include "test_util.hpp"

#include <nlohmann/json.hpp>

namespace salesaudit {
namespace {

using nlohmann::json;
using testing::diagnostics_of;
using testing::kSmallQuestionnaire;

// Loads the small questionnaire after applying `edit` to its JSON.
template <typename Edit>
std::vector<std::string> errors_after(Edit&& edit) {
  json doc = json::parse(kSmallQuestionnaire);
  edit(doc);
  return diagnostics_of([&] { (void)load_questionnaire(doc.dump(), "q.json"); });
}

using Lines = std::vector<std::string>;

TEST(QuestionnaireLoader, EveryType) {
  const Questionnaire q = testing::small_questionnaire();
  EXPECT_EQ(q.id, "small");
  EXPECT_EQ(q.questions.size(), 7u);
  EXPECT_EQ(q.questions[1].reverse, true);
  EXPECT_EQ(q.questions[1].weight, 2);
  EXPECT_EQ(q.questions[3].enable_when->question, 2u);
  EXPECT_EQ(q.questions[5].score_bands.size(), 3u);
  EXPECT_FALSE(q.questions[6].dimension);
  EXPECT_EQ(*q.question_index("checks"), 5u);
  ASSERT_TRUE(q.band_cap);
  EXPECT_EQ(q.band_cap->cap, 1u);
}

TEST(QuestionnaireLoader, SyntaxLineCol) {
  const auto errors = diagnostics_of([] { (void)load_questionnaire("{\n  \"id\": \"x\",\n  oops\n}", "q.json"); });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("q.json:3:3: syntax error while parsing object key", 0), 0u) << errors[0];
}

TEST(QuestionnaireLoader, Truncated) {
  auto errors = diagnostics_of([] { (void)load_questionnaire("", "q.json"); });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("q.json:1:1: syntax error while parsing value - unexpected end of input", 0), 0u)
      << errors[0];
  errors = diagnostics_of([] { (void)load_questionnaire("{\"format\": \"salesaudit.quest", "q.json"); });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("q.json:1:"), std::string::npos);
}

TEST(QuestionnaireLoader, UnknownKeys) {
  EXPECT_EQ(errors_after([](json& d) { d["questions"][0]["weigth"] = 2; }),
            Lines{"q.json: /questions/0/weigth: unknown key \"weigth\" (did you mean \"weight\"?)"});
  EXPECT_EQ(errors_after([](json& d) { d["colour"] = "red"; }), Lines{"q.json: /colour: unknown key \"colour\""});
  EXPECT_EQ(errors_after([](json& d) { d["questions"][0]["options"] = json::array(); }),
            Lines{"q.json: /questions/0/options: unknown key \"options\""});
}

TEST(QuestionnaireLoader, EveryProblem) {
  const auto errors = errors_after([](json& d) {
    d["format"] = "salesaudit.questionnaire/v2";
    d["version"] = "1.2";
    d["min_coverage"] = 0;
    d["questions"][0]["scale"]["points"] = 12;
  });
  EXPECT_EQ(errors,
            (Lines{"q.json: /format: expected \"salesaudit.questionnaire/v1\", got \"salesaudit.questionnaire/v2\"",
                   "q.json: /version: expected a version MAJOR.MINOR.PATCH, got \"1.2\"",
                   "q.json: /min_coverage: expected a number in (0, 1], got 0",
                   "q.json: /questions/0/scale/points: expected an integer from 2 to 11, got 12"}));
}

TEST(QuestionnaireLoader, Bands) {
  EXPECT_EQ(errors_after([](json& d) { d["bands"][0]["min"] = 5; }),
            Lines{"q.json: /bands/0/min: the first band must start at 0, got 5"});
  EXPECT_EQ(errors_after([](json& d) { d["bands"][2]["min"] = 30; }),
            Lines{"q.json: /bands/2/min: bands must ascend by min: 30 follows 40"});
  EXPECT_EQ(errors_after([](json& d) { d["bands"][3]["min"] = 100; }),
            Lines{"q.json: /bands/3/min: min must be in [0, 100), got 100"});
  EXPECT_EQ(errors_after([](json& d) { d["overall_band_cap"]["cap"] = "ok"; }),
            Lines{"q.json: /overall_band_cap/cap: unknown band \"ok\""});
}

TEST(QuestionnaireLoader, IdsAndReferences) {
  EXPECT_EQ(errors_after([](json& d) { d["questions"][1]["id"] = "lik"; }),
            Lines{"q.json: /questions/1/id: duplicate question id \"lik\""});
  EXPECT_EQ(errors_after([](json& d) { d["questions"][0]["id"] = "Bad Id"; }),
            Lines{"q.json: /questions/0/id: invalid id \"Bad Id\": use lowercase letters, digits, '-' and '_', "
                  "starting with a letter or digit"});
  EXPECT_EQ(errors_after([](json& d) { d["questions"][0]["dimension"] = "alpah"; }),
            Lines{"q.json: /questions/0/dimension: unknown dimension \"alpah\" (did you mean \"alpha\"?)"});
  EXPECT_EQ(errors_after([](json& d) { d["questions"][0]["recommendation"] = "rec-z"; }),
            Lines{"q.json: /questions/0/recommendation: unknown recommendation \"rec-z\""});
  EXPECT_EQ(errors_after([](json& d) { d["recommendations"][0]["effort"] = "tiny"; }),
            Lines{"q.json: /recommendations/0/effort: expected \"low\", \"medium\" or \"high\", got \"tiny\""});
  EXPECT_EQ(errors_after([](json& d) { d["dimensions"][0]["weight"] = 0; }),
            Lines{"q.json: /dimensions/0/weight: weight must be greater than 0, got 0"});
}

TEST(QuestionnaireLoader, LookBack) {
  EXPECT_EQ(errors_after([](json& d) {
              d["questions"][3]["enable_when"] = {{"question", "checks"}, {"at_least", 1}};
            }),
            Lines{"q.json: /questions/3/enable_when/question: question \"checks\" does not come earlier; enable_when "
                  "may only refer to earlier questions"});
  EXPECT_EQ(errors_after([](json& d) {
              d["questions"][3]["enable_when"] = {{"question", "who"}, {"equals", "me"}};
            }),
            Lines{"q.json: /questions/3/enable_when/question: question \"who\" does not come earlier; enable_when may "
                  "only refer to earlier questions"});
  EXPECT_EQ(errors_after([](json& d) {
              d["questions"][3]["enable_when"] = {{"question", "nope"}, {"equals", 1}};
            }),
            Lines{"q.json: /questions/3/enable_when/question: unknown question \"nope\" (did you mean \"note\"?)"});
}

TEST(QuestionnaireLoader, Conditions) {
  auto with_flag = [](json when) { return errors_after([&](json& d) { d["red_flags"][0]["when"] = when; }); };
  EXPECT_EQ(with_flag({{"question", "deputy"}, {"equals", 1}}),
            Lines{"q.json: /red_flags/0/when/equals: number 1 can never match boolean question \"deputy\"; expected "
                  "true or false"});
  EXPECT_EQ(with_flag({{"question", "who"}, {"in", {"me", "boss"}}}),
            Lines{"q.json: /red_flags/0/when/in/1: string \"boss\" can never match choice question \"who\"; expected "
                  "one of its option values"});
  EXPECT_EQ(with_flag({{"question", "who"}, {"at_least", 2}}),
            Lines{"q.json: /red_flags/0/when/at_least: at_least needs a likert or number question; \"who\" is choice"});
  EXPECT_EQ(with_flag({{"question", "lik"}, {"at_least", 2}, {"at_most", 4}}),
            Lines{"q.json: /red_flags/0/when: a condition takes exactly one of equals, not_equals, in, at_least, "
                  "at_most"});
  EXPECT_EQ(with_flag({{"all", json::array()}}),
            Lines{"q.json: /red_flags/0/when/all: expected a non-empty array of conditions, got an array"});
  EXPECT_TRUE(
      with_flag({{"any", {{{"question", "checks"}, {"at_least", 7}}, {{"question", "deputy"}, {"equals", false}}}}})
          .empty());
}

TEST(QuestionnaireLoader, TypeRules) {
  EXPECT_EQ(errors_after([](json& d) {
              d["questions"][0]["scale"]["labels"] = {"a", "b"};
            }),
            Lines{"q.json: /questions/0/scale/labels: expected 5 labels (one per point), got 2"});
  EXPECT_EQ(errors_after([](json& d) { d["questions"][3]["options"][1]["value"] = "me"; }),
            Lines{"q.json: /questions/3/options/1/value: duplicate option value \"me\""});
  EXPECT_EQ(errors_after([](json& d) { d["questions"][3]["options"][0]["score"] = 1.5; }),
            Lines{"q.json: /questions/3/options/0/score: score 1.5 is outside [0, 1]"});
  EXPECT_EQ(errors_after([](json& d) { d["questions"][5]["score_bands"][1]["max"] = 2; }),
            Lines{"q.json: /questions/5/score_bands/1/max: max 2 must be greater than the previous band's max 3"});
  EXPECT_EQ(errors_after([](json& d) { d["questions"][5]["score_bands"][2]["max"] = 9; }),
            Lines{"q.json: /questions/5/score_bands/2/max: the last score band is the catch-all and takes no max"});
  EXPECT_EQ(errors_after([](json& d) { d["questions"][2]["yes_score"] = "1"; }),
            Lines{"q.json: /questions/2/yes_score: expected a number, got string \"1\""});
  EXPECT_EQ(errors_after([](json& d) { d["questions"][0].erase("dimension"); }),
            Lines{"q.json: /questions/0: missing required key \"dimension\""});
  EXPECT_EQ(errors_after([](json& d) { d["questions"][0]["type"] = "slider"; }),
            Lines{"q.json: /questions/0/type: unknown question type \"slider\"; expected likert, choice, "
                  "multi_choice, boolean, number or text"});
}

TEST(QuestionnaireLoader, SchemaKey) {
  EXPECT_TRUE(errors_after([](json& d) { d["$schema"] = "../schemas/questionnaire.schema.json"; }).empty());
}

TEST(QuestionnaireLoader, DupsAndDepth) {
  auto errors = diagnostics_of([] { (void)load_questionnaire(R"({"id": "a", "id": "b"})", "q.json"); });
  EXPECT_EQ(errors, Lines{"q.json: /id: duplicate key \"id\""});
  const std::string deep = std::string(100, '[') + std::string(100, ']');
  errors = diagnostics_of([&] { (void)load_questionnaire(deep, "q.json"); });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0],
            "q.json: /0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/"
            "0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: nesting deeper than 64 levels");
}

TEST(QuestionnaireLoader, BadUtf8) {
  auto errors = diagnostics_of([] { (void)load_questionnaire("{\"title\": \"caf\xe9\"}", "q.json"); });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("q.json:1:"), std::string::npos);
  EXPECT_NE(errors[0].find("UTF-8"), std::string::npos) << errors[0];
  errors = diagnostics_of([] { (void)load_questionnaire(R"({"min_coverage": 1e400})", "q.json"); });
  EXPECT_EQ(errors, Lines{"q.json:1:18: number overflow parsing '1e400'"});
}

}  // namespace
}  // namespace salesaudit
