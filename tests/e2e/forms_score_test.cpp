// End-to-end: each form tool's export (tests/e2e/data/forms/, written by generate.py)
// scores exactly like the equivalent salesaudit answers documents, with no map and no
// flag; map prints the inferred map; bad values are error rows naming file:line:column.

#include "e2e/run_cli.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace salesaudit::e2e {
namespace {

std::string data(const std::string& relative) {
  return source_path("tests/e2e/data/forms/" + relative);
}

// The score columns of each row of `score --format csv` (source and respondent dropped).
std::vector<std::string> scores(const std::string& csv) {
  std::vector<std::string> out;
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    const auto first = line.find(',');
    const auto second = line.find(',', first + 1);
    out.push_back(line.substr(second + 1));
  }
  return out;
}

std::vector<std::string> reference_scores() {
  std::vector<std::string> args = {"score"};
  for (int i = 1; i <= 4; ++i) args.push_back(data("answers/r" + std::to_string(i) + ".json"));
  args.insert(args.end(), {"--format", "csv"});
  auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return scores(r.out);
}

struct Tool {
  const char* name;
  const char* file;
  const char* from;
};

// The tool's name, so ctest lines stay short.
void PrintTo(const Tool& tool, std::ostream* os) {
  *os << tool.name;
}

class FormTool : public ::testing::TestWithParam<Tool> {};

TEST_P(FormTool, SameScores) {
  // --quiet: one respondent answers too little on purpose; its warnings are tested elsewhere.
  std::vector<std::string> args = {"score", data(GetParam().file), "--format", "csv", "--quiet"};
  if (GetParam().from != nullptr) args.insert(args.end(), {"--from", GetParam().from});
  auto r = run_cli(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "scored 4, failed 0\n");
  const auto got = scores(r.out);
  EXPECT_EQ(got, reference_scores());
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0].rfind("crisis-mode,2.0.0,", 0), 0U) << got[0];
}

// The whole output, against tests/e2e/golden/forms/<tool>.csv (places relative to the
// fixtures' folder): where each row is, the tool's respondent id, version and scores.
TEST_P(FormTool, Golden) {
  std::vector<std::string> args = {"score", data(GetParam().file), "--format", "csv"};
  if (GetParam().from != nullptr) args.insert(args.end(), {"--from", GetParam().from});
  auto r = run_cli(args);
  std::string out = r.out;
  const std::string prefix = data("");
  for (auto at = out.find(prefix); at != std::string::npos; at = out.find(prefix, at)) out.erase(at, prefix.size());
  const std::string tool = std::string(GetParam().file).substr(0, std::string(GetParam().file).find('/'));
  EXPECT_EQ(out, read_file(source_path("tests/e2e/golden/forms/" + tool + ".csv")));
}

TEST_P(FormTool, TeamHtml) {
  std::vector<std::string> args = {"team", data(GetParam().file), "--format", "html"};
  if (GetParam().from != nullptr) args.insert(args.end(), {"--from", GetParam().from});
  auto r = run_cli(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<html"), std::string::npos);
  // The hostile text answer stays text: never a live formula or markup.
  EXPECT_EQ(r.out.find("<script"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(, FormTool,
                         ::testing::Values(Tool{"google_forms", "google-forms/responses.csv", nullptr},
                                           Tool{"google_sheets", "google-sheets/responses.csv", nullptr},
                                           Tool{"microsoft_forms", "microsoft-forms/responses.xlsx", nullptr},
                                           Tool{"surveymonkey", "surveymonkey/responses.csv", nullptr},
                                           Tool{"typeform", "typeform/responses.csv", nullptr},
                                           Tool{"qualtrics", "qualtrics/responses.csv", nullptr},
                                           Tool{"limesurvey", "limesurvey/responses.csv", nullptr},
                                           Tool{"surveyjs", "surveyjs/results.ndjson", nullptr},
                                           Tool{"surveyjs_from", "surveyjs/results.ndjson", "surveyjs"}),
                         [](const ::testing::TestParamInfo<Tool>& p) { return std::string(p.param.name); });

// SurveyJS results need no --from: one saved survey.data object is one report, with the
// scores of the same respondent's NDJSON line; an array is one row per member.
TEST(FormsScore, SurveyJsOneResult) {
  const auto one = run_cli({"score", data("surveyjs/result.json"), "--format", "json"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  const auto lines = run_cli({"score", data("surveyjs/results.ndjson"), "--format", "csv"});
  ASSERT_EQ(lines.exit_code, 0) << lines.err;
  ASSERT_FALSE(scores(lines.out).empty());
  const std::string first = scores(lines.out)[0];  // crisis-mode,2.0.0,OVERALL,...
  const std::string overall = first.substr(18, first.find(',', 18) - 18);
  EXPECT_EQ(first.rfind("crisis-mode,2.0.0,", 0), 0U) << first;
  EXPECT_NE(one.out.find("\"score\": " + overall + ","), std::string::npos) << overall << "\n" << one.out;
}

TEST(FormsScore, SurveyJsArrayBadValue) {
  const std::string file = source_path("tests/e2e/data/malformed/f-surveyjs-bad.json");
  const auto r = run_cli({"score", file, "--format", "csv"});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.out.find(file + ": /0,,crisis-mode,2.0.0,"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find(file + ": /1/del-deputy: \"maybe\" is no answer to question \"del-deputy\""), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("scored 1, failed 1"), std::string::npos) << r.err;
}

// An answers document without "format" is still salesaudit's, with salesaudit's error.
TEST(FormsScore, NoFormatIsNotSurveyJs) {
  const std::string file = testing::TempDir() + "no-format.json";
  std::ofstream(file) << R"({"questionnaire": {"id": "crisis-mode"}, "answers": {"del-deputy": true}})";
  const auto r = run_cli({"score", file});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("format"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("SurveyJS"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("is not a question"), std::string::npos) << r.err;
}

// Microsoft Forms writes its metadata headings in the exporter's language.
TEST(FormsScore, MicrosoftFormsJapanese) {
  const std::string file = data("microsoft-forms/responses-ja.xlsx");
  const auto r = run_cli({"score", file, "--format", "csv", "--quiet"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(scores(r.out), reference_scores());
  EXPECT_NE(r.out.find(file + ":Sheet1!2,1,crisis-mode,2.0.0,"), std::string::npos) << r.out;
  const auto m = run_cli({"map", file});
  EXPECT_NE(m.err.find("\"完了時刻\": null (metadata: completion time)"), std::string::npos) << m.err;
}

TEST(FormsScore, PlaceAndRespondent) {
  const std::string file = data("google-forms/responses.csv");
  auto r = run_cli({"score", file, "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\r\n" + file + ":2,ana@example.com,crisis-mode,2.0.0,"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\r\n" + file + ":5,dan@example.com,crisis-mode,2.0.0,"), std::string::npos) << r.out;
  const std::string xlsx = data("microsoft-forms/responses.xlsx");
  r = run_cli({"score", xlsx, "--format", "csv"});
  EXPECT_NE(r.out.find("\r\n" + xlsx + ":Sheet1!2,1,crisis-mode,2.0.0,"), std::string::npos) << r.out;
}

TEST(FormsScore, BadLabelIsErrorRow) {
  const std::string file = source_path("tests/e2e/data/malformed/f-bad-label.csv");
  auto r = run_cli({"score", file, "--format", "csv"});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find(file + ":2:34: \"Sometimes\" is no answer to question \"del-deputy-authority\""),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("accepted: one of \"They pass every decision back to me\", \"Agreed verbally, nothing in "
                       "writing\""),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("scored 1, failed 1"), std::string::npos) << r.err;
}

TEST(FormsScore, UnknownColumnNamesClosest) {
  const std::string file = source_path("tests/e2e/data/malformed/f-unknown-column.csv");
  // Pinned: one matched column ties every version, and a tie goes to the newest.
  auto r = run_cli({"score", file, "--format", "csv", "--questionnaire", "crisis-mode@2.0.0"});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find(file + ":1:25: column \"How often did you ask your reps for options?\" matches no question of "
                              "crisis-mode@2.0.0"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("closest: \"In the last 30 days, when a rep brought you a problem"), std::string::npos) << r.err;
}

TEST(FormsMap, PrintsInferredMapScoresSame) {
  const std::string file = data("typeform/responses.csv");
  auto r = run_cli({"map", file});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\n  \"#\": null,\n  \"In a typical week over the last 30 days, how many problems did reps "
                        "bring you with no proposed fix?\": \"dep-no-fix-count\",",
                        0),
            0U)
      << r.out;
  EXPECT_NE(r.out.find("\"Open deals with their next steps\": \"del-handover\""), std::string::npos);
  EXPECT_NE(r.err.find("read as a typeform export, matched against crisis-mode@2.0.0"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("column 1 \"#\": null (metadata: response id)"), std::string::npos) << r.err;
  const std::string map = (std::filesystem::temp_directory_path() / "salesaudit-forms-map.json").string();
  std::ofstream(map) << r.out;
  auto mapped = run_cli({"score", file, "--map", map, "--format", "csv"});
  auto plain = run_cli({"score", file, "--format", "csv"});
  EXPECT_EQ(mapped.exit_code, 0) << mapped.err;
  EXPECT_EQ(mapped.out, plain.out);
  std::filesystem::remove(map);
}

TEST(FormsMap, UnknownColumnExits65) {
  auto r = run_cli({"map", source_path("tests/e2e/data/malformed/f-unknown-column.csv")});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("matches no question"), std::string::npos) << r.err;
}

TEST(FormsScore, UnknownFromIsAUsageError) {
  auto r = run_cli({"score", data("google-forms/responses.csv"), "--from", "jotform"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("jotform"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("google-forms"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace salesaudit::e2e
