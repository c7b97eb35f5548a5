// Languages end to end (translations-v1): the built-in French and Spanish, the choice of
// language from the environment on a machine where that locale was never generated, a
// German and a Japanese test translation, machine formats that never change, and bad
// translation documents.

#include "e2e/run_cli.hpp"

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cwchar>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

std::string quote(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs the binary with exactly `env` as its environment (env -i), like a fresh system.
CliResult run_clean(const std::string& env, const std::vector<std::string>& args, const std::string& stdin_file = "") {
  const fs::path err = fs::temp_directory_path() / ("salesaudit-i18n-err-" + std::to_string(::getpid()));
  std::string command = "env -i " + env + " " + quote(SALESAUDIT_BIN);
  for (const auto& a : args) command += " " + quote(a);
  command += " 2>" + quote(err.string());
  command += stdin_file.empty() ? " </dev/null" : " <" + quote(stdin_file);
  CliResult r;
  FILE* pipe = ::popen(command.c_str(), "r");
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  const int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = read_file(err.string());
  fs::remove(err);
  return r;
}

std::string data(const std::string& name) {
  return source_path("tests/e2e/data/i18n/" + name);
}

fs::path temp_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("salesaudit-i18n-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// Display columns, measured by glibc's wcwidth under C.UTF-8 (independent of the tool).
std::size_t columns(const std::string& line) {
  std::setlocale(LC_CTYPE, "C.UTF-8");
  std::mbstate_t state{};
  std::size_t width = 0;
  const char* p = line.data();
  const char* end = p + line.size();
  while (p < end) {
    wchar_t wc = 0;
    const std::size_t n = std::mbrtowc(&wc, p, static_cast<std::size_t>(end - p), &state);
    if (n == 0 || n > static_cast<std::size_t>(end - p)) return 1000;  // invalid: fail the check
    const int w = ::wcwidth(wc);
    width += w > 0 ? static_cast<std::size_t>(w) : 0;
    p += n;
  }
  return width;
}

// --- the built-in French and Spanish: goldens of every human format ---
// The three example respondents, migrated to the newest crisis-mode (data/i18n/answers/),
// and the twelve of the team tests likewise (data/i18n/team/, from data/team/answers
// with `salesaudit migrate --to crisis-mode@3.0.0`).

struct GoldenCase {
  std::string command;  // score, team or diff
  std::string input;    // under tests/e2e/data/i18n/
  std::string golden;   // under tests/e2e/golden/i18n/, before .<lang><ext>
  std::string lang;
  std::string ext;
  std::vector<std::string> args;
};

class I18nGolden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(I18nGolden, Match) {
  const GoldenCase& c = GetParam();
  std::vector<std::string> args = {c.command};
  std::istringstream inputs(c.input);
  for (std::string word; inputs >> word;) {
    const std::string& input = word;  // a const string: data(), not std::data()
    args.push_back(data(input));
  }
  args.insert(args.end(), {"--lang", c.lang});
  if (c.command != "diff") args.push_back("--quiet");
  args.insert(args.end(), c.args.begin(), c.args.end());
  CliResult r = run_clean("COLUMNS=80 NO_COLOR=1 LC_ALL=C.UTF-8", args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  // diff names its inputs: the goldens hold them relative to the source tree.
  const std::string prefix = std::string(SALESAUDIT_SOURCE_DIR) + "/";
  for (auto at = r.out.find(prefix); at != std::string::npos; at = r.out.find(prefix, at))
    r.out.erase(at, prefix.size());
  const std::string path = source_path("tests/e2e/golden/i18n/" + c.golden + "." + c.lang + c.ext);
  if (const char* update = std::getenv("UPDATE_GOLDEN"); update != nullptr && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << r.out;
  }
  EXPECT_EQ(r.out, read_file(path)) << "golden: " << path << " (UPDATE_GOLDEN=1 regenerates)";
}

std::vector<GoldenCase> golden_cases() {
  std::vector<GoldenCase> all;
  const std::vector<std::pair<std::string, std::vector<std::string>>> formats = {
      {".txt", {}}, {".md", {"--format", "markdown"}}, {".html", {"--format", "html"}}};
  for (const char* lang : {"fr", "es"}) {
    for (const auto& [ext, args] : formats) {
      for (const char* who : {"crisis", "average", "in-control"}) {
        all.push_back({"score", std::string("answers/") + who + ".json", who, lang, ext, args});
      }
      std::vector<std::string> explain = args;
      explain.push_back("--explain");
      all.push_back({"score", "answers/average.json", "explain", lang, ext, explain});  // the average respondent
      all.push_back({"team", "team", "team", lang, ext, args});
      if (ext != ".html") {  // diff writes text and Markdown
        all.push_back({"diff", "answers/crisis.json answers/in-control.json", "diff", lang, ext, args});
      }
    }
  }
  return all;
}

std::string golden_name(const ::testing::TestParamInfo<GoldenCase>& info) {
  std::string name = info.param.golden + "_" + info.param.lang + "_" + info.param.ext.substr(1);
  for (char& ch : name) ch = std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(, I18nGolden, ::testing::ValuesIn(golden_cases()), golden_name);

TEST(I18n, FrenchReportHasFrenchPhrases) {
  const CliResult r =
      run_clean("COLUMNS=80 LC_ALL=C.UTF-8", {"score", data("answers/average.json"), "--lang", "fr-CA"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ACTIONS PRIORITAIRES"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Délégation"), std::string::npos);  // the questionnaire's texts, fr-CA -> fr
  EXPECT_EQ(r.out.find("TOP ACTIONS"), std::string::npos);
}

// --- machine formats ---

TEST(I18n, JsonIgnoresTheEnvironment) {
  const std::vector<std::string> args = {"score", data("answers/crisis.json"), "--format", "json", "--quiet"};
  const CliResult plain = run_clean("", args);
  const CliResult french = run_clean("LANG=fr_CA.UTF-8", args);
  const CliResult spanish = run_clean("LANGUAGE=es LC_ALL=es_MX.UTF-8", args);
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(french.out, plain.out);
  EXPECT_EQ(spanish.out, plain.out);
  EXPECT_EQ(french.err, "");
}

TEST(I18n, JsonTranslatedOnlyWithLang) {
  const CliResult r = run_clean("", {"score", data("answers/crisis.json"), "--format", "json", "--lang", "fr"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Délégation"), std::string::npos);
  // Numbers and ids keep their machine form.
  const CliResult plain = run_clean("", {"score", data("answers/crisis.json"), "--format", "json"});
  EXPECT_NE(plain.out.find("\"overall\""), std::string::npos);
  EXPECT_EQ(r.out.find(",5"), plain.out.find(",5"));
}

TEST(I18n, CsvRowsSameWithLang) {
  const std::vector<std::string> args = {"score", data("answers/"), "--format", "csv"};
  const CliResult plain = run_clean("", args);
  std::vector<std::string> with_lang = args;
  with_lang.insert(with_lang.end(), {"--lang", "fr"});
  const CliResult french = run_clean("LANG=fr_FR.UTF-8", with_lang);
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(french.out, plain.out);
}

// --- a locale that was never generated: fr_CA.UTF-8 on a fresh system ---

TEST(I18n, RunAsksInFrenchFromLang) {
  const fs::path dir = temp_dir("run-fr");
  const fs::path replies = dir / "replies.txt";
  std::ofstream(replies) << "\n\n\n" << std::string(40, '\n');  // name, team, role, then Enter
  const fs::path answers = dir / "answers.json";
  const CliResult r = run_clean("LANG=fr_CA.UTF-8", {"run", "--answers", answers.string()}, replies.string());
  // Enter alone does not answer a required question: the run stops at the end of input.
  EXPECT_NE(r.err.find("À propos de vous"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Mode crise"), std::string::npos) << r.err;
  const std::string saved = read_file(answers.string());
  EXPECT_NE(saved.find("\"language\": \"fr-CA\""), std::string::npos) << saved;
  fs::remove_all(dir);
}

TEST(I18n, RunReportsInFrench) {
  const fs::path dir = temp_dir("run-fr-report");
  const fs::path replies = dir / "replies.txt";
  std::ofstream(replies) << "\n\n\n"
                         << "3\ny\n1\n\n";
  const fs::path answers = dir / "answers.json";
  const CliResult r =
      run_clean("LANG=fr_CA.UTF-8 COLUMNS=80",
                {"--questionnaire-path", data(""), "run", "mini", "--answers", answers.string()}, replies.string());
  // mini has no French translation: its texts stay English, with one warning, but the
  // tool's phrases and the numbers are French.
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("no fr-CA translation of mini@1.0.0"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("SCORE GLOBAL"), std::string::npos) << r.out;
  fs::remove_all(dir);
}

// --- a German and a Japanese translation written for the tests ---

TEST(I18n, RunAsksInGerman) {
  const fs::path dir = temp_dir("run-de");
  const fs::path replies = dir / "replies.txt";
  std::ofstream(replies) << "Test\n\n\n"
                         << "1\nn\n1\n\n";
  const fs::path answers = dir / "answers.json";
  const CliResult r = run_clean(
      "LANG=C.UTF-8 COLUMNS=80 SALESAUDIT_LOCALEDIR=" SALESAUDIT_TEST_LOCALE,
      {"--questionnaire-path", data(""), "run", "mini", "--lang", "de", "--accessible", "--answers", answers.string()},
      replies.string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("Wie oft fragen Sie Ihre Verkäufer"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Über Sie"), std::string::npos) << r.err;  // the test de.po
  EXPECT_NE(r.out.find("WICHTIGSTE MASSNAHMEN"), std::string::npos) << r.out;
  EXPECT_NE(read_file(answers.string()).find("\"language\": \"de\""), std::string::npos);
  // Scoring the saved answers follows their language, whatever the environment says.
  const CliResult again = run_clean("LANG=es_MX.UTF-8 SALESAUDIT_LOCALEDIR=" SALESAUDIT_TEST_LOCALE,
                                    {"--questionnaire-path", data(""), "score", answers.string()});
  EXPECT_NE(again.out.find("Abhängigkeit"), std::string::npos) << again.out;
  fs::remove_all(dir);
}

// What a consultant adds for German: a translation beside the questionnaire
// (data/i18n/mini/1.0.0.de.json) and a catalog compiled like po/*.po (data/i18n/de.po).
// The form exported in German reads back with no map: German texts, labels and "Nein".
TEST(I18n, GermanFormRoundTrip) {
  const std::string env = "LANG=C.UTF-8 SALESAUDIT_LOCALEDIR=" SALESAUDIT_TEST_LOCALE;
  const CliResult form =
      run_clean(env, {"--questionnaire-path", data(""), "export", "mini", "--to", "google-forms", "--lang", "de"});
  ASSERT_EQ(form.exit_code, 0) << form.err;
  EXPECT_EQ(form.err, "");
  EXPECT_NE(form.out.find(".setTitle('Haben Sie eine Vertretung für Ihre Abwesenheiten benannt?')"), std::string::npos)
      << form.out;
  EXPECT_NE(form.out.find("'Ja', 'Nein'"), std::string::npos) << form.out;
  EXPECT_NE(form.out.find("'Ich selbst, aus der Ferne'"), std::string::npos);
  const std::vector<std::string> csv = {"--format", "csv", "--questionnaire-path", data("")};
  std::vector<std::string> args = {"score", data("mini-de-google-forms.csv")};
  args.insert(args.end(), csv.begin(), csv.end());
  const CliResult german = run_clean(env, args);
  ASSERT_EQ(german.exit_code, 0) << german.err;
  std::vector<std::string> reference = {"score", data("mini-answers.json")};
  reference.insert(reference.end(), csv.begin(), csv.end());
  const CliResult english = run_clean(env, reference);
  auto scores = [](const std::string& out) {  // the rows without source and respondent
    std::string rows;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) rows += line.substr(line.find(',', line.find(',') + 1)) + "\n";
    return rows;
  };
  EXPECT_EQ(scores(german.out), scores(english.out));
  const CliResult team =
      run_clean(env, {"--questionnaire-path", data(""), "team", data("mini-de-google-forms.csv"), "--lang", "de"});
  EXPECT_NE(team.out.find("Teambericht: Mini-Audit für Übersetzungstests 1.0.0 (mini)"), std::string::npos)
      << team.out << team.err;
  // Without the German catalog, "Nein" is no answer: the catalog is what reads it.
  const CliResult no_catalog = run_clean("LANG=C.UTF-8 SALESAUDIT_LOCALEDIR=/nonexistent", args);
  EXPECT_EQ(no_catalog.exit_code, 65);
  EXPECT_NE(no_catalog.err.find("\"Nein\" is no answer"), std::string::npos) << no_catalog.err;
}

TEST(I18n, JapaneseReportFitsFortyColumns) {
  for (const char* lang : {"ja", "de"}) {
    const CliResult r =
        run_clean("COLUMNS=40 LC_ALL=C.UTF-8",
                  {"--questionnaire-path", data(""), "score", data("mini-answers.json"), "--lang", lang, "--top", "0"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::istringstream lines(r.out);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
      ++count;
      EXPECT_LE(columns(line), 40u) << lang << ": " << line;
    }
    EXPECT_GT(count, 10);
  }
}

TEST(I18n, TranslationFileOption) {
  const CliResult r = run_clean("", {"--questionnaire-path", data(""), "score", data("mini-answers.json"),
                                     "--translation", data("mini/1.0.0.ja.json")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("依存度"), std::string::npos) << r.out;
}

TEST(I18n, UnknownLanguageWarnsOnce) {
  const CliResult r = run_clean("", {"score", data("answers/average.json"), "--lang", "pt-BR"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string warning = "salesaudit: warning: no pt-BR translation of crisis-mode@3.0.0; its texts stay in en\n";
  EXPECT_EQ(r.err.rfind(warning, 0), 0u) << r.err;
  EXPECT_EQ(r.err.find(warning, 1), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("TOP ACTIONS"), std::string::npos);
}

TEST(I18n, QuietSilencesNoTranslation) {
  for (const char* command : {"score", "team"}) {
    const CliResult r = run_clean("", {command, data("answers/average.json"), "--lang", "pt-BR", "--quiet"});
    ASSERT_EQ(r.exit_code, 0) << command << ": " << r.err;
    EXPECT_EQ(r.err, "") << command;
  }
  // Without --quiet, team warns as score does.
  const CliResult team = run_clean("", {"team", data("answers/average.json"), "--lang", "pt-BR"});
  EXPECT_NE(team.err.find("no pt-BR translation of crisis-mode@3.0.0"), std::string::npos) << team.err;
}

// --- validate, lint and bad translations ---

TEST(I18n, ValidateAndLintBuiltins) {
  for (const char* name : {"2.0.0.fr", "2.0.0.es", "3.0.0.fr", "3.0.0.es"}) {
    const std::string file = source_path(std::string("questionnaires/crisis-mode/") + name + ".json");
    const CliResult v = run_clean("", {"validate", file});
    EXPECT_EQ(v.exit_code, 0) << v.err;
    const CliResult l = run_clean("", {"lint", file, "--strict"});
    EXPECT_EQ(l.exit_code, 0) << l.out << l.err;
    EXPECT_NE(l.out.find(": 0 findings"), std::string::npos) << l.out;
  }
}

TEST(I18n, LintListsUntranslated) {
  const CliResult r = run_clean("", {"--questionnaire-path", data(""), "lint", data("mini/1.0.0.de.json")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1.0.0.de.json: /description: not translated"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("/dimensions/del/title: same text"), std::string::npos) << r.out;
}

struct BadCase {
  std::string file;
  std::string expected;  // in stderr
};

class I18nBad : public ::testing::TestWithParam<BadCase> {};

TEST_P(I18nBad, Exit65) {
  const BadCase& c = GetParam();
  const std::string file = data("bad/" + c.file);
  const CliResult v = run_clean("", {"--questionnaire-path", data(""), "validate", file});
  EXPECT_EQ(v.exit_code, 65) << v.out << v.err;
  EXPECT_NE(v.err.find(c.expected), std::string::npos) << v.err;
  const CliResult s =
      run_clean("", {"--questionnaire-path", data(""), "score", data("mini-answers.json"), "--translation", file});
  EXPECT_EQ(s.exit_code, 65) << s.err;
  EXPECT_NE(s.err.find(c.expected), std::string::npos) << s.err;
}

INSTANTIATE_TEST_SUITE_P(
    , I18nBad,
    ::testing::Values(BadCase{"unknown-question.json", "unknown-question.json: /questions/no-such-question: "},
                      BadCase{"labels-count.json", "labels-count.json: /questions/ask-options/labels: expected 3"},
                      BadCase{"no-version.json", "no-version.json: /questionnaire/version: "},
                      BadCase{"unknown-key.json", "unknown-key.json: /titel: unknown key"},
                      BadCase{"bad-utf8.json", "bad-utf8.json:5:"}),
    [](const ::testing::TestParamInfo<BadCase>& param_info) {
      std::string name = param_info.param.file.substr(0, param_info.param.file.find('.'));
      for (char& ch : name) ch = std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
      return name;
    });

TEST(I18n, TemplateCodebookInSpanish) {
  const fs::path dir = temp_dir("template");
  const fs::path codebook = dir / "codebook.csv";
  const CliResult r = run_clean("", {"template", "--format", "csv", "--lang", "es", "--codebook", codebook.string(),
                                     "--output", (dir / "sheet.csv").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(read_file(codebook.string()).find("¿Ha designado a una persona como su suplente"), std::string::npos);
  const CliResult plain = run_clean("LANG=es_MX.UTF-8", {"template", "--format", "csv"});
  EXPECT_EQ(read_file((dir / "sheet.csv").string()), plain.out);  // the header never changes
  fs::remove_all(dir);
}

}  // namespace
}  // namespace salesaudit::e2e
