// Listing reads each questionnaire's title without loading it; the fast reader gives the
// titles nlohmann::json gives (escapes, duplicate keys, odd documents).

#include "test_util.hpp"

#include <salesaudit/registry.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace salesaudit {
namespace {

namespace fs = std::filesystem;

std::string listed_title(const std::string& text) {
  const fs::path dir = fs::temp_directory_path() / ("salesaudit-registry-title-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "small");
  std::ofstream(dir / "small" / "1.0.0.json") << text;
  const Registry registry({dir.string()});
  fs::remove_all(dir);
  for (const auto& entry : registry.entries()) {
    if (entry.id == "small") return entry.title();
  }
  return "<not listed>";
}

TEST(RegistryTitle, EscapesAreDecoded) {
  EXPECT_EQ(listed_title(R"({"id": "small", "title": "Caf\u00e9 \"x\"\n"})"), "Caf\xc3\xa9 \"x\"\n");
}

TEST(RegistryTitle, LastDuplicateWins) {
  EXPECT_EQ(listed_title(R"({"title": "Early", "id": "small", "title": "Late"})"), "Late");
  EXPECT_EQ(listed_title(R"({"title": "Early", "title": 3})"), "");
}

TEST(RegistryTitle, NoTitleForOddDocuments) {
  EXPECT_EQ(listed_title(R"({"title": 3})"), "");
  EXPECT_EQ(listed_title(R"(["title"])"), "");
  EXPECT_EQ(listed_title(R"({"title": "Broken")"), "");
  EXPECT_EQ(listed_title(""), "");
}

TEST(RegistryTitle, FullParserTitle) {
  // An integer beyond 64 bits: nlohmann::json reads it as a double.
  EXPECT_EQ(listed_title(R"({"big": 123456789012345678901234567890, "title": "Big"})"), "Big");
}

}  // namespace
}  // namespace salesaudit
