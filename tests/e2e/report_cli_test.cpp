// Report behaviour through the real binary: colour, width, escaping, --top, `schema`.

#include "e2e/run_cli.hpp"

#include <cstdlib>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace salesaudit::e2e {
namespace {

std::string example(const std::string& name) {
  return source_path("examples/answers/" + name + ".json");
}
std::string hostile() {
  return source_path("tests/e2e/html/hostile-answers.json");
}

std::size_t code_points(const std::string& line) {
  std::size_t n = 0;
  for (char c : line) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// The child inherits this process's environment; restore it so other tests in the same
// process see what they started with.
class ReportCli : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* name : kNames) {
      const char* value = std::getenv(name);
      saved_.emplace_back(value != nullptr, value != nullptr ? value : "");
    }
    setenv("LC_ALL", "C.UTF-8", 1);
    setenv("COLUMNS", "80", 1);
    unsetenv("NO_COLOR");
  }
  void TearDown() override {
    for (std::size_t i = 0; i < saved_.size(); ++i) {
      if (saved_[i].first) {
        setenv(kNames[i], saved_[i].second.c_str(), 1);
      } else {
        unsetenv(kNames[i]);
      }
    }
  }

 private:
  static constexpr const char* kNames[] = {"LC_ALL", "COLUMNS", "NO_COLOR"};
  std::vector<std::pair<bool, std::string>> saved_;
};

TEST_F(ReportCli, NoColor) {
  setenv("NO_COLOR", "1", 1);
  for (const char* name : {"crisis", "average", "in-control"}) {
    const auto r = run_cli({"score", example(name), "--explain", "--top", "0"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << name;
  }
  // Even --color always yields to NO_COLOR.
  EXPECT_EQ(run_cli({"--color", "always", "score", example("crisis")}).out.find('\x1b'), std::string::npos);
}

TEST_F(ReportCli, ColourWhenAsked) {
  const auto plain = run_cli({"score", example("crisis")});  // stdout is a pipe: no colour
  EXPECT_EQ(plain.out.find('\x1b'), std::string::npos);
  const auto colored = run_cli({"--color", "always", "score", example("crisis")});
  ASSERT_EQ(colored.exit_code, 0) << colored.err;
  EXPECT_NE(colored.out.find("\x1b[31m"), std::string::npos);  // crisis bands in red
  // The band is also written out, so colour is never the only cue.
  EXPECT_NE(colored.out.find("Crisis mode"), std::string::npos);
}

TEST_F(ReportCli, NoLineLongerThanTheWidth) {
  for (const std::size_t width : {60u, 32u, 20u}) {
    setenv("COLUMNS", std::to_string(width).c_str(), 1);
    for (const char* name : {"crisis", "average", "in-control"}) {
      for (const std::vector<std::string>& extra :
           {std::vector<std::string>{}, {"--explain", "--top", "0"}, {"--ascii", "--explain"}}) {
        std::vector<std::string> args = {"score", example(name)};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = run_cli(args);
        ASSERT_EQ(r.exit_code, 0) << r.err;
        std::istringstream lines(r.out);
        for (std::string line; std::getline(lines, line);) {
          EXPECT_LE(code_points(line), width) << name << ": " << line;
        }
      }
    }
  }
}

TEST_F(ReportCli, AsciiHasNoBlocks) {
  const auto r = run_cli({"score", example("average"), "--ascii"});
  EXPECT_EQ(r.out.find("█"), std::string::npos);
  EXPECT_NE(r.out.find("#####"), std::string::npos);
  setenv("LC_ALL", "C", 1);  // a non-UTF-8 locale means ASCII too
  EXPECT_EQ(run_cli({"score", example("average")}).out.find("█"), std::string::npos);
}

TEST_F(ReportCli, TopLimitsTheActionsShown) {
  const auto two = run_cli({"score", example("average"), "--top", "2"});
  EXPECT_NE(two.out.find("TOP ACTIONS (2 of 15)"), std::string::npos);
  EXPECT_EQ(two.out.find("\n  3. "), std::string::npos);
  const auto all = run_cli({"score", example("average"), "--top", "0", "--format", "markdown"});
  EXPECT_NE(all.out.find("## Top actions (15 of 15)"), std::string::npos);
  EXPECT_NE(all.out.find("\n15. **"), std::string::npos);
}

TEST_F(ReportCli, NoInputEscapes) {
  // The escapes show as visible text; Markdown additionally backslash-escapes the backslash.
  for (const auto& [format, shown] : std::vector<std::pair<std::string, std::string>>{
           {"text", "\\x1b]0;pwned\\x07"}, {"markdown", "\\\\x1b\\]0;pwned\\\\x07"}}) {
    const auto r = run_cli({"--color", "never", "score", hostile(), "--format", format, "--explain"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << format;
    EXPECT_EQ(r.out.find('\x07'), std::string::npos) << format;
    EXPECT_EQ(r.out.find("\u202e"), std::string::npos) << format;
    EXPECT_NE(r.out.find(shown), std::string::npos) << format;
    EXPECT_NE(r.out.find("u202e"), std::string::npos) << format;
  }
}

TEST_F(ReportCli, MarkdownEscapesMarkup) {
  const auto r = run_cli({"score", hostile(), "--format", "markdown"});
  EXPECT_NE(r.out.find("**Respondent:** \\<script\\>document.body.setAttribute('data-pwned','1')\\</script\\>"),
            std::string::npos);
  EXPECT_NE(r.out.find("\\*bold\\* \\[link\\](http://example.invalid)"), std::string::npos);
  // Every "<" from input is backslash-escaped, so no HTML tag reaches the renderer.
  for (std::size_t at = r.out.find('<'); at != std::string::npos; at = r.out.find('<', at + 1)) {
    const bool our_break = r.out.compare(at, 4, "<br>") == 0;
    EXPECT_TRUE(our_break || (at > 0 && r.out[at - 1] == '\\')) << r.out.substr(at, 40);
  }
}

TEST_F(ReportCli, RetestIn90Days) {
  const auto r = run_cli({"score", example("average")});
  EXPECT_NE(r.out.find("Completed: 2026-03-10. Suggested retest: 2026-06-08 (90 days later)."), std::string::npos);
  // Without completed_at there is no date at all, rather than one based on today.
  std::string doc = read_file(example("average"));
  doc.replace(doc.find("\"completed_at\""), std::string("\"completed_at\": \"2026-03-10T13:13:41Z\"").size(),
              "\"completed_at\": null");
  const auto open = run_cli({"score", "-"}, doc);
  ASSERT_EQ(open.exit_code, 0) << open.err;
  EXPECT_EQ(open.out.find("retest"), std::string::npos);
}

TEST_F(ReportCli, SchemaPrintsEachKind) {
  for (const char* kind : {"questionnaire", "answers", "report"}) {
    const auto r = run_cli({"schema", kind});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, read_file(source_path(std::string("schemas/") + kind + ".schema.json")));
  }
  const auto bad = run_cli({"schema", "reports"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("unknown schema \"reports\"; expected one of answers, questionnaire, report"),
            std::string::npos)
      << bad.err;
}

}  // namespace
}  // namespace salesaudit::e2e
