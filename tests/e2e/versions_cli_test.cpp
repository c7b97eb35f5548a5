#include "e2e/run_cli.hpp"

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

const std::string kCrisis = source_path("examples/answers/crisis.json");

// A fresh folder per test.
std::string temp_dir(const std::string& name) {
  const auto dir = fs::temp_directory_path() / ("salesaudit-versions-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

// A copy of the built-in crisis-mode 1.0.0 under <dir>/crisis-mode/, with a new title.
void put_local_copy(const std::string& dir) {
  std::string text = read_file(source_path("questionnaires/crisis-mode/1.0.0.json"));
  text.replace(text.find("Crisis mode: can"), 16, "Local copy: can");
  fs::create_directories(dir + "/crisis-mode");
  std::ofstream(dir + "/crisis-mode/1.0.0.json") << text;
}

TEST(VersionsCli, ListsEveryVersionAndItsSource) {
  auto r = run_cli({"questionnaires"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("crisis-mode  3.0.0    Crisis mode: can your sales team run without you?  built-in\n"),
            std::string::npos)
      << r.out;
  EXPECT_LT(r.out.find("3.0.0"), r.out.find("2.0.0"));  // newest first
  EXPECT_LT(r.out.find("2.0.0"), r.out.find("1.0.0"));

  const std::string dir = temp_dir("list");
  put_local_copy(dir);
  r = run_cli({"--questionnaire-path", dir, "questionnaires"});
  const auto line = r.out.substr(r.out.find("1.0.0"));
  EXPECT_EQ(line.rfind("1.0.0    Local copy: can your sales team run without you?", 0), 0u) << r.out;
  EXPECT_NE(line.find("  " + dir + "/crisis-mode/1.0.0.json (hides built-in)\n"), std::string::npos) << r.out;
  r = run_cli({"questionnaires", "--format", "json"}, "", {"SALESAUDIT_PATH=" + dir});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"source\": \"" + dir +
                       "/crisis-mode/1.0.0.json\",\n      \"shadowed\": [\n        "
                       "\"built-in\"\n      ]"),
            std::string::npos)
      << r.out;
}

TEST(VersionsCli, SearchPathCopyIsUsedForScoring) {
  const std::string dir = temp_dir("score");
  put_local_copy(dir);
  const auto r = run_cli({"--questionnaire-path", dir, "score", kCrisis});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Local copy: can", 0), 0u) << r.out;
}

TEST(VersionsCli, SecondMajorValidatesAndIsTheDefault) {
  const auto r = run_cli({"validate", source_path("questionnaires/crisis-mode/2.0.0.json")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  // The examples pin 1.0.0 and still score against it.
  const auto score = run_cli({"score", kCrisis, "--format", "json"});
  EXPECT_EQ(score.exit_code, 0) << score.err;
  EXPECT_NE(score.out.find("\"version\": \"1.0.0\""), std::string::npos);
}

TEST(VersionsCli, ReferenceErrors) {
  auto r = run_cli({"score", kCrisis, "--questionnaire", "crisis-mode@9"});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_EQ(r.err, "no version of questionnaire \"crisis-mode\" matches \"9\" (available: 3.0.0, 2.0.0, 1.0.0)\n");
  r = run_cli({"score", kCrisis, "--questionnaire", "crisis-mode@latest"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("invalid questionnaire reference \"crisis-mode@latest\""), std::string::npos) << r.err;
}

TEST(VersionsCli, PinnedVersionMissing) {
  std::string text = read_file(kCrisis);
  text.replace(text.find("\"1.0.0\""), 7, "\"1.3.0\"");
  auto r = run_cli({"score", "-", "--format", "json"}, text);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<stdin>: /questionnaire/version: answers pin crisis-mode@1.3.0, which is not available; "
                       "scored against crisis-mode@1.0.0"),
            std::string::npos)
      << r.out;
  text.replace(text.find("\"1.3.0\""), 7, "\"0.9.0\"");
  r = run_cli({"score", "-"}, text);
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("convert the answers with `salesaudit migrate"), std::string::npos) << r.err;
}

TEST(VersionsCli, ChangedContentWarning) {
  std::string text = read_file(kCrisis);
  text.replace(text.find("\"version\": \"1.0.0\""), 18,
               "\"version\": \"1.0.0\", \"sha256\": \"" + std::string(64, '0') + "\"");
  const auto r = run_cli({"score", "-", "--format", "json"}, text);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("its content has changed since the answers were recorded"), std::string::npos) << r.out;
}

TEST(VersionsCli, MigrateWritesANewDocument) {
  const std::string dir = temp_dir("migrate");
  const std::string out = dir + "/crisis-v2.json";
  const std::string before = read_file(kCrisis);
  auto r = run_cli({"migrate", kCrisis, "--to", "crisis-mode@2", "--output", out});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, kCrisis +
                       ": crisis-mode@1.0.0 -> crisis-mode@2.0.0\n"
                       "  dropped cf-reassurance = 5: the question is not in crisis-mode@2.0.0\n"
                       "  renamed dep-deals-stall -> dep-stalled-deals\n"
                       "  renamed dep-take-over -> dep-takeovers\n"
                       "  remapped del-weekly-meeting: \"me-remote\" -> \"manager-remote\"\n"
                       "  remapped dep-stalled-deals: 5 -> 6\n"
                       "  remapped dep-takeovers: 4 -> 6\n"
                       "2 renamed, 3 remapped, 1 dropped\n");
  EXPECT_EQ(read_file(kCrisis), before);  // the input is never edited
  const std::string migrated = read_file(out);
  EXPECT_NE(migrated.find("\"version\": \"2.0.0\",\n    \"sha256\": \""), std::string::npos) << migrated;
  EXPECT_NE(migrated.find("\"dep-takeovers\": 6"), std::string::npos) << migrated;
  r = run_cli({"score", out});
  EXPECT_EQ(r.exit_code, 0) << r.err;

  // Already at the target: nothing to change.
  r = run_cli({"migrate", out, "--to", "crisis-mode@2"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, out + ": already at crisis-mode@2.0.0\n0 renamed, 0 remapped, 0 dropped\n");

  // Without --to: the newest version (3.0.0, through 2.0.0), on stdout; the same as in two steps.
  r = run_cli({"migrate", kCrisis});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto second = run_cli({"migrate", out});
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(r.out, second.out);
  EXPECT_NE(r.out.find("\"version\": \"3.0.0\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"dep-own-view-first\": 4"), std::string::npos) << r.out;  // 2 on the mirrored scale
  EXPECT_EQ(second.err, out +
                            ": crisis-mode@2.0.0 -> crisis-mode@3.0.0\n"
                            "  renamed cf-notifications-off -> cf-notifications-on\n"
                            "  renamed dep-ask-options -> dep-own-view-first\n"
                            "  renamed dep-routine-terms -> dep-terms-to-you\n"
                            "  remapped cf-notifications-on: 1 -> 5\n"
                            "  remapped dep-own-view-first: 2 -> 4\n"
                            "  remapped dep-terms-to-you: 2 -> 4\n"
                            "3 renamed, 3 remapped, 0 dropped\n");
}

TEST(VersionsCli, MigrateRefusesToOverwriteItsInput) {
  const std::string dir = temp_dir("overwrite");
  const std::string in = dir + "/answers.json";
  const std::string text = read_file(kCrisis);
  std::ofstream(in) << text;
  const auto r = run_cli({"migrate", in, "--output", in});
  EXPECT_EQ(r.exit_code, 73);
  EXPECT_NE(r.err.find("refusing to overwrite an input file"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(in), text);
}

TEST(VersionsCli, MigrateErrors) {
  auto r = run_cli({"migrate", kCrisis, "--to", "crisis-mode@1"});
  EXPECT_EQ(r.exit_code, 0);  // same version: rewritten as is
  std::string newer = read_file(kCrisis);
  newer.replace(newer.find("\"1.0.0\""), 7, "\"2.5.0\"");
  r = run_cli({"migrate", "-", "--to", "crisis-mode@1"}, newer);
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_EQ(r.err,
            "<stdin>: /questionnaire/version: answers are for crisis-mode@2.5.0, newer than "
            "crisis-mode@1.0.0; migrations only go forward\n");
  EXPECT_EQ(run_cli({"migrate", kCrisis, "--to", "crisis-mode@7"}).exit_code, 65);
  EXPECT_EQ(run_cli({"migrate", source_path("examples/answers/none.json")}).exit_code, 66);
}

}  // namespace
}  // namespace salesaudit::e2e
