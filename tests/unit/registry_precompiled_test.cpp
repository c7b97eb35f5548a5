// The built-ins' models compiled into the program (tools/precompile_questionnaires.cpp)
// must be exactly what loading their text gives, and be used only for that text.

#include "cli/precompiled.hpp"
#include "registry/embedded.hpp"

#include <salesaudit/questionnaire.hpp>
#include <salesaudit/registry.hpp>
#include <salesaudit/translation.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace salesaudit {
namespace {

namespace fs = std::filesystem;

// Every field of the model: a field added to Questionnaire fails this until it is
// compared here (the parts compare field by field through their defaulted ==).
static_assert(sizeof(Questionnaire) == 440, "Questionnaire changed: compare the new field below");

void expect_same(const Questionnaire& a, const Questionnaire& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.version, b.version);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.description, b.description);
  EXPECT_EQ(a.language, b.language);
  EXPECT_EQ(a.min_coverage, b.min_coverage);
  EXPECT_TRUE(a.dimensions == b.dimensions);
  EXPECT_TRUE(a.bands == b.bands);
  EXPECT_TRUE(a.band_cap == b.band_cap);
  EXPECT_TRUE(a.recommendations == b.recommendations);
  EXPECT_TRUE(a.red_flags == b.red_flags);
  ASSERT_EQ(a.questions.size(), b.questions.size());
  for (std::size_t i = 0; i < a.questions.size(); ++i) {
    EXPECT_TRUE(a.questions[i] == b.questions[i]) << a.id << "@" << a.version << " question " << a.questions[i].id;
    EXPECT_EQ(a.question_index(a.questions[i].id), b.question_index(b.questions[i].id));
  }
  EXPECT_TRUE(a.migrations == b.migrations);
  EXPECT_EQ(a.source, b.source);
  EXPECT_EQ(a.sha256(), b.sha256());
}

const detail::EmbeddedQuestionnaire* embedded(std::string_view path) {
  for (const auto& e : detail::embedded_questionnaires()) {
    if (e.path == path) return &e;
  }
  return nullptr;
}

TEST(Precompiled, MatchesTheLoader) {
  const auto models = cli::precompiled_questionnaires();
  ASSERT_FALSE(models.empty());
  for (const auto& model : models) {
    const auto* text = embedded(model.path);
    ASSERT_NE(text, nullptr) << model.path;
    EXPECT_EQ(model.text_size, text->text.size()) << model.path;
    Questionnaire built = model.build();
    built.source = std::string(model.path);
    built.set_content(std::string(text->text));
    expect_same(built, load_questionnaire(text->text, std::string(model.path)));
  }
}

TEST(Precompiled, CoversEveryBuiltIn) {
  std::size_t questionnaires = 0;
  for (const auto& e : detail::embedded_questionnaires()) {
    if (parse_translation_file_name(fs::path(e.path).filename().string())) continue;
    ++questionnaires;
  }
  EXPECT_EQ(cli::precompiled_questionnaires().size(), questionnaires);
  const Registry registry({}, cli::precompiled_questionnaires());
  for (const auto& entry : registry.entries()) EXPECT_NE(entry.build, nullptr) << entry.id << "@" << entry.version;
}

// Through the registry: the same model, the same sha256 and the same name in messages.
TEST(Precompiled, RegistryGivesTheSame) {
  const Registry parsed;
  const Registry precompiled({}, cli::precompiled_questionnaires());
  ASSERT_EQ(parsed.entries().size(), precompiled.entries().size());
  for (const auto& entry : parsed.entries()) {
    EXPECT_EQ(entry.build, nullptr);
    const std::string ref = entry.id + "@" + entry.version;
    expect_same(*precompiled.resolve(ref), *parsed.resolve(ref));
  }
}

// A model is tied to the text it was made from: any other text is parsed.
TEST(Precompiled, OtherTextIsParsed) {
  const auto models = cli::precompiled_questionnaires();
  ASSERT_FALSE(models.empty());
  const PrecompiledQuestionnaire stale{models[0].path, models[0].text_size + 1, models[0].build};
  const Registry registry({}, std::span<const PrecompiledQuestionnaire>(&stale, 1));
  for (const auto& entry : registry.entries()) EXPECT_EQ(entry.build, nullptr);
}

// A folder's copy of a built-in version wins, and is read from its file.
TEST(Precompiled, FolderCopyWins) {
  const auto models = cli::precompiled_questionnaires();
  ASSERT_FALSE(models.empty());
  const std::string path(models[0].path);
  std::string text(embedded(path)->text);
  const std::string title = "\"title\": \"";
  const auto at = text.find(title);
  ASSERT_NE(at, std::string::npos);
  text.insert(at + title.size(), "Local copy: ");
  const fs::path dir = fs::temp_directory_path() / ("salesaudit-precompiled-" + std::to_string(::getpid()));
  fs::create_directories((dir / path).parent_path());
  std::ofstream(dir / path) << text;
  const Registry registry({dir.string()}, models);
  const Questionnaire built = models[0].build();
  const auto q = registry.resolve(built.id + "@" + built.version);
  fs::remove_all(dir);
  EXPECT_EQ(q->title, "Local copy: " + built.title);
  EXPECT_EQ(q->source, (dir / path).string());
}

}  // namespace
}  // namespace salesaudit
