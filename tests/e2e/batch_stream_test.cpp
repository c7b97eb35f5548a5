// `score - --input-format ndjson` as a stage of a streaming engine: a writer sends a line
// and waits for its row before sending the next, so no row may wait for later input.

#include "e2e/run_cli.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <string>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace salesaudit::e2e {
namespace {

class Stage {
 public:
  explicit Stage(const std::vector<std::string>& args) {
    int in[2];
    int out[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0) throw std::runtime_error("pipe");
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(in[0], STDIN_FILENO);
      ::dup2(out[1], STDOUT_FILENO);
      const int null = ::open("/dev/null", O_WRONLY);
      ::dup2(null, STDERR_FILENO);
      std::vector<char*> argv;
      std::string bin = SALESAUDIT_BIN;
      argv.push_back(bin.data());
      std::vector<std::string> copies(args);
      for (auto& a : copies) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(bin.c_str(), argv.data());
      ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    to_ = in[1];
    from_ = out[0];
  }
  Stage(const Stage&) = delete;
  Stage& operator=(const Stage&) = delete;
  ~Stage() {
    if (to_ >= 0) ::close(to_);
    if (from_ >= 0) ::close(from_);
    if (pid_ > 0 && !reaped_) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }

  void send(const std::string& text) const {
    ASSERT_EQ(::write(to_, text.data(), text.size()), static_cast<ssize_t>(text.size()));
  }

  // The next line of output, or "<timeout>" when none comes within 15 s.
  std::string line() {
    for (;;) {
      if (const auto nl = pending_.find('\n'); nl != std::string::npos) {
        std::string out = pending_.substr(0, nl);
        pending_.erase(0, nl + 1);
        return out;
      }
      pollfd p{from_, POLLIN, 0};
      if (::poll(&p, 1, 15000) <= 0) return "<timeout>";
      char buffer[4096];
      const ssize_t n = ::read(from_, buffer, sizeof buffer);
      if (n <= 0) return "<eof>";
      pending_.append(buffer, static_cast<std::size_t>(n));
    }
  }

  int finish() {
    ::close(to_);
    to_ = -1;
    int status = 0;
    ::waitpid(pid_, &status, 0);
    reaped_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  pid_t pid_ = -1;
  bool reaped_ = false;
  int to_ = -1;
  int from_ = -1;
  std::string pending_;
};

std::string answers_line(const std::string& respondent) {
  auto doc = nlohmann::json::parse(read_file(source_path("examples/answers/average.json")));
  doc["respondent"]["id"] = respondent;
  return doc.dump() + "\n";
}

TEST(BatchStream, RowBeforeNextLine) {
  Stage stage({"score", "-", "--input-format", "ndjson", "--format", "ndjson"});
  for (int i = 1; i <= 3; ++i) {
    stage.send(answers_line("r-" + std::to_string(i)));
    const std::string row = stage.line();
    ASSERT_NE(row, "<timeout>") << "row " << i << " waited for more input";
    const auto parsed = nlohmann::json::parse(row);
    EXPECT_EQ(parsed["respondent_id"], "r-" + std::to_string(i));
    EXPECT_EQ(parsed["source"], "<stdin>:" + std::to_string(i));
    EXPECT_EQ(parsed["status"], "ok");
  }
  stage.send("{\"broken\": \n");  // an error row comes out as promptly
  const auto error_row = nlohmann::json::parse(stage.line());
  EXPECT_EQ(error_row["status"], "error");
  EXPECT_EQ(stage.finish(), 65);
}

TEST(BatchStream, CsvPrompt) {
  Stage stage({"score", "-", "--input-format", "ndjson", "--format", "csv"});
  stage.send(answers_line("r-9"));
  EXPECT_EQ(stage.line().rfind("source,respondent_id,questionnaire,version,overall,band,", 0), 0U);
  EXPECT_EQ(stage.line().rfind("<stdin>:1,r-9,crisis-mode,1.0.0,", 0), 0U);
  EXPECT_EQ(stage.finish(), 0);
}

}  // namespace
}  // namespace salesaudit::e2e
