#include "authoring/reachable.hpp"
#include "authoring/scaffold.hpp"
#include "test_util.hpp"

#include <salesaudit/io.hpp>
#include <salesaudit/lint.hpp>
#include <salesaudit/registry.hpp>

namespace salesaudit {
namespace {

using testing::small_questionnaire;

const char* const kBands =
    R"([{"id": "crisis", "label": "Crisis", "min": 0}, {"id": "at_risk", "label": "At risk", "min": 40},
  {"id": "stable", "label": "Stable", "min": 60}, {"id": "in_control", "label": "In control", "min": 80}])";

const char* const kRecs = R"([{"id": "r1", "title": "R1", "action": "Do it.", "effort": "low"}])";

// A questionnaire with dimensions "d" (and "e" when two_dims), the given questions and recommendations.
Questionnaire make(const std::string& questions, const std::string& recommendations = kRecs, bool two_dims = false,
                   const std::string& bands = kBands) {
  const std::string dims =
      two_dims ? R"([{"id": "d", "title": "D"}, {"id": "e", "title": "E"}])" : R"([{"id": "d", "title": "D"}])";
  const std::string text = R"({"format": "salesaudit.questionnaire/v1", "id": "t", "version": "1.0.0", "title": "T",
    "dimensions": )" + dims +
                           R"(, "bands": )" + bands + R"(, "recommendations": )" + recommendations +
                           R"(, "questions": [)" + questions + "]}";
  return load_questionnaire(text, "t.json");
}

std::string boolean(const std::string& id, const std::string& extra = "") {
  return R"({"id": ")" + id + R"(", "type": "boolean", "text": "Q?", "dimension": "d", "recommendation": "r1")" +
         extra + "}";
}

std::string choice(const std::string& id, double a, double b) {
  return R"({"id": ")" + id + R"(", "type": "choice", "text": "Q?", "dimension": "d", "recommendation": "r1",
    "options": [{"value": "a", "label": "A", "score": )" +
         std::to_string(a) + R"(}, {"value": "b", "label": "B", "score": )" + std::to_string(b) + "}]}";
}

std::string likert(const std::string& id, bool reverse, const std::string& text = "Q?") {
  return R"({"id": ")" + id + R"(", "type": "likert", "text": ")" + text +
         R"(", "dimension": "d", "recommendation": "r1", "reverse": )" + (reverse ? "true" : "false") +
         R"(, "scale": {"points": 3, "labels": ["a", "b", "c"]}})";
}

std::vector<std::string> lines(const LintReport& report) {
  std::vector<std::string> out;
  for (const auto& f : report.findings) out.push_back(f.pointer + ": " + f.advice);
  return out;
}

TEST(Lint, BandAboveTheBestPossibleScore) {
  const auto q = make(choice("a", 0, 0.5) + "," + choice("b", 0, 0.5));
  EXPECT_EQ(lines(lint(q)), (std::vector<std::string>{
                                "/bands/2: band \"stable\" (60 to below 80) is out of reach for dimension \"d\": its "
                                "best possible score is 50.00",
                                "/bands/3: band \"in_control\" (80 and above) is out of reach for dimension \"d\": "
                                "its best possible score is 50.00"}));
}

TEST(Lint, BandBetweenTwoAchievableScores) {
  const auto q = make(boolean("a") + "," + boolean("b"));  // 0, 50 or 100
  EXPECT_EQ(lines(lint(q)),
            (std::vector<std::string>{"/bands/2: band \"stable\" (60 to below 80) is out of reach for "
                                      "dimension \"d\": its possible scores jump from 50.00 to 100.00"}));
}

TEST(Lint, BandBelowTheLowestPossibleScore) {
  const auto q = make(choice("a", 0.5, 1) + "," + choice("b", 0.5, 1) + "," + choice("c", 0.5, 1));
  EXPECT_EQ(lines(lint(q)), (std::vector<std::string>{"/bands/0: band \"crisis\" (0 to below 40) is out of reach for "
                                                      "dimension \"d\": its lowest possible score is 50.00"}));
}

TEST(Lint, SkippingOptionalQuestionsAndNaCanReachMoreScores) {
  // Answered together: 0, 50 or 100; "na" on the second leaves the first alone: 0 or 100. The gap stays.
  auto q = make(boolean("a") + "," + boolean("b", R"(, "allow_na": true)"));
  EXPECT_EQ(lint(q).findings.size(), 1u);
  // A third question that may be disabled changes the denominators: 33.33 and 66.67 appear.
  q = make(boolean("a") + "," + boolean("b") + "," +
           boolean("c", R"(, "enable_when": {"question": "a", "equals": true})"));
  EXPECT_EQ(lines(lint(q)), (std::vector<std::string>{}));
}

TEST(Lint, OverallBandIsCheckedAcrossDimensions) {
  const std::string e_questions =
      R"(,{"id": "x", "type": "boolean", "text": "X?", "dimension": "e", "recommendation": "r1"},
    {"id": "y", "type": "boolean", "text": "Y?", "dimension": "e", "recommendation": "r1"})";
  const std::string bands = R"([{"id": "low", "label": "Low", "min": 0}, {"id": "high", "label": "High", "min": 80},
    {"id": "top", "label": "Top", "min": 95}])";
  // d and e each reach 0, 50 or 100; the overall reaches 0, 25, 50, 75, 100: nothing in 80-95.
  const auto q = make(boolean("a") + "," + boolean("b") + e_questions, kRecs, true, bands);
  EXPECT_EQ(lines(lint(q)),
            (std::vector<std::string>{
                "/bands/1: band \"high\" (80 to below 95) is out of reach for dimension \"d\": its possible scores "
                "jump from 50.00 to 100.00",
                "/bands/1: band \"high\" (80 to below 95) is out of reach for dimension \"e\": its possible scores "
                "jump from 50.00 to 100.00",
                "/bands/1: band \"high\" (80 to below 95) can never be the overall band: the overall's possible "
                "scores jump from 75.00 to 100.00",
                "/questions: 0 of 4 scored questions (0%) are reverse-keyed; aim for a quarter to a third (1 to 2) so "
                "agreeing with everything does not score well"}));
}

TEST(Lint, BooleanWithYesAsTheBadAnswerCountsAsReverseKeyed) {
  const std::string q =
      boolean("a") + "," + boolean("b") + "," + boolean("c") + "," + boolean("d", R"(, "yes_score": 0, "no_score": 1)");
  for (const auto& f : lint(make(q)).findings) EXPECT_NE(f.rule, "reverse-keyed-share");
}

TEST(Lint, DimensionsWithNoneOrOneQuestion) {
  const auto q = make(boolean("a"), kRecs, true);
  const auto found = lines(lint(q));
  ASSERT_GE(found.size(), 2u);
  EXPECT_EQ(found[0],
            "/dimensions/0: dimension \"d\" has only one question (\"a\"): a single answer decides its score; add "
            "questions or merge it into another dimension");
  EXPECT_EQ(found[1],
            "/dimensions/1: dimension \"e\" has no scored question: its score, and so the overall score, is always "
            "null");
}

TEST(Lint, RecommendationLinks) {
  const std::string recs = R"([{"id": "r1", "title": "R1", "action": "A.", "effort": "low"},
    {"id": "r2", "title": "R2", "action": "B.", "effort": "high"}])";
  const auto q = make(likert("a", false) + "," + likert("b", false) + "," +
                          R"({"id": "c", "type": "likert", "text": "Q?", "dimension": "d",
                              "scale": {"points": 3, "labels": ["a", "b", "c"]}},
                             {"id": "note", "type": "text", "text": "Notes?", "required": false})",
                      recs);
  auto found = lines(lint(q));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0], "/recommendations/1: recommendation \"r2\" is fed by no question and can never be suggested");
  EXPECT_EQ(found[1], "/questions/2: question \"c\" feeds no recommendation: a weak answer here suggests no action");
}

TEST(Lint, ReverseKeyedShare) {
  const std::string none =
      likert("a", false) + "," + likert("b", false) + "," + likert("c", false) + "," + likert("d", false);
  EXPECT_EQ(lines(lint(make(none))),
            (std::vector<std::string>{"/questions: 0 of 4 scored questions (0%) are reverse-keyed; aim for a quarter "
                                      "to a third (1 to 2) so agreeing with everything does not score well"}));
  const std::string one =
      likert("a", true) + "," + likert("b", false) + "," + likert("c", false) + "," + likert("d", false);
  EXPECT_TRUE(lint(make(one)).findings.empty());
  const std::string three =
      likert("a", true) + "," + likert("b", true) + "," + likert("c", true) + "," + likert("d", false);
  EXPECT_EQ(lint(make(three)).findings.at(0).rule, "reverse-keyed-share");
}

TEST(Lint, DoubleBarrelledWording) {
  const auto q =
      make(likert("a", true, "How often do you plan and review deals?") + "," +
           likert("b", false, "Do you use Android phones?") + "," + likert("c", false, "Or: do you call; AND write?"));
  EXPECT_EQ(lines(lint(q)), (std::vector<std::string>{
                                "/questions/0/text: question \"a\" contains \"and\": it may ask about two things at "
                                "once; ask about one behaviour per question",
                                "/questions/2/text: question \"c\" contains \"and\" and \"or\": it may ask about two "
                                "things at once; ask about one behaviour per question"}));
}

TEST(Lint, EstimatedCompletionTime) {
  const auto q = small_questionnaire();  // 2 likert, boolean, choice = 80; number, multi = 60; text = 60
  EXPECT_EQ(lint(q).estimated_seconds, 200);
  EXPECT_EQ(lint(q).questions, 7);
  EXPECT_EQ(format_duration(710), "about 11 min 50 s");
  EXPECT_EQ(format_duration(40), "about 40 s");
  EXPECT_EQ(format_duration(120), "about 2 min");
}

TEST(Lint, FindingsComeInDocumentOrder) {
  const auto q = make(likert("a", false, "A and B?") + "," +
                          R"({"id": "b", "type": "likert", "text": "Q?", "dimension": "d",
                          "scale": {"points": 3, "labels": ["a", "b", "c"]}})",
                      R"([{"id": "r1", "title": "R1", "action": "A.", "effort": "low"},
                          {"id": "r2", "title": "R2", "action": "B.", "effort": "high"}])");
  std::vector<std::string> pointers;
  for (const auto& f : lint(q).findings) pointers.push_back(f.pointer);
  EXPECT_EQ(pointers, (std::vector<std::string>{"/recommendations/1", "/questions/0/text", "/questions/1"}));
}

TEST(Lint, AchievableItemScores) {
  const auto q = load_questionnaire(R"({"format": "salesaudit.questionnaire/v1", "id": "t", "version": "1.0.0",
    "title": "T", "dimensions": [{"id": "d", "title": "D"}], "bands": [{"id": "b", "label": "B", "min": 0}],
    "questions": [
      {"id": "n", "type": "number", "text": "N?", "dimension": "d", "min": 4, "max": 5,
       "score_bands": [{"max": 3, "score": 1}, {"max": 6, "score": 0.5}, {"score": 0}]},
      {"id": "m", "type": "multi_choice", "text": "M?", "dimension": "d",
       "options": [{"value": "a", "label": "A", "score": 0.75}, {"value": "b", "label": "B", "score": 0.5}]},
      {"id": "l", "type": "likert", "text": "L?", "dimension": "d", "reverse": true,
       "scale": {"points": 3, "labels": ["a", "b", "c"]}}]})",
                                    "t.json");
  EXPECT_EQ(authoring::achievable_item_scores(q.questions[0]), (std::vector<double>{0.5}));
  EXPECT_EQ(authoring::achievable_item_scores(q.questions[1]), (std::vector<double>{0, 0.5, 0.75, 1}));
  EXPECT_EQ(authoring::achievable_item_scores(q.questions[2]), (std::vector<double>{0, 0.5, 1}));
}

TEST(Lint, FallsBackToBoundsWhenThereAreTooManyCombinations) {
  const auto q = make(choice("a", 0, 0.5) + "," + choice("b", 0.1, 0.3) + "," + choice("c", 0.2, 0.45));
  const auto exact = authoring::reachable_dimension(q, 0);
  EXPECT_TRUE(exact.exact);
  EXPECT_EQ(exact.values.size(), 8u);
  const auto bounded = authoring::reachable_dimension(q, 0, 3);
  EXPECT_FALSE(bounded.exact);
  EXPECT_DOUBLE_EQ(bounded.min, 0);
  EXPECT_DOUBLE_EQ(bounded.max, 50);
}

TEST(Lint, BuiltInQuestionnaireIsClean) {
  const auto q = load_questionnaire_file(SALESAUDIT_SOURCE_DIR "/questionnaires/crisis-mode/1.0.0.json");
  EXPECT_EQ(lines(lint(q)), (std::vector<std::string>{}));
  EXPECT_EQ(lint(q).estimated_seconds, 710);
}

// The default questionnaire (the newest built-in) follows its own advice.
TEST(Lint, NewestBuiltInIsClean) {
  const Registry registry;
  const auto q = registry.resolve("crisis-mode");
  EXPECT_EQ(lines(lint(*q)), (std::vector<std::string>{}));
  int scored = 0;
  int reversed = 0;
  for (const auto& question : q->questions) {
    if (!question.scored()) continue;
    ++scored;
    if (!question.reverse && !(question.type == QuestionType::boolean && question.yes_score < question.no_score))
      continue;
    ++reversed;
    // A reverse-keyed item states the problem plainly: a negation would make it a double negative.
    for (const char* negation : {" not ", "n't", " no ", " never ", "without"}) {
      EXPECT_EQ(question.text.find(negation), std::string::npos) << question.id << ": " << negation;
    }
  }
  EXPECT_GE(4 * reversed, scored);  // a quarter to a third, not the lint's widened range
  EXPECT_LE(3 * reversed, scored);
  // The intro speaks to the respondent; version history belongs in docs/versions.md.
  EXPECT_EQ(q->description.find("ersion"), std::string::npos) << q->description;
}

TEST(Lint, ScaffoldIsValidAndClean) {
  const auto q = load_questionnaire(authoring::scaffold_questionnaire("team-health", "Team health"), "scaffold.json");
  EXPECT_EQ(q.id, "team-health");
  EXPECT_EQ(q.title, "Team health");
  EXPECT_EQ(lines(lint(q)), (std::vector<std::string>{}));
}

TEST(Lint, ScaffoldRejectsAnInvalidId) {
  EXPECT_THROW((void)authoring::scaffold_questionnaire("Bad Id", ""), UsageError);
}

}  // namespace
}  // namespace salesaudit
