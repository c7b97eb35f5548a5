// End-to-end: the tool killed with SIGKILL while it writes --output leaves the previous
// file or the complete new one, never a partial file. The kill moment is driven by how
// much input the process has read from a pipe (a blocking write returns once the
// process has taken the bytes), not by sleeps.

#include "e2e/run_cli.hpp"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

// Writes all of `data` to `fd`; false if the reader went away.
bool write_all(int fd, const std::string& data) {
  std::size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

struct Child {
  pid_t pid = -1;
  int stdin_fd = -1;
};

Child spawn(const std::vector<std::string>& args) {
  int in_pipe[2];
  if (::pipe(in_pipe) != 0) return {};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_pipe[0], 0);
  posix_spawn_file_actions_addclose(&actions, in_pipe[1]);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<std::string> argv_strings{SALESAUDIT_BIN};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  Child child;
  if (::posix_spawn(&child.pid, SALESAUDIT_BIN, &actions, nullptr, argv.data(), environ) != 0) child.pid = -1;
  posix_spawn_file_actions_destroy(&actions);
  ::close(in_pipe[0]);
  child.stdin_fd = in_pipe[1];
  return child;
}

// Every respondent of the examples, many times over, one document per line.
std::string big_ndjson(std::size_t copies) {
  std::vector<std::string> lines;
  for (const char* name : {"average", "crisis", "in-control"}) {
    std::string doc = read_file(source_path(std::string("examples/answers/") + name + ".json"));
    std::string line;
    for (char c : doc) line += c == '\n' ? ' ' : c;
    lines.push_back(line + "\n");
  }
  std::string out;
  for (std::size_t i = 0; i < copies; ++i) out += lines[i % lines.size()];
  return out;
}

class CrashSafety : public ::testing::Test {
 protected:
  void SetUp() override {
    std::signal(SIGPIPE, SIG_IGN);
    dir_ = fs::temp_directory_path() / ("sa-crash-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(CrashSafety, BatchKill9) {
  const std::string input = big_ndjson(3000);  // about 4 MB
  const std::string output = (dir_ / "rows.csv").string();
  const std::vector<std::string> args{"score",     "-", "--input-format", "ndjson", "--format", "csv",
                                      "--threads", "2", "--output",       output};
  // The complete output, for comparison.
  Child full = spawn(args);
  ASSERT_GT(full.pid, 0);
  ASSERT_TRUE(write_all(full.stdin_fd, input));
  ::close(full.stdin_fd);
  int status = 0;
  ::waitpid(full.pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  const std::string complete = read_file(output);
  ASSERT_GT(complete.size(), 100000u);

  const std::string old_content = "old,file\n";
  int old_seen = 0;
  int new_seen = 0;
  for (std::size_t step = 0; step <= 10; ++step) {
    std::ofstream(output, std::ios::binary | std::ios::trunc) << old_content;
    Child child = spawn(args);
    ASSERT_GT(child.pid, 0);
    // Feed a growing share of the input; at step 10 all of it and end of input, so the
    // kill lands while rows are written, at the commit, or after it.
    const std::size_t share = input.size() * step / 10;
    write_all(child.stdin_fd, input.substr(0, share));
    if (step == 10) ::close(child.stdin_fd);
    ::kill(child.pid, SIGKILL);
    ::waitpid(child.pid, &status, 0);
    if (step != 10) ::close(child.stdin_fd);
    const std::string now = read_file(output);
    EXPECT_TRUE(now == old_content || now == complete)
        << "step " << step << ": partial file of " << now.size() << " bytes";
    (now == old_content ? old_seen : new_seen)++;
  }
  EXPECT_GE(old_seen, 1);
}

TEST_F(CrashSafety, ReportKill9) {
  // The single-report path (write_file_atomic): killed at the moment its input ends.
  const std::string input = read_file(source_path("examples/answers/average.json"));
  const std::string output = (dir_ / "report.json").string();
  const std::vector<std::string> args{"score", "-", "--format", "json", "--output", output};
  Child full = spawn(args);
  ASSERT_GT(full.pid, 0);
  ASSERT_TRUE(write_all(full.stdin_fd, input));
  ::close(full.stdin_fd);
  int status = 0;
  ::waitpid(full.pid, &status, 0);
  const std::string complete = read_file(output);
  ASSERT_FALSE(complete.empty());
  for (int i = 0; i < 20; ++i) {
    std::ofstream(output, std::ios::binary | std::ios::trunc) << "{}";
    Child child = spawn(args);
    ASSERT_GT(child.pid, 0);
    write_all(child.stdin_fd, input);
    ::close(child.stdin_fd);
    ::kill(child.pid, SIGKILL);
    ::waitpid(child.pid, &status, 0);
    const std::string now = read_file(output);
    EXPECT_TRUE(now == "{}" || now == complete) << "partial file of " << now.size() << " bytes";
  }
}

// The tool never replaces a file it read: an answers file, a questionnaire given as a
// file, or a *.json inside an input folder.
TEST_F(CrashSafety, KeepsInputs) {
  const std::string answers = (dir_ / "a.json").string();
  const std::string original = read_file(source_path("examples/answers/average.json"));
  const std::string questionnaire = (dir_ / "q.json").string();
  const std::string q_text = read_file(source_path("questionnaires/crisis-mode/1.0.0.json"));
  fs::create_directories(dir_ / "folder");
  const std::string in_folder = (dir_ / "folder" / "b.json").string();
  std::ofstream(answers, std::ios::binary) << original;
  std::ofstream(questionnaire, std::ios::binary) << q_text;
  std::ofstream(in_folder, std::ios::binary) << original;
  const std::string folder = (dir_ / "folder").string();
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"score", answers, "--output", answers}, answers},
      {{"score", answers, "-q", questionnaire, "--output", questionnaire}, questionnaire},
      {{"score", folder, "--format", "csv", "--output", in_folder}, in_folder},
      {{"score", folder, answers, "--format", "json", "--output", in_folder}, in_folder},
      {{"team", folder, answers, "--output", in_folder}, in_folder},
      {{"migrate", answers, "--output", answers}, answers},
      {{"template", questionnaire, "--output", questionnaire}, questionnaire},
      {{"template", questionnaire, "--format", "csv", "--output", (dir_ / "t.csv").string(), "--codebook",
        questionnaire},
       questionnaire},
  };
  for (const auto& [args, target] : cases) {
    const std::string before = read_file(target);
    const CliResult r = run_cli(args);
    EXPECT_EQ(r.exit_code, 73) << args[0] << " " << target << ": " << r.err;
    EXPECT_NE(r.err.find(target + ": refusing to overwrite an input file; choose another --output"), std::string::npos)
        << r.err;
    EXPECT_EQ(read_file(target), before) << target;
  }
  // A new file inside an input folder is fine: it was not read.
  const CliResult r =
      run_cli({"score", folder, "--format", "csv", "--output", (dir_ / "folder" / "rows.csv").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

}  // namespace
}  // namespace salesaudit::e2e
