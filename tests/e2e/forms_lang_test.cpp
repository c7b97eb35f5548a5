// Forms in another language: `export --lang` writes the texts, labels and the writers'
// own phrases in that language (goldens in tests/e2e/golden/forms/*.fr.*), and the
// export of such a form scores with no map and no flag, as the English one does
// (tests/e2e/data/forms-roundtrip/fr, written by its generate.py). A German test
// translation and catalog stand for the language a consultant adds.

#include "e2e/run_cli.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

const std::string kRoundTrip = "tests/e2e/data/forms-roundtrip/";

struct Format {
  const char* name;
  const char* golden;
};

class FormsGoldenFr : public ::testing::TestWithParam<Format> {};

TEST_P(FormsGoldenFr, CrisisMode) {
  const auto r = run_cli({"export", "crisis-mode", "--to", GetParam().name, "--lang", "fr"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const std::string path = source_path(std::string("tests/e2e/golden/forms/") + GetParam().golden);
  if (const char* update = std::getenv("UPDATE_GOLDEN"); update != nullptr && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << r.out;
  }
  EXPECT_EQ(r.out, read_file(path)) << "golden: " << path << " (UPDATE_GOLDEN=1 regenerates)";
}

INSTANTIATE_TEST_SUITE_P(, FormsGoldenFr,
                         ::testing::Values(Format{"google-forms", "crisis-mode.fr.gs"},
                                           Format{"surveyjs", "crisis-mode.fr.surveyjs.json"},
                                           Format{"limesurvey", "crisis-mode.fr.limesurvey.txt"},
                                           Format{"qualtrics", "crisis-mode.fr.qualtrics.txt"},
                                           Format{"markdown", "crisis-mode.fr.md"}),
                         [](const auto& param_info) {
                           std::string name = param_info.param.name;
                           std::erase(name, '-');
                           return name;
                         });

TEST(FormsLang, FixedPhrasesTranslated) {
  const auto fr = run_cli({"export", "crisis-mode@2", "--to", "markdown", "--lang", "fr-CA"});
  ASSERT_EQ(fr.exit_code, 0) << fr.err;
  EXPECT_EQ(fr.err, "");  // fr-CA falls back to the French translation and catalog
  for (const char* phrase : {"Sans objet", "Répondez uniquement si vous avez répondu Oui à « ", "Cochez une seule",
                             "Votre réponse :", "(obligatoire)", "Délégation"}) {
    EXPECT_NE(fr.out.find(phrase), std::string::npos) << phrase;
  }
  for (const char* english : {"Not applicable", "Answer only if", "Tick one", "Your answer", "(required)"}) {
    EXPECT_EQ(fr.out.find(english), std::string::npos) << english;
  }
  const auto es = run_cli({"export", "crisis-mode", "--to", "google-forms", "--lang", "es"});
  ASSERT_EQ(es.exit_code, 0) << es.err;
  EXPECT_NE(es.out.find("'No aplica'"), std::string::npos);
  EXPECT_NE(es.out.find("'Sí'"), std::string::npos);
}

// Ids, values, conditions and structure are the same in every language.
TEST(FormsLang, SurveyJsSameStructure) {
  const auto en = nlohmann::json::parse(run_cli({"export", "crisis-mode", "--to", "surveyjs"}).out);
  const auto fr = nlohmann::json::parse(run_cli({"export", "crisis-mode", "--to", "surveyjs", "--lang", "fr"}).out);
  EXPECT_FALSE(en.contains("locale"));
  EXPECT_EQ(fr.value("locale", ""), "fr");
  ASSERT_EQ(fr["pages"].size(), en["pages"].size());
  for (std::size_t p = 0; p < en["pages"].size(); ++p) {
    const auto& a = en["pages"][p]["elements"];
    const auto& b = fr["pages"][p]["elements"];
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t e = 0; e < a.size(); ++e) {
      EXPECT_EQ(a[e]["name"], b[e]["name"]);
      EXPECT_EQ(a[e]["type"], b[e]["type"]);
      EXPECT_EQ(a[e].value("visibleIf", ""), b[e].value("visibleIf", ""));
      EXPECT_NE(a[e]["title"], b[e]["title"]) << a[e]["name"];
      if (!a[e].contains("choices")) continue;
      for (std::size_t c = 0; c < a[e]["choices"].size(); ++c) {
        EXPECT_EQ(a[e]["choices"][c]["value"], b[e]["choices"][c]["value"]);
      }
    }
  }
}

TEST(FormsLang, LimeSurveyLanguage) {
  const auto r = run_cli({"export", "crisis-mode", "--to", "limesurvey", "--lang", "es"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\tlanguage\t\tes\t"), std::string::npos);
  EXPECT_EQ(r.out.find("\ten\t"), std::string::npos);
}

TEST(FormsLang, UnknownLanguageWarns) {
  const auto r = run_cli({"export", "crisis-mode", "--to", "markdown", "--lang", "pt-BR"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "salesaudit: warning: no pt-BR translation of crisis-mode@3.0.0; its texts stay in en\n");
  EXPECT_EQ(r.out, run_cli({"export", "crisis-mode", "--to", "markdown"}).out);
}

// The French fixtures hold what the form exported with --lang fr shows: its question
// titles are the ones the Apps Script creates.
TEST(FormsLang, FixtureMatchesExport) {
  const auto script = run_cli({"export", "crisis-mode@2", "--to", "google-forms", "--lang", "fr"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  std::string unescaped = script.out;
  for (std::size_t at = 0; (at = unescaped.find("\\'", at)) != std::string::npos;) unescaped.erase(at, 1);
  const std::string header = read_file(source_path(kRoundTrip + "fr/google-forms.csv")).substr(0, 40000);
  std::istringstream fields(header.substr(0, header.find("\r\n")));
  std::string field;
  int titles = 0;
  while (std::getline(fields, field, '"')) {
    if (field.empty() || field == "," || field == "Timestamp") continue;
    ++titles;
    EXPECT_NE(unescaped.find(".setTitle('" + field + "')"), std::string::npos) << field;
  }
  EXPECT_GT(titles, 20);
}

std::string without_source(const std::string& csv) {
  std::istringstream in(csv);
  std::string line, out;
  while (std::getline(in, line)) {
    std::size_t i = 0;
    for (int field = 0; field < 2 && i <= line.size(); ++field) {
      bool quoted = false;
      while (i < line.size() && (quoted || line[i] != ',')) quoted = line[i++] == '"' ? !quoted : quoted;
      ++i;
    }
    out += (i <= line.size() ? line.substr(i) : std::string()) + "\n";
  }
  return out;
}

std::string reference_scores() {
  std::vector<std::string> args = {"score"};
  for (const char* r : {"r1", "r2", "r3", "r4"}) args.push_back(source_path(kRoundTrip + "answers/" + r + ".json"));
  args.insert(args.end(), {"--format", "csv"});
  const auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return without_source(r.out);
}

class RoundTripFr : public ::testing::TestWithParam<const char*> {};

TEST_P(RoundTripFr, Scores) {
  for (const std::vector<std::string>& extra : {std::vector<std::string>{}, std::vector<std::string>{"--lang", "fr"}}) {
    std::vector<std::string> args = {"score", source_path(kRoundTrip + "fr/" + GetParam() + ".csv"), "--format", "csv"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = run_cli(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
    const std::string expected = reference_scores();
    EXPECT_NE(expected.find("crisis-mode,2.0.0,"), std::string::npos) << expected;
    EXPECT_EQ(without_source(r.out), expected) << r.err;
  }
}

INSTANTIATE_TEST_SUITE_P(, RoundTripFr, ::testing::Values("google-forms", "limesurvey", "qualtrics"),
                         [](const auto& param_info) {
                           std::string name = param_info.param;
                           std::erase(name, '-');
                           return name;
                         });

// The same statistics; the respondents answered in French, so the report is French.
TEST(FormsLang, TeamReadsFrenchExport) {
  const auto fr = run_cli({"team", source_path(kRoundTrip + "fr/limesurvey.csv"), "--format", "json", "--lang", "en"});
  const auto en = run_cli({"team", source_path(kRoundTrip + "limesurvey.csv"), "--format", "json"});
  ASSERT_EQ(fr.exit_code, 0) << fr.err;
  EXPECT_EQ(fr.out, en.out);
  const auto text = run_cli({"team", source_path(kRoundTrip + "fr/google-forms.csv")});
  EXPECT_NE(text.out.find("Rapport d’équipe : Mode crise"), std::string::npos) << text.out;
  const auto english = run_cli({"team", source_path(kRoundTrip + "google-forms.csv")});
  EXPECT_NE(english.out.find("Team report: Crisis mode"), std::string::npos) << english.out;
}

TEST(FormsLang, MapSaysLanguage) {
  const auto r = run_cli({"map", source_path(kRoundTrip + "fr/google-forms.csv")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("read as a google-forms export, matched against crisis-mode@2.0.0, texts in fr\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("del-deputy (question text in fr)"), std::string::npos) << r.err;
  const auto en = run_cli({"map", source_path(kRoundTrip + "google-forms.csv")});
  EXPECT_NE(en.err.find("matched against crisis-mode@2.0.0, texts in en\n"), std::string::npos) << en.err;
  EXPECT_NE(en.err.find("del-deputy (question text)"), std::string::npos) << en.err;
}

// Headings that are question ids match every language alike: --lang says which labels
// the cells are in.
TEST(FormsLang, LangBreaksTie) {
  const fs::path file = fs::temp_directory_path() / ("salesaudit-tie-" + std::to_string(::getpid()) + ".csv");
  std::ofstream(file, std::ios::binary) << "\"Timestamp\",\"del-weekly-meeting\"\r\n"
                                        << "\"2026/11/20 9:12:00 AM GMT+1\",\"Mon adjoint\"\r\n";
  const auto plain = run_cli({"score", file.string(), "--format", "csv"});
  const auto french = run_cli({"score", file.string(), "--format", "csv", "--lang", "fr"});
  const auto map = run_cli({"map", file.string(), "--lang", "fr"});
  fs::remove(file);
  EXPECT_EQ(plain.exit_code, 65);
  EXPECT_NE(plain.err.find("\"Mon adjoint\" is no answer"), std::string::npos) << plain.err;
  EXPECT_EQ(french.exit_code, 0) << french.err;
  EXPECT_NE(map.err.find("texts in fr\n"), std::string::npos) << map.err;
}

// With the questionnaire's own texts matched, the words of its translations still read:
// "Non" is an answer, never a ticked option.
TEST(FormsLang, OwnTextsReadFrenchWords) {
  const fs::path file = fs::temp_directory_path() / ("salesaudit-oui-" + std::to_string(::getpid()) + ".csv");
  std::ofstream(file, std::ios::binary) << "\"Timestamp\",\"del-deputy\"\r\n"
                                        << "\"2026/11/20 9:12:00 AM GMT+1\",\"Non\"\r\n";
  const auto r = run_cli({"score", file.string(), "--format", "csv"});
  fs::remove(file);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("is no answer"), std::string::npos) << r.err;
}

// A value in the export's language that is no label of it names the French labels.
TEST(FormsLang, FrenchValueError) {
  std::string csv = read_file(source_path(kRoundTrip + "fr/google-forms.csv"));
  const std::string yes = "\"Oui\"";
  const auto at = csv.find(yes);
  ASSERT_NE(at, std::string::npos);
  csv.replace(at, yes.size(), "\"Peut-être\"");
  const fs::path file = fs::temp_directory_path() / ("salesaudit-fr-" + std::to_string(::getpid()) + ".csv");
  std::ofstream(file, std::ios::binary) << csv;
  const auto r = run_cli({"score", file.string(), "--format", "csv"});
  fs::remove(file);
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("\"Peut-être\" is no answer to question"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace salesaudit::e2e
