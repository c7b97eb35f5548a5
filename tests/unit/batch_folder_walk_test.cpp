// walk_folder: the files a folder holds, each once; with identity_at_read a tree without
// symbolic links is left to the reader to tell hard links apart, and one with a link is
// not; read_input says which file it read.

#include "batch/folder_walk.hpp"

#include <salesaudit/io.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

namespace salesaudit::batch {
namespace {

namespace fs = std::filesystem;

class FolderWalk : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("salesaudit-walk-" + std::to_string(::getpid()) + "-" +
                                        testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "sub" / "deeper");
    write("a.json");
    write("sub/b.json");
    write("sub/deeper/c.json");
    write("notes.txt");
    write(".json");  // a hidden file: no extension
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name) { std::ofstream(dir_ / name) << "{}"; }
  [[nodiscard]] std::string path(const std::string& name) const { return (dir_ / name).string(); }
  // The paths of the entries, and how many are marked identity_at_read.
  static std::vector<std::string> paths(const std::vector<FolderEntry>& entries, std::size_t& marked) {
    std::vector<std::string> out;
    marked = 0;
    for (const auto& entry : entries) {
      EXPECT_TRUE(entry.problem.empty()) << entry.path << ": " << entry.problem;
      out.push_back(entry.path);
      marked += entry.identity_at_read ? 1 : 0;
    }
    return out;
  }
  fs::path dir_;
};

TEST_F(FolderWalk, SortedJsonFilesOnly) {
  std::size_t marked = 0;
  const std::vector<std::string> want = {path("a.json"), path("sub/b.json"), path("sub/deeper/c.json")};
  EXPECT_EQ(paths(walk_folder(dir_.string()), marked), want);
  EXPECT_EQ(marked, 0u);
  // A root given with a trailing slash names its files as the listing would.
  const std::vector<FolderEntry> slash = walk_folder(dir_.string() + "/");
  ASSERT_EQ(slash.size(), 3u);
  EXPECT_EQ(slash[0].path, dir_.string() + "/a.json");
}

TEST_F(FolderWalk, HardLinksLeftToReader) {
  fs::create_hard_link(dir_ / "a.json", dir_ / "sub" / "hard.json");
  std::size_t marked = 0;
  // Told apart here: the first in path order.
  const std::vector<std::string> checked = {path("a.json"), path("sub/b.json"), path("sub/deeper/c.json")};
  EXPECT_EQ(paths(walk_folder(dir_.string()), marked), checked);
  // Left to the reader: every file, each marked.
  const std::vector<std::string> all = {path("a.json"), path("sub/b.json"), path("sub/deeper/c.json"),
                                        path("sub/hard.json")};
  EXPECT_EQ(paths(walk_folder(dir_.string(), true), marked), all);
  EXPECT_EQ(marked, 4u);
}

TEST_F(FolderWalk, LinkedTreeCheckedHere) {
  fs::create_hard_link(dir_ / "a.json", dir_ / "sub" / "hard.json");
  fs::create_symlink("a.json", dir_ / "0-link.json");  // sorts first, but the real path wins
  std::size_t marked = 0;
  const std::vector<std::string> want = {path("a.json"), path("sub/b.json"), path("sub/deeper/c.json")};
  EXPECT_EQ(paths(walk_folder(dir_.string(), true), marked), want);
  EXPECT_EQ(marked, 0u);
}

TEST_F(FolderWalk, ReadInputGivesIdentity) {
  fs::create_hard_link(dir_ / "a.json", dir_ / "sub" / "hard.json");
  FileIdentity first;
  FileIdentity second;
  FileIdentity other;
  EXPECT_EQ(read_input(path("a.json"), first), "{}");
  EXPECT_EQ(read_input(path("sub/hard.json"), second), "{}");
  EXPECT_EQ(read_input(path("sub/b.json"), other), "{}");
  ASSERT_TRUE(first.known && second.known && other.known);
  EXPECT_EQ(first.inode, second.inode);
  EXPECT_EQ(first.device, second.device);
  EXPECT_NE(first.inode, other.inode);
  FileIdentity missing{1, 2, true};
  EXPECT_ANY_THROW((void)read_input(path("none.json"), missing));
  EXPECT_FALSE(missing.known);
}

}  // namespace
}  // namespace salesaudit::batch
