// End-to-end: folder inputs read each file once, follow links without looping, and
// report every entry that is not a regular file or a folder (docs/batch.md, "Folders").

#include "e2e/run_cli.hpp"

#include <filesystem>
#include <fstream>
#include <string>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

class FolderInputs : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sa-folder-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "sub");
    fs::copy_file(source_path("examples/answers/average.json"), dir_ / "a.json");
    fs::copy_file(source_path("examples/answers/crisis.json"), dir_ / "sub" / "b.json");
  }
  void TearDown() override { fs::remove_all(dir_); }
  [[nodiscard]] std::string path(const std::string& relative) const { return (dir_ / relative).string(); }
  // Data rows (header and trailing newline left out).
  static std::size_t rows(const std::string& csv) {
    std::size_t lines = 0;
    for (char c : csv) lines += c == '\n' ? 1 : 0;
    return lines == 0 ? 0 : lines - 1;
  }
  fs::path dir_;
};

TEST_F(FolderInputs, LinkToParentAddsNothing) {
  fs::create_directory_symlink("..", dir_ / "sub" / "up");
  const CliResult r = run_cli({"score", dir_.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(rows(r.out), 2u) << r.out;
  EXPECT_EQ(r.err, "scored 2, failed 0\n");
}

TEST_F(FolderInputs, TwoPathsGiveOneRow) {
  fs::create_symlink("a.json", dir_ / "link.json");
  fs::create_hard_link(dir_ / "a.json", dir_ / "sub" / "hard.json");
  const CliResult r = run_cli({"score", dir_.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(rows(r.out), 2u) << r.out;
  // The real path is read, not the link (hard links: the first in path order).
  EXPECT_NE(r.out.find(path("a.json") + ","), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("link.json"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("hard.json"), std::string::npos) << r.out;
}

TEST_F(FolderInputs, HardLinksOneRowEach) {
  // No symbolic link in the tree: files are told apart as they are read, on several
  // workers and over many jobs, and the first path in sorted order is the one kept.
  for (int i = 0; i < 100; ++i) {
    fs::create_hard_link(dir_ / "a.json", dir_ / "sub" / ("h" + std::to_string(i) + ".json"));
  }
  fs::create_hard_link(dir_ / "sub" / "b.json", dir_ / "0.json");
  fs::create_hard_link(dir_ / "sub" / "b.json", dir_ / "sub" / "z.json");
  const CliResult r = run_cli({"score", dir_.string(), "--format", "csv", "--threads", "2"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(rows(r.out), 2u) << r.out;
  EXPECT_NE(r.out.find(path("0.json") + ","), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(path("a.json") + ","), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("sub/"), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "scored 2, failed 0\n");
  const CliResult team = run_cli({"team", dir_.string(), "--format", "json"});
  EXPECT_NE(team.out.find("\"respondents\": 2"), std::string::npos) << team.out;
}

TEST_F(FolderInputs, LinkedFolderReadOnce) {
  fs::create_directory(dir_ / "z");
  fs::copy_file(source_path("examples/answers/in-control.json"), dir_ / "z" / "c.json");
  fs::create_directory_symlink("z", dir_ / "alias");  // sorts before z
  fs::create_directory_symlink(fs::absolute(source_path("examples/answers")), dir_ / "outside");
  const CliResult r = run_cli({"score", dir_.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(path("z/c.json")), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(path("alias/")), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(path("outside/in-control.json")), std::string::npos) << r.out;  // followed
  EXPECT_EQ(rows(r.out), 6u) << r.out;
}

TEST_F(FolderInputs, SpecialNeverBlock) {
  ASSERT_EQ(::mkfifo(path("fifo.json").c_str(), 0600), 0);
  fs::create_symlink("nowhere.json", dir_ / "dangling.json");
  fs::create_symlink("loop.json", dir_ / "loop.json");
  const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(sock, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  const std::string socket_path = path("sub/s.sock");
  ASSERT_LT(socket_path.size(), sizeof address.sun_path);
  socket_path.copy(address.sun_path, socket_path.size());
  ASSERT_EQ(::bind(sock, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);

  const CliResult r = run_cli({"score", dir_.string()});
  ::close(sock);
  EXPECT_EQ(r.exit_code, 66) << r.err;
  EXPECT_EQ(rows(r.out), 6u) << r.out;  // two scored, four error rows
  EXPECT_NE(r.err.find(path("fifo.json") + ": a FIFO (named pipe), not a regular file; skipped\n"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(path("dangling.json") + ": dangling symbolic link; skipped\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path("loop.json") + ": symbolic link loop; skipped\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path("sub/s.sock") + ": a socket, not a regular file; skipped\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("scored 2, failed 4\n"), std::string::npos) << r.err;
}

TEST_F(FolderInputs, TeamCountsEachOnce) {
  fs::create_directory_symlink("..", dir_ / "sub" / "up");
  fs::create_symlink("a.json", dir_ / "again.json");
  const CliResult r = run_cli({"team", dir_.string(), "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"respondents\": 2"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace salesaudit::e2e
