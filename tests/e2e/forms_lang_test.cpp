// Forms in another language: `export --lang` writes the texts, labels and the writers'
// own phrases in that language (goldens in tests/e2e/golden/forms/*.fr.*).

#include "e2e/run_cli.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace salesaudit::e2e {
namespace {

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

}  // namespace
}  // namespace salesaudit::e2e
