#include "test_util.hpp"

#include <salesaudit/io.hpp>
#include <salesaudit/registry.hpp>
#include <salesaudit/report.hpp>
#include <salesaudit/scoring.hpp>
#include <salesaudit/versions.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace salesaudit {
namespace {

namespace fs = std::filesystem;

// Three versions of one questionnaire: 2 renames, drops, remaps values (also inside
// multi_choice); 3 renames again and turns a boolean into a choice.
std::string questionnaire(const std::string& version, const std::string& questions, const std::string& migrations) {
  return R"({"format": "salesaudit.questionnaire/v1", "id": "evo", "version": ")" + version +
         R"(", "title": "Evo",
  "dimensions": [{"id": "main", "title": "Main"}],
  "bands": [{"id": "low", "label": "Low", "min": 0}, {"id": "high", "label": "High", "min": 50}],
  "questions": [)" +
         questions + R"(], "migrations": [)" + migrations + "]}";
}

const std::string kLikert = R"("type": "likert", "text": "?", "dimension": "main",
  "scale": {"points": 5, "labels": ["1", "2", "3", "4", "5"]})";

const std::string kV1 = questionnaire("1.0.0", R"({"id": "a", )" + kLikert + R"(},
   {"id": "b", "type": "choice", "text": "?", "dimension": "main",
    "options": [{"value": "x", "label": "X", "score": 0}, {"value": "y", "label": "Y", "score": 1}]},
   {"id": "c", "type": "boolean", "text": "?", "dimension": "main"},
   {"id": "d", "type": "number", "text": "?", "dimension": "main", "score_bands": [{"score": 1}]},
   {"id": "m", "type": "multi_choice", "text": "?", "dimension": "main",
    "options": [{"value": "u", "label": "U", "score": 0.5}, {"value": "v", "label": "V", "score": 0.5}]},
   {"id": "t", "type": "text", "text": "?", "required": false})",
                                      "");

const std::string kV2 = questionnaire("2.0.0", R"({"id": "a2", )" + kLikert + R"(},
   {"id": "b", "type": "choice", "text": "?", "dimension": "main",
    "options": [{"value": "x2", "label": "X", "score": 0}, {"value": "y", "label": "Y", "score": 1}]},
   {"id": "c", "type": "boolean", "text": "?", "dimension": "main"},
   {"id": "m", "type": "multi_choice", "text": "?", "dimension": "main",
    "options": [{"value": "p", "label": "P", "score": 0.5}, {"value": "v", "label": "V", "score": 0.5}]},
   {"id": "n", "type": "number", "text": "?", "dimension": "main", "min": 0, "max": 10, "score_bands": [{"score": 1}]})",
                                      R"({"from": "1", "rename": {"a": "a2"}, "drop": ["d"],
     "values": {"b": {"x": "x2"}, "m": {"u": "p"}}})");

const std::string kV3 = questionnaire("3.0.0", R"({"id": "a3", )" + kLikert + R"(},
   {"id": "b", "type": "choice", "text": "?", "dimension": "main",
    "options": [{"value": "x2", "label": "X", "score": 0}, {"value": "y", "label": "Y", "score": 1}]},
   {"id": "c", "type": "choice", "text": "?", "dimension": "main",
    "options": [{"value": "yes", "label": "Yes", "score": 1}, {"value": "no", "label": "No", "score": 0}]},
   {"id": "m", "type": "multi_choice", "text": "?", "dimension": "main",
    "options": [{"value": "p", "label": "P", "score": 0.5}, {"value": "v", "label": "V", "score": 0.5}]},
   {"id": "n", "type": "number", "text": "?", "dimension": "main", "min": 0, "max": 10, "score_bands": [{"score": 1}]})",
                                      R"({"from": "2", "rename": {"a2": "a3"},
     "values": {"c": {"true": "yes", "false": "no"}, "a3": {"5": 4}}})");

std::string answers(const std::string& version, const std::string& body, const std::string& comments = "{}") {
  return R"({"format": "salesaudit.answers/v1", "questionnaire": {"id": "evo", "version": ")" + version +
         R"("}, "respondent": {"id": "r9", "name": "Ana"}, "started_at": "2025-01-02T03:04:05Z",
   "completed_at": null, "answers": {)" +
         body + R"(}, "comments": )" + comments + "}";
}

// A registry whose search path holds versions 2 and 3 of "evo".
class MigrateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("salesaudit-migrate-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "-" +
            std::to_string(::getpid()));
    fs::create_directories(dir_ / "evo");
    std::ofstream(dir_ / "evo" / "2.0.0.json") << kV2;
    std::ofstream(dir_ / "evo" / "3.0.0.json") << kV3;
    registry_ = std::make_unique<Registry>(std::vector<std::string>{dir_.string()});
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
  std::unique_ptr<Registry> registry_;
};

TEST_F(MigrateTest, OneStepRenamesDropsAndRemaps) {
  const auto v2 = registry_->resolve("evo@2");
  const auto result = migrate_answers(answers("1.0.0", R"("a": 4, "b": "x", "c": true, "d": 7, "m": ["u", "v"])",
                                              R"({"a": "note on a", "d": "note on d"})"),
                                      "old.json", *v2, *registry_);
  EXPECT_EQ(result.steps, (std::vector<std::string>{"evo@1.0.0 -> evo@2.0.0"}));
  EXPECT_EQ(result.changes, (std::vector<std::string>{
                                "dropped d = 7: the question is not in evo@2.0.0",
                                "dropped the comment on d: the question is not in evo@2.0.0",
                                "renamed a -> a2",
                                R"(remapped b: "x" -> "x2")",
                                R"(remapped m: ["u","v"] -> ["p","v"])",
                            }));
  EXPECT_EQ(to_json(result.answers, *v2), R"({
  "format": "salesaudit.answers/v1",
  "questionnaire": {
    "id": "evo",
    "version": "2.0.0",
    "sha256": ")" + v2->sha256() + R"("
  },
  "respondent": {
    "id": "r9",
    "name": "Ana"
  },
  "started_at": "2025-01-02T03:04:05Z",
  "completed_at": null,
  "answers": {
    "a2": 4,
    "b": "x2",
    "c": true,
    "m": [
      "p",
      "v"
    ]
  },
  "comments": {
    "a2": "note on a"
  }
}
)");
}

TEST_F(MigrateTest, ChainedStepsTurnBooleanIntoChoice) {
  const auto v3 = registry_->resolve("evo");
  const auto result = migrate_answers(answers("1.0.0", R"("a": 5, "b": "y", "c": false)"), "old.json", *v3, *registry_);
  EXPECT_EQ(result.steps, (std::vector<std::string>{"evo@1.0.0 -> evo@2.0.0", "evo@2.0.0 -> evo@3.0.0"}));
  // Values are remapped in question id order (the order of JSON object keys once parsed).
  EXPECT_EQ(result.changes, (std::vector<std::string>{"renamed a -> a2", "renamed a2 -> a3", "remapped a3: 5 -> 4",
                                                      R"(remapped c: false -> "no")"}));
  const std::string migrated = to_json(result.answers, *v3);
  const AnswerSet reloaded = load_answers(migrated, "new.json", *v3);  // valid under the target
  EXPECT_TRUE(reloaded.warnings.empty());
  EXPECT_EQ(to_display(reloaded.answers[*v3->question_index("c")]->value), R"("no")");
}

TEST_F(MigrateTest, AnswersTheTargetNoLongerAcceptsAreDroppedWithANote) {
  const auto v2 = registry_->resolve("evo@2");
  // "z" is in no version; "n" appears only in 2.0.0, so a 1.x answer to it is out of range there.
  const auto result =
      migrate_answers(answers("1.0.0", R"("a": 2, "z": 1, "b": "w", "c": null)"), "old.json", *v2, *registry_);
  EXPECT_EQ(result.changes,
            (std::vector<std::string>{"renamed a -> a2",
                                      R"(dropped b = "w": no longer valid in evo@2.0.0 (expected one of "x2" or "y"))",
                                      "dropped z = 1: evo@2.0.0 has no such question and no migration names it"}));
  EXPECT_FALSE(result.answers.answers[*v2->question_index("c")].has_value());
}

TEST_F(MigrateTest, SameMajorNeedsNoMigration) {
  const auto v1 = std::make_shared<Questionnaire>(load_questionnaire(kV1, "v1.json"));
  std::string v11 = kV1;
  v11.replace(v11.find("1.0.0"), 5, "1.1.0");
  const Questionnaire target = load_questionnaire(v11, "v11.json");
  const auto result = migrate_answers(answers("1.0.0", R"("a": 2, "t": "free text")"), "old.json", target, *registry_);
  EXPECT_EQ(result.steps,
            (std::vector<std::string>{"evo@1.0.0 -> evo@1.1.0 (same major version, no migration needed)"}));
  EXPECT_TRUE(result.changes.empty());
  EXPECT_EQ(result.answers.questionnaire.version, "1.1.0");
}

TEST_F(MigrateTest, Errors) {
  const auto v2 = registry_->resolve("evo@2");
  const Questionnaire v1 = load_questionnaire(kV1, "v1.json");
  EXPECT_EQ(testing::diagnostics_of([&] { (void)migrate_answers(answers("2.0.0", ""), "new.json", v1, *registry_); }),
            (std::vector<std::string>{"new.json: /questionnaire/version: answers are for evo@2.0.0, newer than "
                                      "evo@1.0.0; migrations only go forward"}));
  EXPECT_EQ(
      testing::diagnostics_of([&] { (void)migrate_answers(answers("0.5.0", ""), "ancient.json", *v2, *registry_); }),
      (std::vector<std::string>{"ancient.json: /questionnaire/version: no migration leads from evo@0.5.0 to "
                                "evo@2.0.0: neither it nor any version in between has a migration whose "
                                "\"from\" matches 0.5.0"}));
  const Questionnaire small = testing::small_questionnaire();
  EXPECT_EQ(
      testing::diagnostics_of([&] { (void)migrate_answers(answers("1.0.0", ""), "a.json", small, *registry_); }),
      (std::vector<std::string>{"a.json: /questionnaire/id: answers are for questionnaire \"evo\", not \"small\""}));
}

// Migrating the crisis example to 2.0.0 scores exactly like answering 2.0.0 directly.
TEST(MigrateCrisisMode, MigratedScoresLikeAnsweringTheNewVersion) {
  const Registry registry;
  const auto v2 = registry.resolve("crisis-mode@2");
  const std::string old_text = read_input(std::string(SALESAUDIT_SOURCE_DIR) + "/examples/answers/crisis.json");
  const auto result = migrate_answers(old_text, "crisis.json", *v2, registry);
  EXPECT_EQ(result.changes, (std::vector<std::string>{
                                "dropped cf-reassurance = 5: the question is not in crisis-mode@2.0.0",
                                "renamed dep-deals-stall -> dep-stalled-deals",
                                "renamed dep-take-over -> dep-takeovers",
                                R"(remapped del-weekly-meeting: "me-remote" -> "manager-remote")",
                                "remapped dep-stalled-deals: 5 -> 6",
                                "remapped dep-takeovers: 4 -> 6",
                            }));
  // The same respondent answering 2.0.0 directly, with the counts the old ranges stood for.
  const std::string direct = R"({"format": "salesaudit.answers/v1",
    "questionnaire": {"id": "crisis-mode", "version": "2.0.0"},
    "respondent": {"id": "r-031", "name": "Dana Whitfield", "role": "manager", "team": "north"},
    "answers": {"dep-no-fix-count": 18, "dep-ask-options": 2, "dep-routine-terms": 2, "dep-stalled-deals": 6,
      "dep-takeovers": 6, "dep-firefighting": 45, "dep-head-knowledge": 5, "del-deputy": false,
      "del-weekly-meeting": "manager-remote", "del-training": 1, "del-mentor-share": 0, "del-handover": ["none"],
      "del-redo-work": 4, "cf-message-checks": 15, "cf-fixed-windows": 1, "cf-notifications-off": 1,
      "cf-team-calls": 4, "cf-emergency-def": false, "exp-written-goals": 30, "exp-leading-activities": 2,
      "exp-goal-reviews": 2, "exp-priorities-match": 2, "exp-ask-what-next": 5, "exp-goal-changes": 3,
      "exp-dictate": 4, "exp-standards": "verbal"}})";
  auto report = [&](const std::string& text) {
    const AnswerSet set = load_answers(text, "x.json", *v2);
    std::ostringstream out;
    render_json(score(*v2, set), RenderOptions{}, out);
    return out.str();
  };
  const std::string migrated = report(to_json(result.answers, *v2));
  EXPECT_EQ(migrated, report(direct));
  EXPECT_NE(migrated.find("\"deals-stall\""), std::string::npos);  // the red flag survives the change of type
}

// 2.0.0 -> 3.0.0 reverses three scales: each migrated answer scores what it did on 2.0.0.
TEST(MigrateCrisisMode, ThreeScoresLikeTwo) {
  const Registry registry;
  const auto v2 = registry.resolve("crisis-mode@2.0.0");
  const auto v3 = registry.resolve("crisis-mode@3");
  const std::string old_text = R"({"format": "salesaudit.answers/v1",
    "questionnaire": {"id": "crisis-mode", "version": "2.0.0"},
    "answers": {"dep-no-fix-count": 4, "dep-ask-options": 2, "dep-routine-terms": 5, "dep-stalled-deals": 1,
      "dep-takeovers": 3, "dep-firefighting": 12, "del-deputy": true, "del-deputy-authority": "verbal",
      "del-training": 1, "del-redo-work": 2, "cf-message-checks": 4, "cf-fixed-windows": 2,
      "cf-notifications-off": 3, "cf-team-calls": 1, "cf-team-messages": 2, "exp-written-goals": 80,
      "exp-leading-activities": 3, "exp-goal-reviews": 4, "exp-ask-what-next": 2}})";
  const auto result = migrate_answers(old_text, "a.json", *v3, registry);
  EXPECT_EQ(result.steps, (std::vector<std::string>{"crisis-mode@2.0.0 -> crisis-mode@3.0.0"}));
  EXPECT_EQ(result.changes, (std::vector<std::string>{
                                "renamed cf-notifications-off -> cf-notifications-on",
                                "renamed dep-ask-options -> dep-own-view-first",
                                "renamed dep-routine-terms -> dep-terms-to-you",
                                "remapped dep-own-view-first: 2 -> 4",
                                "remapped dep-terms-to-you: 5 -> 1",
                            }));
  const AnswerSet before = load_answers(old_text, "a.json", *v2);
  const ScoreCard old_card = score(*v2, before);
  const ScoreCard new_card = score(*v3, result.answers);
  ASSERT_TRUE(old_card.overall && new_card.overall);
  EXPECT_DOUBLE_EQ(*new_card.overall, *old_card.overall);
  ASSERT_EQ(new_card.dimensions.size(), old_card.dimensions.size());
  for (std::size_t d = 0; d < old_card.dimensions.size(); ++d) {
    EXPECT_EQ(new_card.dimensions[d].score, old_card.dimensions[d].score) << d;
  }
  ASSERT_EQ(new_card.recommendations.size(), old_card.recommendations.size());
  for (std::size_t r = 0; r < old_card.recommendations.size(); ++r) {
    EXPECT_EQ(v3->recommendations[new_card.recommendations[r].recommendation].id,
              v2->recommendations[old_card.recommendations[r].recommendation].id);
  }
}

}  // namespace
}  // namespace salesaudit
