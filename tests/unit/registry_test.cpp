#include "test_util.hpp"

#include <salesaudit/io.hpp>
#include <salesaudit/registry.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace salesaudit {
namespace {

namespace fs = std::filesystem;

// A fresh folder per test, removed afterwards.
class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ =
        fs::temp_directory_path() / (std::string("salesaudit-registry-") + info->test_suite_name() + "-" +
                                     info->name() + "-" + std::to_string(::getpid()) + "-" + std::to_string(++count_));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  [[nodiscard]] std::string str() const { return path_.string(); }
  // Writes the small questionnaire as <rel> with its version (and title) replaced.
  void put(const std::string& rel, const std::string& version, const std::string& title = "Small") const {
    std::string text = testing::kSmallQuestionnaire;
    text.replace(text.find("1.2.0"), 5, version);
    text.replace(text.find("\"Small\""), 7, "\"" + title + "\"");
    fs::create_directories((path_ / rel).parent_path());
    std::ofstream(path_ / rel) << text;
  }

 private:
  static inline int count_ = 0;
  fs::path path_;
};

TEST(Registry, ParseReference) {
  EXPECT_EQ(parse_reference("crisis-mode").id, "crisis-mode");
  EXPECT_EQ(parse_reference("crisis-mode").version, "");
  EXPECT_EQ(parse_reference("crisis-mode@1").version, "1");
  EXPECT_EQ(parse_reference("crisis-mode@1.2").version, "1.2");
  EXPECT_EQ(parse_reference("crisis-mode@1.2.3").version, "1.2.3");
  for (const char* bad : {"", "@1", "crisis-mode@", "crisis-mode@x", "crisis-mode@1.2.3.4", "Crisis", "crisis-mode@1.",
                          "crisis-mode@-1"}) {
    EXPECT_THROW((void)parse_reference(bad), UsageError) << bad;
  }
  try {
    (void)parse_reference("crisis-mode@one");
    FAIL();
  } catch (const UsageError& e) {
    EXPECT_STREQ(e.what(),
                 "invalid questionnaire reference \"crisis-mode@one\": expected ID, ID@MAJOR, "
                 "ID@MAJOR.MINOR, ID@X.Y.Z or a path to a .json file");
  }
}

TEST(Registry, VersionMatchingAndOrder) {
  EXPECT_TRUE(version_matches("1.2.3", ""));
  EXPECT_TRUE(version_matches("1.2.3", "1"));
  EXPECT_TRUE(version_matches("1.2.3", "1.2"));
  EXPECT_TRUE(version_matches("1.2.3", "1.2.3"));
  EXPECT_FALSE(version_matches("1.2.3", "1.3"));
  EXPECT_FALSE(version_matches("10.0.0", "1"));  // by number, not by text
  EXPECT_LT(compare_versions("1.9.0", "1.10.0"), 0);
  EXPECT_EQ(compare_versions("2.0.0", "2.0.0"), 0);
}

TEST(Registry, BuiltInsNewestFirst) {
  const Registry registry;
  std::vector<std::string> versions;
  for (const auto& e : registry.entries()) {
    if (e.id == "crisis-mode") versions.push_back(e.version + " " + e.origin);
  }
  EXPECT_EQ(versions, (std::vector<std::string>{"3.0.0 built-in", "2.0.0 built-in", "1.0.0 built-in"}));
  EXPECT_EQ(registry.resolve("crisis-mode")->version, "3.0.0");
  EXPECT_EQ(registry.resolve("crisis-mode@2")->version, "2.0.0");
  EXPECT_EQ(registry.resolve("crisis-mode@1")->version, "1.0.0");
  EXPECT_EQ(registry.resolve("crisis-mode@1.0")->version, "1.0.0");
  EXPECT_EQ(registry.resolve("crisis-mode@2.0.0")->source, "crisis-mode@2.0.0 (built-in)");
}

TEST(Registry, UnknownListsAvailable) {
  const Registry registry;
  EXPECT_EQ(testing::diagnostics_of([&] { (void)registry.resolve("crisis-mode@9"); }),
            (std::vector<std::string>{
                "no version of questionnaire \"crisis-mode\" matches \"9\" (available: 3.0.0, 2.0.0, 1.0.0)"}));
  const auto unknown = testing::diagnostics_of([&] { (void)registry.resolve("crisis"); });
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0].rfind("no questionnaire \"crisis\" (available: ", 0), 0u) << unknown[0];
  EXPECT_NE(unknown[0].find("crisis-mode@3.0.0, crisis-mode@2.0.0, crisis-mode@1.0.0"), std::string::npos)
      << unknown[0];
  EXPECT_THROW((void)registry.resolve("crisis-mode@2.x"), UsageError);
}

TEST(Registry, SearchPathOrderAndShadowing) {
  TempDir first;
  TempDir second;
  first.put("small/1.2.0.json", "1.2.0", "First");
  second.put("small/1.2.0.json", "1.2.0", "Second");
  second.put("small/1.3.0.json", "1.3.0", "Second newer");
  second.put("questionnaires/small/2.0.0.json", "2.0.0", "Project folder");
  second.put("small/notes.json", "1.2.0");  // not a version: ignored
  const Registry registry({first.str(), second.str()});
  std::vector<std::string> listed;
  for (const auto& e : registry.entries()) {
    if (e.id == "small") listed.push_back(e.version + " " + e.title() + " " + std::to_string(e.shadowed.size()));
  }
  EXPECT_EQ(listed, (std::vector<std::string>{"2.0.0 Project folder 0", "1.3.0 Second newer 0", "1.2.0 First 1"}));
  EXPECT_EQ(registry.resolve("small@1.2")->title, "First");
  EXPECT_EQ(registry.resolve("small@1")->title, "Second newer");
  EXPECT_EQ(registry.resolve("small")->title, "Project folder");
  EXPECT_EQ(registry.resolve("small@1.2.0")->source, first.str() + "/small/1.2.0.json");
}

TEST(Registry, SearchPathWinsOverBuiltIn) {
  TempDir dir;
  std::string text = read_input(std::string(SALESAUDIT_SOURCE_DIR) + "/questionnaires/crisis-mode/1.0.0.json");
  text.replace(text.find("Crisis mode: can"), 16, "Local copy: can");
  fs::create_directories(dir.str() + "/crisis-mode");
  std::ofstream(dir.str() + "/crisis-mode/1.0.0.json") << text;
  const Registry registry({dir.str()});
  const auto q = registry.resolve("crisis-mode@1");
  EXPECT_EQ(q->source, dir.str() + "/crisis-mode/1.0.0.json");
  for (const auto& e : registry.entries()) {
    if (e.version == "1.0.0") {
      EXPECT_EQ(e.shadowed, (std::vector<std::string>{"built-in"}));
    }
  }
}

TEST(Registry, FileMustMatchItsPlace) {
  TempDir dir;
  dir.put("small/1.4.0.json", "1.2.0");
  const Registry registry({dir.str()});
  EXPECT_EQ(testing::diagnostics_of([&] { (void)registry.resolve("small@1.4"); }),
            (std::vector<std::string>{
                dir.str() + "/small/1.4.0.json: /version: \"1.2.0\" does not match the file name (1.4.0.json)"}));
}

TEST(Registry, ForPin) {
  const Registry registry;
  EXPECT_EQ(registry.for_pin({"crisis-mode", "1.0.0", {}}, "a.json")->version, "1.0.0");
  EXPECT_EQ(registry.for_pin({"crisis-mode", "1.4.2", {}}, "a.json")->version,
            "1.0.0");  // same major; load_answers warns
  EXPECT_EQ(testing::diagnostics_of([&] {
              (void)registry.for_pin({"crisis-mode", "0.9.0", {}}, "old.json");
            }),
            (std::vector<std::string>{"old.json: /questionnaire/version: questionnaire crisis-mode@0.9.0 is not "
                                      "available and no version 0.x is; convert the answers with `salesaudit migrate "
                                      "old.json --to crisis-mode@3.0.0`"}));
  EXPECT_EQ(testing::diagnostics_of([&] {
              (void)registry.for_pin({"crisis-mode", "4.1.0", {}}, "new.json");
            }),
            (std::vector<std::string>{"new.json: /questionnaire/version: questionnaire crisis-mode@4.1.0 is not "
                                      "available and is newer than any version here (newest: 3.0.0); add it with "
                                      "--questionnaire-path DIR"}));
  const auto unknown = testing::diagnostics_of([&] { (void)registry.for_pin({"nope", "1.0.0", {}}, "a.json"); });
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0].rfind("a.json: /questionnaire/id: answers are for questionnaire \"nope\", which is not "
                             "available (available: ",
                             0),
            0u)
      << unknown[0];
}

// Every language a questionnaire is translated into, once each, for matching a form
// export in any of them.
TEST(Registry, TranslationsOf) {
  const Registry registry;
  const auto q = registry.resolve("crisis-mode@2.0.0");
  std::vector<std::string> languages;
  for (const auto& entry : registry.translations_of(*q)) languages.push_back(entry.language);
  EXPECT_EQ(languages, (std::vector<std::string>{"es", "fr"}));
  EXPECT_EQ(registry.load_translation_entry(registry.translations_of(*q)[1], *q).language, "fr");
  EXPECT_TRUE(registry.translations_of(*registry.resolve("crisis-mode@1.0.0")).empty());
}

}  // namespace
}  // namespace salesaudit
