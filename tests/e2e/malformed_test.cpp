// End-to-end: hostile and broken inputs (tests/e2e/data/malformed/) run through the real
// binary. Each must exit with the documented code and a message naming the file and the
// place; a crash (signal, exit >= 128) or a sanitizer report is a failure.

#include "e2e/run_cli.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

struct Case {
  const char* name;
  std::vector<std::string> args;  // "@file" = tests/e2e/data/malformed/file
  int exit_code;
  const char* message;  // expected in stderr; "@file" as in args
};

std::string data(const std::string& file) {
  return source_path("tests/e2e/data/malformed/" + file);
}

// "@file" at the start or after a space or newline; "crisis-mode@1.0.0" stays as it is.
std::string expand(const std::string& s) {
  auto at = s.find('@');
  while (at != std::string::npos && at > 0 && s[at - 1] != ' ' && s[at - 1] != '\n') at = s.find('@', at + 1);
  if (at == std::string::npos) return s;
  const auto end = s.find_first_of(" :\n", at);
  const std::string file = s.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1);
  return s.substr(0, at) + data(file) + (end == std::string::npos ? "" : expand(s.substr(end)));
}

// clang-format off
const Case kCases[] = {
    // JSON syntax
    {"missing_comma", {"score", "@a-syntax-missing-comma.json"}, 65, "@a-syntax-missing-comma.json:18:21: syntax error while parsing object - unexpected string literal; expected '}'"},
    {"trailing_comma", {"score", "@a-trailing-comma.json"}, 65, "@a-trailing-comma.json:16:25: syntax error while parsing object key - unexpected ','; expected string literal"},
    {"truncated", {"score", "@a-truncated.json"}, 65, "@a-truncated.json:32:17: syntax error while parsing object key - invalid string: missing closing quote"},
    {"empty", {"score", "@a-empty.json"}, 65, "@a-empty.json:1:1: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"},
    {"whitespace_only", {"score", "@a-whitespace-only.json"}, 65, "@a-whitespace-only.json:3:1: syntax error while parsing value - unexpected end of input"},
    {"nul_byte", {"score", "@a-nul-byte.json"}, 65, "@a-nul-byte.json:17:24: syntax error while parsing object key - unexpected end of input"},
    {"nul_escape_in_string", {"validate", "@a-nul-in-string.json"}, 65, "@a-nul-in-string.json:8:12: syntax error while parsing value - invalid string: control character U+0000 (NUL) must be escaped"},
    {"invalid_utf8", {"score", "@a-invalid-utf8.json"}, 65, "@a-invalid-utf8.json:9:18: syntax error while parsing value - invalid string: ill-formed UTF-8 byte"},
    {"overlong_utf8", {"score", "@a-overlong-utf8.json"}, 65, "@a-overlong-utf8.json:9:18: syntax error while parsing value - invalid string: ill-formed UTF-8 byte"},
    {"lone_surrogate", {"score", "@a-lone-surrogate.json"}, 65, "@a-lone-surrogate.json:9:24: syntax error while parsing value - invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF"},
    {"deep_nesting", {"score", "@a-deep-nesting.json"}, 65, "@a-deep-nesting.json: /x/0/0/0"},
    {"deep_nest_unclosed", {"score", "@a-deep-nesting-unclosed.json"}, 65, "nesting deeper than 64 levels"},
    {"huge_number", {"score", "@a-huge-number.json"}, 65, "@a-huge-number.json:17:22: number overflow parsing '1e400'"},
    {"huge_integer", {"score", "@a-huge-integer.json"}, 65, "@a-huge-integer.json: /answers/dep-ask-options: invalid answer number 1.2345678901234568e+29 to likert question \"dep-ask-options\": expected an integer from 1 to 5"},
    {"duplicate_key", {"score", "@a-duplicate-key.json"}, 65, "@a-duplicate-key.json: /answers/dep-ask-options: duplicate key \"dep-ask-options\""},
    {"long_string", {"score", "@a-long-string.json"}, 65, "@a-long-string.json: /respondent/name: string of 1048577 bytes exceeds the limit of 1048576 bytes"},
    // Types, ranges, references in answers
    {"not_an_object", {"score", "@a-not-object.json"}, 65, "@a-not-object.json: expected an object, got an array"},
    {"wrong_format", {"score", "@a-wrong-format.json"}, 65, "@a-wrong-format.json: /format: expected \"salesaudit.answers/v1\", got \"salesaudit.answers/v9\""},
    {"wrong_type", {"score", "@a-wrong-type-likert.json"}, 65, "@a-wrong-type-likert.json: /answers/dep-ask-options: invalid answer string \"three\" to likert question \"dep-ask-options\": expected an integer from 1 to 5"},
    {"likert_out_of_range", {"score", "@a-likert-out-of-range.json"}, 65, "@a-likert-out-of-range.json: /answers/dep-ask-options: invalid answer number 9 to likert question \"dep-ask-options\": expected an integer from 1 to 5"},
    {"likert_fraction", {"score", "@a-likert-fraction.json"}, 65, "@a-likert-fraction.json: /answers/dep-ask-options: invalid answer number 2.5 to likert question"},
    {"unknown_choice", {"score", "@a-unknown-choice.json"}, 65, "@a-unknown-choice.json: /answers/del-weekly-meeting: invalid answer string \"nobody-at-all\" to choice question \"del-weekly-meeting\": expected one of"},
    {"unknown_question", {"score", "@a-unknown-question.json"}, 65, "@a-unknown-question.json: /answers/dep-ask-optoins: unknown question \"dep-ask-optoins\" in crisis-mode@1.0.0 (did you mean \"dep-ask-options\"?)"},
    {"multi_duplicate", {"score", "@a-multi-duplicate.json"}, 65, "@a-multi-duplicate.json: /answers/del-handover: invalid answer an array to multi_choice question \"del-handover\": expected an array of distinct values"},
    {"boolean_as_number", {"score", "@a-boolean-as-number.json"}, 65, "@a-boolean-as-number.json: /answers/del-deputy: invalid answer number 1 to boolean question \"del-deputy\": expected true or false"},
    {"answers_not_object", {"score", "@a-answers-not-object.json"}, 65, "@a-answers-not-object.json: /answers: expected an object, got an array"},
    {"q_unknown", {"score", "@a-questionnaire-unknown.json"}, 65, "@a-questionnaire-unknown.json: /questionnaire/id: answers are for questionnaire \"no-such-thing\", which is not available"},
    {"other_major", {"score", "@a-questionnaire-major.json"}, 65, "@a-questionnaire-major.json: /questionnaire/version: questionnaire crisis-mode@7.0.0 is not available and is newer than any version here"},
    {"validate_q_unknown", {"validate", "@a-questionnaire-unknown.json"}, 65, "@a-questionnaire-unknown.json: /questionnaire/id: answers are for questionnaire \"no-such-thing\""},
    // Questionnaires
    {"q_unknown_dimension", {"validate", "@q-missing-dimension.json"}, 65, "@q-missing-dimension.json: /questions/0/dimension: unknown dimension \"nope\""},
    {"q_duplicate_id", {"validate", "@q-duplicate-question.json"}, 65, "@q-duplicate-question.json: /questions/1/id: duplicate question id \"q1\""},
    {"q_unknown_key", {"validate", "@q-unknown-key.json"}, 65, "@q-unknown-key.json: /questions/0/colour: unknown key \"colour\""},
    {"q_likert_points", {"validate", "@q-likert-points.json"}, 65, "@q-likert-points.json: /questions/0/scale/points: expected an integer from 2 to 11, got 40"},
    {"q_forward_reference", {"validate", "@q-forward-reference.json"}, 65, "@q-forward-reference.json: /questions/0/enable_when/question: question \"q3\" does not come earlier; enable_when may only refer to earlier questions"},
    {"q_unknown_reference", {"validate", "@q-unknown-reference.json"}, 65, "@q-unknown-reference.json: /questions/2/enable_when/question: unknown question \"zz\" (did you mean \"q1\"?)"},
    {"q_two_operators", {"validate", "@q-condition-two-ops.json"}, 65, "@q-condition-two-ops.json: /questions/2/enable_when: a condition takes exactly one of equals, not_equals, in, at_least, at_most"},
    {"q_bands_order", {"validate", "@q-bands-descending.json"}, 65, "@q-bands-descending.json: /bands/1/min: bands must ascend by min: 0 follows 0"},
    {"q_score_range", {"validate", "@q-score-range.json"}, 65, "@q-score-range.json: /questions/1/options/0/score: score 1.5 is outside [0, 1]"},
    {"q_bad_id", {"validate", "@q-bad-id.json"}, 65, "@q-bad-id.json: /id: invalid id \"Tiny Questionnaire\""},
    {"q_too_many_questions", {"validate", "@q-too-many-questions.json"}, 65, "@q-too-many-questions.json: /questions: 1001 questions exceed the limit of 1000"},
    {"q_too_many_options", {"validate", "@q-too-many-options.json"}, 65, "@q-too-many-options.json: /questions/1/options: 101 options exceed the limit of 100 per question"},
    {"q_many_dimensions", {"validate", "@q-too-many-dimensions.json"}, 65, "@q-too-many-dimensions.json: /dimensions: 101 dimensions exceed the limit of 100"},
    {"q_too_many_bands", {"validate", "@q-too-many-bands.json"}, 65, "@q-too-many-bands.json: /bands: 101 bands exceed the limit of 100"},
    {"q_many_score_bands", {"validate", "@q-too-many-score-bands.json"}, 65, "@q-too-many-score-bands.json: /questions/3/score_bands: 101 score bands exceed the limit of 100"},
    {"q_deep_condition_ok", {"validate", "@q-deep-condition.json"}, 0, ""},
    {"answers_vs_bad_q", {"score", "@a-bom.json", "-q", "@q-duplicate-question.json"}, 65, "@q-duplicate-question.json: /questions/1/id: duplicate question id \"q1\""},
    // NDJSON: the bad line is reported by number, the good ones still score.
    {"ndjson_bad_line", {"score", "@b-bad-line.ndjson", "--format", "csv"}, 65, "@b-bad-line.ndjson:2:37: syntax error while parsing object key - unexpected end of input; expected string literal\nscored 2, failed 1"},
    {"ndjson_truncated_end", {"score", "@b-truncated-last.ndjson", "--format", "csv"}, 65, "@b-truncated-last.ndjson:2:101: syntax error while parsing object key - invalid string: missing closing quote"},
    {"ndjson_unknown_pins", {"score", "@b-unknown-pins.ndjson", "--format", "csv"}, 65, "@b-unknown-pins.ndjson:2: /questionnaire/id: answers are for questionnaire \"no-such-thing\", which is not available (available: crisis-mode@3.0.0, crisis-mode@2.0.0, crisis-mode@1.0.0); add it with --questionnaire-path DIR\n@b-unknown-pins.ndjson:4: /questionnaire/version: questionnaire crisis-mode@7.0.0 is not available and is newer than any version here (newest: 3.0.0); add it with --questionnaire-path DIR\n@b-unknown-pins.ndjson:5: /questionnaire/id: answers are for questionnaire \"no-such-thing\""},
    {"ndjson_nul_line", {"score", "@b-nul-line.ndjson", "--format", "csv"}, 65, "@b-nul-line.ndjson:2:1: syntax error while parsing value - unexpected end of input"},
    // CSV
    {"csv_unbalanced_quote", {"score", "@c-unbalanced-quote.csv", "--format", "csv"}, 65, "@c-unbalanced-quote.csv:2:4: unterminated quoted field: no closing quote before the end of the file"},
    {"csv_ragged", {"score", "@c-ragged.csv", "--format", "csv"}, 65, "@c-ragged.csv:3:1: row has 3 field(s), the header has 4\n@c-ragged.csv:4:1: row has 5 field(s), the header has 4\nscored 1, failed 2"},
    {"csv_semicolon", {"score", "@c-semicolon.csv", "--format", "csv"}, 65, "the file seems to use ';' as the delimiter"},
    {"csv_stray_quote", {"score", "@c-stray-quote.csv", "--format", "csv"}, 65, "@c-stray-quote.csv:2:6: quote inside an unquoted field (quote the whole field and write \"\")"},
    {"csv_bad_cell", {"score", "@c-bad-cell.csv", "--format", "csv"}, 65, "@c-bad-cell.csv:2:8: invalid answer \"seven\" to likert question \"dep-own-view-first\": expected an integer from 1 to 5"},
    {"csv_unknown_column", {"score", "@c-unknown-column.csv", "--format", "csv"}, 65, "@c-unknown-column.csv:1:15: unknown column \"dep-own-view-frist\": not a question of crisis-mode@3.0.0 (did you mean \"dep-own-view-first\"?)"},
    {"csv_not_utf8", {"score", "@c-not-utf8.csv", "--format", "csv"}, 65, "@c-not-utf8.csv:3:11: byte 0xE9 is not UTF-8; save the file as UTF-8 (\"CSV UTF-8\") and read it again\nscored 1, failed 1"},
    // Form tools' exports (src/forms, docs/forms.md)
    {"form_not_utf8", {"score", "@f-not-utf8.csv", "--format", "csv"}, 65, "@f-not-utf8.csv:3:35: byte 0xE9 is not UTF-8; save the export as UTF-8 (\"CSV UTF-8\") and read it again\nscored 1, failed 1"},
    {"form_ragged", {"score", "@f-ragged.csv", "--format", "csv"}, 65, "@f-ragged.csv:2:1: row has 2 field(s), the header has 3\nscored 0, failed 1"},
    {"form_unknown_column", {"team", "@f-unknown-column.csv"}, 65, "@f-unknown-column.csv:1:25: column \"How often did you ask your reps for options?\" matches no question of crisis-mode@3.0.0"},
    {"form_bad_label", {"score", "@f-bad-label.csv", "--format", "csv"}, 65, "@f-bad-label.csv:2:34: \"Sometimes\" is no answer to question \"del-deputy-authority\""},
    {"xlsx_truncated", {"score", "@f-truncated.xlsx", "--format", "csv"}, 65, "@f-truncated.xlsx: not a readable .xlsx workbook (zip: not a zip archive, or truncated)"},
    {"xlsx_zip_bomb", {"score", "@f-zip-bomb.xlsx", "--format", "csv"}, 65, "@f-zip-bomb.xlsx: xl/sharedStrings.xml inflates to 68157451 bytes, more than the limit of 67108864 bytes"},
    {"xlsx_too_many_rows", {"score", "@f-too-many-rows.xlsx", "--format", "csv"}, 65, "@f-too-many-rows.xlsx:Sheet1: the sheet has more than 1048576 rows"},
    {"csv_binary", {"score", "@c-binary.csv", "--format", "csv"}, 65, "@c-binary.csv:1:1: the header has a single column and contains tabs"},
    // Accepted: a UTF-8 byte order mark, unknown top-level keys (a warning), an empty CSV.
    {"bom_accepted", {"score", "@a-bom.json", "--format", "json"}, 0, ""},
    {"unknown_top_key", {"score", "@a-unknown-top-key.json", "--format", "json"}, 0,
     "@a-unknown-top-key.json: /extra_field: unknown key"},
    {"csv_empty", {"score", "@c-empty.csv", "--format", "csv"}, 0, ""},
    // Command lines
    {"unknown_command", {"scroe", "@a-bom.json"}, 2, "salesaudit: unknown command \"scroe\"; did you mean \"score\"?"},
    // Inputs that are not readable files
    {"directory_as_file", {"validate", "@."}, 66, "@.: is a directory, not a file"},
    {"missing_file", {"score", "@no-such-file.json"}, 66, "salesaudit: @no-such-file.json: cannot open: No such file or directory"},
    {"not_a_directory", {"score", "@a-empty.json/x.json"}, 66, "salesaudit: @a-empty.json/x.json: cannot open: Not a directory"},
};
// clang-format on

class Malformed : public ::testing::TestWithParam<Case> {};

TEST_P(Malformed, Exits) {
  const Case& c = GetParam();
  std::vector<std::string> args;
  for (const auto& a : c.args) args.push_back(expand(a));
  const CliResult r = run_cli(args);
  EXPECT_EQ(r.exit_code, c.exit_code) << r.err;
  EXPECT_LT(r.exit_code, 128) << "crashed: " << r.err;
  EXPECT_EQ(r.err.find("Sanitizer"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("runtime error"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("unexpected error"), std::string::npos) << r.err;
  // Diagnostics go to stderr; warnings of a report that was written are in the report.
  const std::string message = expand(c.message);
  EXPECT_NE((r.err + r.out).find(message), std::string::npos) << "expected: " << message << "\nstderr: " << r.err;
  if (c.exit_code != 0) {
    EXPECT_FALSE(r.err.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(, Malformed, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& param) { return std::string(param.param.name); });

TEST(MalformedCorpus, HasAtLeastFortyCases) {
  EXPECT_GE(std::size(kCases), 40u);
}

// Root reads anything, so the unreadable-file case only means something for other users.
TEST(MalformedFile, Unreadable) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: permissions do not block reads";
  const fs::path path = fs::temp_directory_path() / ("sa-unreadable-" + std::to_string(::getpid()) + ".json");
  std::ofstream(path) << "{}";
  fs::permissions(path, fs::perms::none);
  const CliResult r = run_cli({"score", path.string()});
  fs::remove(path);
  EXPECT_EQ(r.exit_code, 66) << r.err;
  EXPECT_NE(r.err.find(path.string() + ": cannot open: Permission denied"), std::string::npos) << r.err;
}

// A FIFO nobody writes to would block a reader forever; one whose writer closes at once
// reads as an empty document.
TEST(MalformedFile, FifoReadsToEnd) {
  const fs::path path = fs::temp_directory_path() / ("sa-fifo-" + std::to_string(::getpid()));
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  const pid_t writer = ::fork();
  if (writer == 0) {
    std::ofstream(path) << "{\"format\": 1";
    ::_exit(0);
  }
  const CliResult r = run_cli({"score", path.string()});
  ::waitpid(writer, nullptr, 0);
  fs::remove(path);
  EXPECT_EQ(r.exit_code, 65) << r.err;
  EXPECT_NE(r.err.find(path.string() + ":1:13: syntax error"), std::string::npos) << r.err;
}

// Worst cases for time, generated here rather than committed: each asserts the result
// (docs/robustness.md, "Bounded time"), never a duration.
std::string write_temp(const std::string& name, const std::string& text) {
  const fs::path path = fs::temp_directory_path() / ("sa-worst-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

// 300 multi_choice questions of 100 options (1.8 MB): exact reachability would take
// 2^100 subsets per question; the finding says it is approximate.
TEST(WorstCase, LintHugeMultiChoice) {
  std::string questions;
  for (int i = 0; i < 300; ++i) {
    questions +=
        (i > 0 ? "," : "") + std::string(R"({"id": "q)") + std::to_string(i) +
        R"(", "type": "multi_choice", "text": "Which?", "dimension": "d", "recommendation": "r", "options": [)";
    for (int k = 0; k < 100; ++k) {
      const double score = 0.004 + 1e-6 * ((k * 7919 + i) % 997);
      questions += (k > 0 ? "," : "") + std::string(R"({"value": "o)") + std::to_string(k) +
                   R"(", "label": "O", "score": )" + std::to_string(score) + "}";
    }
    questions += "]}";
  }
  const std::string path = write_temp("lint.json", R"({"format": "salesaudit.questionnaire/v1", "id": "huge",
    "version": "1.0.0", "title": "Huge", "dimensions": [{"id": "d", "title": "D"}],
    "bands": [{"id": "low", "label": "Low", "min": 0}, {"id": "high", "label": "High", "min": 60}],
    "recommendations": [{"id": "r", "title": "R", "action": "Do it.", "effort": "low"}],
    "questions": [)" + questions + "]}");
  const CliResult r = run_cli({"lint", path});
  fs::remove(path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(": /bands/1: band \"high\" (60 and above) is out of reach for dimension \"d\": its best "
                       "possible score is at most 4"),
            std::string::npos)
      << r.out.substr(0, 2000);
  EXPECT_NE(r.out.find("(approximate: too many answer combinations"), std::string::npos);
}

// 20,000 unknown answer keys, each within a hint's distance of "dep-ask-options": each is
// listed, only the first 100 get a "did you mean" (every hint costs an edit distance per
// question; a 64 MiB document of such keys took hours).
TEST(WorstCase, ManyKeysListedWithoutHints) {
  constexpr int kKeys = 20000;
  std::string answers;
  for (int i = 0; i < kKeys; ++i) {
    std::string suffix;
    for (int n = i, k = 0; k < 5; ++k, n /= 26) suffix += static_cast<char>('a' + n % 26);
    answers += (i > 0 ? ",\"dep-ask-options" : "\"dep-ask-options") + suffix + "\": 1";
  }
  const std::string path = write_temp("keys.json", R"({"format": "salesaudit.answers/v1",
    "questionnaire": {"id": "crisis-mode", "version": "1.0.0"}, "answers": {)" +
                                                       answers + "}}");
  const CliResult r = run_cli({"validate", path});
  fs::remove(path);
  EXPECT_EQ(r.exit_code, 65);
  std::size_t lines = 0;
  std::size_t hints = 0;
  for (std::size_t at = r.err.find('\n'); at != std::string::npos; at = r.err.find('\n', at + 1)) ++lines;
  for (std::size_t at = r.err.find("(did you mean \"dep-ask-options\"?)"); at != std::string::npos;
       at = r.err.find("(did you mean", at + 1))
    ++hints;
  EXPECT_EQ(lines, static_cast<std::size_t>(kKeys));
  EXPECT_EQ(hints, 100u);
}

// Names, comments and keys carrying terminal escape sequences reach no output raw.
TEST(HostileText, NoRawEscapeInAnyOutput) {
  const std::vector<std::vector<std::string>> commands = {
      {"score", data("a-escape-name.json")},
      {"score", data("a-escape-name.json"), "--explain"},
      {"score", data("a-escape-name.json"), "--format", "markdown", "--explain"},
      {"score", data("a-escape-name.json"), "--format", "html"},
      {"score", data("a-escape-name.json"), "--format", "json"},
      {"score", data("a-escape-name.json"), data("a-bom.json"), "--format", "csv"},
      {"score", data("a-escape-name.json"), data("a-bom.json"), "--format", "ndjson"},
      {"team", data("a-escape-name.json"), data("a-bom.json")},
      {"team", data("a-escape-name.json"), data("a-bom.json"), "--format", "markdown"},
      {"team", data("a-escape-name.json"), data("a-bom.json"), "--format", "html"},
      {"validate", data("a-escape-name.json")},
      {"score", data("a-escape-key.json")},
      {"validate", data("a-escape-key.json")},
      {"score", data("a-escape-key.json"), data("a-bom.json"), "--format", "csv"},
      {"diff", data("a-bom.json"), data("a-escape-name.json")},
      {"diff", data("a-bom.json"), data("a-escape-name.json"), "--format", "markdown"},
  };
  for (const auto& args : commands) {
    const CliResult r = run_cli(args);
    EXPECT_LT(r.exit_code, 128) << args[1];
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << "stdout of " << args[0] << " " << args.back();
    EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << "stderr of " << args[0] << " " << args.back() << ": " << r.err;
    EXPECT_EQ(r.out.find('\x07'), std::string::npos) << "stdout of " << args[0] << " " << args.back();
  }
}

TEST(HostileText, EscapedKey) {
  const CliResult r = run_cli({"score", data("a-escape-key.json")});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find(data("a-escape-key.json") + ": /answers/\\x1b]0;owned\\x07\\x1b[2Jx: unknown question"),
            std::string::npos)
      << r.err;
}

TEST(HostileText, HtmlIsEscaped) {
  const CliResult r = run_cli({"score", data("a-formula.json"), "--format", "html"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("<script>alert"), std::string::npos);
  EXPECT_NE(r.out.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
}

TEST(HostileText, CsvNeutralizesFormulas) {
  const CliResult r = run_cli({"score", data("a-formula.json"), data("a-bom.json"), "--format", "csv"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find(",=HYPERLINK"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\n=HYPERLINK"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("'=HYPERLINK"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace salesaudit::e2e
