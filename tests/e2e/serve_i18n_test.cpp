// serve in the respondent's language: the pages, the questionnaire texts and the
// language recorded in each answers file (translations-v1).

#include "e2e/run_cli.hpp"
#include "e2e/serve_process.hpp"

#include <cstdlib>

namespace salesaudit::e2e {
namespace {

std::string token_of(const std::string& location) {
  return location.size() >= 25 ? location.substr(3, 22) : std::string();
}

TEST(ServeI18n, SpanishPages) {
  const auto dir = fresh_dir("serve-es");
  ServeProcess s(dir, {"--lang", "es"});
  ASSERT_TRUE(s.ready());
  auto c = s.client();
  const auto join = c.Get("/");
  ASSERT_TRUE(join);
  EXPECT_NE(join->body.find("<html lang=\"es\">"), std::string::npos);
  EXPECT_NE(join->body.find(">Comenzar</button>"), std::string::npos) << join->body;
  EXPECT_NE(join->body.find("Sobre usted"), std::string::npos);
  EXPECT_NE(join->body.find("Modo crisis"), std::string::npos);
  EXPECT_EQ(join->body.find(">Start</button>"), std::string::npos);
  const std::string token = token_of(see_other(s.post(c, "/start", "name=Ana&team=Norte&role=gerente")));
  ASSERT_FALSE(token.empty());
  const std::string saved = read_file(dir + "/" + token + ".json");
  EXPECT_NE(saved.find("\"language\": \"es\""), std::string::npos) << saved;
  const auto first = c.Get(("/r/" + token).c_str());
  ASSERT_TRUE(first);
  const auto page = c.Get(see_other(first).c_str());
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("Siguiente"), std::string::npos) << page->body;
  EXPECT_NE(page->body.find("Pregunta 1 de"), std::string::npos);
}

TEST(ServeI18n, GermanPagesFromOneFile) {
  ::setenv("SALESAUDIT_LOCALEDIR", SALESAUDIT_TEST_LOCALE, 1);
  const auto dir = fresh_dir("serve-de");
  ServeProcess s(dir, {"mini", "--lang", "de", "--questionnaire-path", source_path("tests/e2e/data/i18n")});
  ::unsetenv("SALESAUDIT_LOCALEDIR");
  ASSERT_TRUE(s.ready());
  auto c = s.client();
  const auto join = c.Get("/");
  ASSERT_TRUE(join);
  EXPECT_NE(join->body.find("Mini-Audit für Übersetzungstests"), std::string::npos) << join->body;
  const std::string token = token_of(see_other(s.post(c, "/start", "name=Jo")));
  ASSERT_FALSE(token.empty());
  const auto page = c.Get(("/r/" + token + "/q/ask-options").c_str());
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("Wie oft fragen Sie Ihre Verkäufer"), std::string::npos) << page->body;
  EXPECT_NE(read_file(dir + "/" + token + ".json").find("\"language\": \"de\""), std::string::npos);
}

}  // namespace
}  // namespace salesaudit::e2e
