// Translation documents, language tags and the language precedence (translations-v1).

#include "test_util.hpp"

#include <salesaudit/language.hpp>
#include <salesaudit/lint.hpp>
#include <salesaudit/scoring.hpp>
#include <salesaudit/translation.hpp>

#include <cstdlib>

namespace salesaudit {
namespace {

using testing::diagnostics_of;
using testing::small_questionnaire;

std::string doc(const std::string& body, const std::string& version = "1.2.0") {
  return R"({"format": "salesaudit.translation/v1", "questionnaire": {"id": "small", "version": ")" + version +
         R"("}, "language": "fr-CA")" + (body.empty() ? "" : ", " + body) + "}";
}

TEST(LanguageTag, Normalizes) {
  EXPECT_EQ(normalize_language_tag("fr_CA.UTF-8"), "fr-CA");
  EXPECT_EQ(normalize_language_tag("FR-ca"), "fr-CA");
  EXPECT_EQ(normalize_language_tag("de_DE@euro"), "de-DE");
  EXPECT_EQ(normalize_language_tag("zh-hant-tw"), "zh-Hant-TW");
  EXPECT_EQ(normalize_language_tag("es-419"), "es-419");
  EXPECT_EQ(normalize_language_tag("C"), "");
  EXPECT_EQ(normalize_language_tag("C.UTF-8"), "");
  EXPECT_EQ(normalize_language_tag("POSIX"), "");
  EXPECT_EQ(normalize_language_tag("x"), "");
  EXPECT_EQ(normalize_language_tag("fr--CA"), "");
  EXPECT_EQ(normalize_language_tag("fr CA"), "");
}

TEST(LanguageTag, FallsBackToPrimary) {
  EXPECT_EQ(language_fallbacks("fr-CA"), (std::vector<std::string>{"fr-CA", "fr"}));
  EXPECT_EQ(language_fallbacks("ja"), (std::vector<std::string>{"ja"}));
  EXPECT_TRUE(language_fallbacks("C").empty());
}

TEST(LanguageChoice, FollowsPrecedence) {
  ::setenv("LANGUAGE", "", 1);
  ::setenv("LC_ALL", "", 1);
  ::setenv("LC_MESSAGES", "es_MX.UTF-8", 1);
  ::setenv("LANG", "de_DE.UTF-8", 1);
  EXPECT_EQ(choose_language("fr", "de", true, "en").tag, "fr");
  EXPECT_EQ(choose_language(std::nullopt, "de", true, "en").tag, "de");
  EXPECT_EQ(choose_language(std::nullopt, std::nullopt, true, "en").tag, "es-MX");
  EXPECT_EQ(choose_language(std::nullopt, std::nullopt, false, "en").tag, "en");  // machine formats
  ::setenv("LANGUAGE", "pt_BR:fr", 1);
  EXPECT_EQ(choose_language(std::nullopt, std::nullopt, true, "en").tag, "pt-BR");
  ::setenv("LANGUAGE", "", 1);
  ::setenv("LC_ALL", "C", 1);  // LC_ALL=C names no language: the questionnaire's
  EXPECT_EQ(choose_language(std::nullopt, std::nullopt, true, "en").tag, "en");
  for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) ::unsetenv(name);
}

TEST(TranslationFile, Names) {
  const auto name = parse_translation_file_name("2.0.0.fr_CA.json");
  ASSERT_TRUE(name);
  EXPECT_EQ(name->version, "2.0.0");
  EXPECT_EQ(name->language, "fr-CA");
  EXPECT_FALSE(parse_translation_file_name("2.0.0.json"));
  EXPECT_FALSE(parse_translation_file_name("2.0.fr.json"));
  EXPECT_FALSE(parse_translation_file_name("2.0.0.fr.txt"));
}

TEST(Translation, StringByString) {
  const Questionnaire q = small_questionnaire();
  const Translation t = load_translation(doc(R"("title": "Petit", "bands": {"crisis": "Mode crise"},
      "questions": {"lik": {"text": "L ?", "labels": ["un", "deux", "trois", "quatre", "cinq"]},
                    "who": {"options": {"deputy": "Adjoint"}}},
      "recommendations": {"rec-a": {"title": "Rec A fr"}}, "red_flags": {"no-deputy": "Pas d'adjoint."})"),
                                         "small.fr-CA.json", &q);
  const Questionnaire fr = apply_translation(q, t);
  EXPECT_EQ(fr.title, "Petit");
  EXPECT_EQ(fr.language, "fr-CA");
  EXPECT_EQ(fr.bands[0].label, "Mode crise");
  EXPECT_EQ(fr.bands[1].label, "At risk");  // untranslated: the original
  EXPECT_EQ(fr.questions[0].text, "L ?");
  EXPECT_EQ(fr.questions[0].labels[4], "cinq");
  EXPECT_EQ(fr.questions[3].options[1].label, "Adjoint");
  EXPECT_EQ(fr.questions[3].options[0].label, "Me");
  EXPECT_EQ(fr.recommendations[0].title, "Rec A fr");
  EXPECT_EQ(fr.recommendations[0].action, "Do A.");
  EXPECT_EQ(fr.red_flags[0].message, "Pas d'adjoint.");
  EXPECT_EQ(fr.sha256(), q.sha256());  // translations are not part of the content hash
  EXPECT_EQ(fr.questions[0].id, "lik");
}

TEST(Translation, ScoresDoNotDepend) {
  const Questionnaire q = small_questionnaire();
  const Questionnaire fr = apply_translation(q, load_translation(doc(R"("title": "Petit")"), "small.fr-CA.json", &q));
  const AnswerSet answers =
      load_answers(testing::answers_doc(R"("lik": 4, "rev": 2, "deputy": true, "who": "deputy")"), "a.json", q);
  const ScoreCard a = score(q, answers);
  const ScoreCard b = score(fr, answers);
  EXPECT_EQ(a.overall, b.overall);
  EXPECT_EQ(a.recommendations.size(), b.recommendations.size());
}

TEST(Translation, ErrorsHaveThePointer) {
  const Questionnaire q = small_questionnaire();
  const auto errors = diagnostics_of([&] {
    (void)load_translation(doc(R"("questions": {"nope": {"text": "x"}, "lik": {"labels": ["a"]},
        "deputy": {"options": {"yes": "Oui"}}, "who": {"options": {"maybe": "x"}}, "checks": {"unit": ""}},
        "bands": {"gold": "Or"}, "titel": "x")"),
                           "t.json", &q);
  });
  auto has = [&](const std::string& text) {
    for (const auto& e : errors) {
      if (e.find(text) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("t.json: /questions/nope: the questionnaire has no question \"nope\"")) << errors.front();
  EXPECT_TRUE(has("t.json: /questions/lik/labels: expected 5 labels"));
  EXPECT_TRUE(has("t.json: /questions/deputy/options: question \"deputy\" is not a choice question"));
  EXPECT_TRUE(has("t.json: /questions/who/options/maybe: question \"who\" has no option \"maybe\""));
  EXPECT_TRUE(has("t.json: /questions/checks/unit: empty text"));
  EXPECT_TRUE(has("t.json: /bands/gold: the questionnaire has no band \"gold\""));
  EXPECT_TRUE(has("t.json: /titel: unknown key \"titel\""));
  const auto version = diagnostics_of([&] { (void)load_translation(doc("", "9.0.0"), "v.json", &q); });
  ASSERT_EQ(version.size(), 1u);
  EXPECT_NE(version[0].find("v.json: /questionnaire/version: "), std::string::npos) << version[0];
}

TEST(Translation, LintListsUntranslated) {
  const Questionnaire q = small_questionnaire();
  const Translation t = load_translation(doc(R"("title": "Small", "bands": {"crisis": "Mode crise"})"), "t.json", &q);
  const auto findings = lint_translation(q, t);
  bool copied_title = false;
  bool missing_band = false;
  for (const auto& f : findings) {
    copied_title = copied_title || (f.pointer == "/title" && f.rule == "copied");
    missing_band = missing_band || (f.pointer == "/bands/at_risk" && f.rule == "untranslated");
  }
  EXPECT_TRUE(copied_title);
  EXPECT_TRUE(missing_band);
  const Translation full = load_translation(translation_skeleton(q, "fr-CA"), "skeleton.json", &q);
  EXPECT_TRUE(untranslated_texts(q, full).empty());  // the skeleton holds every text
}

}  // namespace
}  // namespace salesaudit
