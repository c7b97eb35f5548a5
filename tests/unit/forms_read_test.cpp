// Each tool's fixture (tests/e2e/data/forms/) read through read_batch: the answers equal
// those of the equivalent salesaudit answers documents; ids and completion times in UTC.

#include <salesaudit/answers.hpp>
#include <salesaudit/batch.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/registry.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include <ostream>
#include <string>
#include <vector>

#include <unistd.h>

namespace salesaudit {
namespace {

std::string data(const std::string& relative) {
  return std::string(SALESAUDIT_SOURCE_DIR) + "/tests/e2e/data/forms/" + relative;
}

struct ToolCase {
  const char* tool;
  const char* file;
  std::vector<std::string> ids;  // respondent ids as the tool gives them
  std::vector<std::string> times;
  const char* from = "auto";
};

std::vector<BatchRecord> read_all(const std::string& path, const std::string& from, const Registry& registry) {
  std::vector<BatchRecord> out;
  BatchOptions options;
  options.from = from;
  read_batch({path}, options, registry, [&](BatchRecord&& r) { out.push_back(std::move(r)); });
  return out;
}

const std::vector<std::string> kTimes = {"2026-11-20T09:12:00Z", "2026-11-20T17:45:30Z", "2026-11-21T08:00:05Z",
                                         "2026-11-22T23:59:59Z"};
const std::vector<std::string> kEmails = {"ana@example.com", "ben@example.com", "cleo@example.com", "dan@example.com"};

void PrintTo(const ToolCase& c, std::ostream* os) {
  *os << c.tool;
}

class Reads : public ::testing::TestWithParam<ToolCase> {};

TEST_P(Reads, SameAnswers) {
  const ToolCase& c = GetParam();
  const Registry registry;
  const auto records = read_all(data(c.file), c.from, registry);
  ASSERT_EQ(records.size(), 4U);
  for (std::size_t r = 0; r < records.size(); ++r) {
    const BatchRecord& record = records[r];
    ASSERT_TRUE(record.errors.empty()) << record.errors.front();
    EXPECT_EQ(record.questionnaire->version, "2.0.0");
    const std::string doc = data("answers/r" + std::to_string(r + 1) + ".json");
    const AnswerSet expected = load_answers(read_input(doc), doc, *record.questionnaire);
    const AnswerSet& got = *record.answers;
    if (!c.ids.empty()) {
      EXPECT_EQ(got.respondent.id.value_or("-"), c.ids[r]);
    }
    if (!c.times.empty()) {
      EXPECT_EQ(got.completed_at.value_or("-"), c.times[r]);
    }
    for (std::size_t i = 0; i < expected.answers.size(); ++i) {
      const std::string& id = record.questionnaire->questions[i].id;
      ASSERT_EQ(got.answers[i].has_value(), expected.answers[i].has_value()) << c.tool << " r" << r + 1 << " " << id;
      if (!expected.answers[i]) continue;
      EXPECT_EQ(got.answers[i]->na, expected.answers[i]->na) << c.tool << " r" << r + 1 << " " << id;
      EXPECT_TRUE(values_equal(got.answers[i]->value, expected.answers[i]->value))
          << c.tool << " r" << r + 1 << " " << id << ": " << to_display(got.answers[i]->value);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    , Reads,
    ::testing::Values(ToolCase{"google_forms", "google-forms/responses.csv", kEmails, kTimes},
                      ToolCase{"google_sheets", "google-sheets/responses.csv", kEmails, kTimes},
                      ToolCase{"microsoft_forms", "microsoft-forms/responses.xlsx", {"1", "2", "3", "4"}, kTimes},
                      ToolCase{"surveymonkey",
                               "surveymonkey/responses.csv",
                               {"11400000000", "11400000001", "11400000002", "11400000003"},
                               kTimes},
                      ToolCase{"typeform", "typeform/responses.csv", {}, kTimes},
                      ToolCase{"qualtrics",
                               "qualtrics/responses.csv",
                               {"R_0abcdefGHIJ", "R_1abcdefGHIJ", "R_2abcdefGHIJ", "R_3abcdefGHIJ"},
                               kTimes},
                      ToolCase{"limesurvey", "limesurvey/responses.csv", {"1", "2", "3", "4"}, kTimes},
                      ToolCase{"limesurvey_comma", "limesurvey/responses-comma.csv", {"1", "2", "3", "4"}, kTimes},
                      ToolCase{"surveyjs", "surveyjs/results.ndjson", {}, {}, "surveyjs"}),
    [](const ::testing::TestParamInfo<ToolCase>& p) { return std::string(p.param.tool); });

TEST(FormsRead, FromOverridesDetection) {
  const Registry registry;
  const auto records = read_all(data("google-sheets/responses.csv"), "google-forms", registry);
  ASSERT_EQ(records.size(), 4U);
  EXPECT_TRUE(records[0].errors.empty());
}

// A newer version beside the built-ins: with the same texts plus a question, the export
// keeps 2.0.0 (it leaves no question of 2.0.0 without a column); with the same texts
// only, the tie goes to the newest.
TEST(FormsRead, VersionHeaderMatchesBest) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("salesaudit-forms-versions-" + std::to_string(::getpid()));
  fs::create_directories(dir / "crisis-mode");
  auto doc =
      nlohmann::json::parse(read_input(std::string(SALESAUDIT_SOURCE_DIR) + "/questionnaires/crisis-mode/2.0.0.json"));
  doc["version"] = "3.0.0";
  doc.erase("migrations");
  std::ofstream(dir / "crisis-mode" / "3.0.0.json") << doc.dump();
  const std::string export_csv = data("google-forms/responses.csv");
  EXPECT_EQ(read_all(export_csv, "auto", Registry({dir.string()})).at(0).questionnaire->version, "3.0.0");
  auto extra = doc["questions"][7];
  extra["id"] = "del-extra";
  extra["text"] = "Is this a question only 3.0.0 asks?";
  doc["questions"].push_back(extra);
  std::ofstream(dir / "crisis-mode" / "3.0.0.json") << doc.dump();
  const auto records = read_all(export_csv, "auto", Registry({dir.string()}));
  EXPECT_EQ(records.at(0).questionnaire->version, "2.0.0");
  EXPECT_TRUE(records.at(0).errors.empty());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace salesaudit
