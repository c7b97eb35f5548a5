// `salesaudit run` in a pseudo-terminal: raw keys, Ctrl-C, SIGTERM, resume, and the
// terminal settings left exactly as they were. Waits poll for expected text with a
// timeout; nothing sleeps for a fixed time.

#include "e2e/run_cli.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <csignal>

#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <utmp.h>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kTimeoutMs = 15000;

bool same_settings(const termios& a, const termios& b) {
  return a.c_iflag == b.c_iflag && a.c_oflag == b.c_oflag && a.c_cflag == b.c_cflag && a.c_lflag == b.c_lflag &&
         std::memcmp(a.c_cc, b.c_cc, sizeof a.c_cc) == 0;
}

// The binary on the slave side of a fresh pseudo-terminal; the test drives the master.
class PtySession {
 public:
  PtySession(const std::vector<std::string>& args, const std::vector<std::string>& env, unsigned short columns = 120) {
    int slave = -1;
    winsize size{};
    size.ws_row = 40;
    size.ws_col = columns;
    if (::openpty(&master_, &slave, nullptr, nullptr, &size) != 0) throw std::runtime_error("openpty failed");
    ::tcgetattr(slave, &before);
    pid_ = ::fork();
    if (pid_ == 0) {
      ::close(master_);
      ::login_tty(slave);
      for (const auto& entry : env) {  // "NAME=value" sets, "NAME" unsets
        const auto eq = entry.find('=');
        if (eq == std::string::npos) {
          ::unsetenv(entry.c_str());
        } else {
          ::setenv(entry.substr(0, eq).c_str(), entry.substr(eq + 1).c_str(), 1);
        }
      }
      std::vector<std::string> argv_store = {SALESAUDIT_BIN};
      argv_store.insert(argv_store.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (auto& a : argv_store) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(SALESAUDIT_BIN, argv.data());
      ::_exit(127);
    }
    ::close(slave);
  }
  ~PtySession() {
    if (pid_ > 0 && !exited_) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    ::close(master_);
  }

  // Waits until `text` appears after everything matched so far.
  bool expect(const std::string& text) {
    const auto deadline = Clock::now() + std::chrono::milliseconds(kTimeoutMs);
    for (;;) {
      if (const auto at = seen.find(text, matched_); at != std::string::npos) {
        matched_ = at + text.size();
        return true;
      }
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0 || !read_some(static_cast<int>(left))) {
        ADD_FAILURE() << "did not see \"" << text << "\"; output so far:\n" << seen;
        return false;
      }
    }
  }
  void send(const std::string& keys) { ASSERT_EQ(::write(master_, keys.data(), keys.size()), ssize_t(keys.size())); }
  void signal(int sig) { ::kill(pid_, sig); }
  // A new window size: the kernel sends SIGWINCH to the program on the terminal.
  void resize(unsigned short columns) {
    winsize size{};
    size.ws_row = 40;
    size.ws_col = columns;
    ASSERT_EQ(::ioctl(master_, TIOCSWINSZ, &size), 0);
  }
  // Everything seen since the last match.
  [[nodiscard]] std::size_t position() const { return matched_; }
  // Reads the rest of the output, then the exit code.
  int finish() {
    const auto deadline = Clock::now() + std::chrono::milliseconds(kTimeoutMs);
    while (Clock::now() < deadline) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (!read_some(static_cast<int>(left))) break;
    }
    ::tcgetattr(master_, &after);  // a master reports its slave's settings
    int status = 0;
    ::waitpid(pid_, &status, 0);
    exited_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  termios current() const {
    termios now{};
    ::tcgetattr(master_, &now);
    return now;
  }

  std::string seen;
  termios before{};
  termios after{};

 private:
  bool read_some(int timeout_ms) {
    pollfd fd = {master_, POLLIN, 0};
    if (::poll(&fd, 1, timeout_ms) <= 0) return false;
    char buffer[4096];
    const ssize_t n = ::read(master_, buffer, sizeof buffer);
    if (n <= 0) return false;  // EIO: the child closed the terminal
    seen.append(buffer, static_cast<std::size_t>(n));
    return true;
  }
  int master_ = -1;
  pid_t pid_ = -1;
  bool exited_ = false;
  std::size_t matched_ = 0;
};

class RunPty : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "salesaudit-pty-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir = tmpl;
    answers = (dir / "answers.json").string();
  }
  void TearDown() override { fs::remove_all(dir); }
  enum class Colour { off, automatic };
  std::unique_ptr<PtySession> start(std::vector<std::string> extra = {}, Colour colour = Colour::off,
                                    unsigned short columns = 120,
                                    const std::string& questionnaire = source_path("tests/e2e/data/run-small.json")) {
    std::vector<std::string> args = {"run",   questionnaire, "--answers",
                                     answers, "--output",    (dir / "report.txt").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    const std::vector<std::string> env = {"TERM=xterm", "LANG=C.UTF-8", "SALESAUDIT_NOW=2026-11-26T10:00:00Z",
                                          colour == Colour::off ? "NO_COLOR=1" : "NO_COLOR"};
    return std::make_unique<PtySession>(args, env, columns);
  }
  void skip_details(PtySession& pty) {
    for (const char* prompt : {"Name: ", "Team: ", "Role: "}) {
      ASSERT_TRUE(pty.expect(prompt));
      pty.send("\r");
    }
  }
  [[nodiscard]] nlohmann::json saved() const { return nlohmann::json::parse(read_file(answers)); }
  fs::path dir;
  std::string answers;
};

// The lines of append-only terminal output: "\r\n" ends a line, and what follows a "\r"
// inside one overwrote it.
std::vector<std::string> screen_lines(const std::string& output) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (;;) {
    const auto end = output.find('\n', start);
    std::string line = output.substr(start, end == std::string::npos ? std::string::npos : end - start);
    while (!line.empty() && line.back() == '\r') line.pop_back();
    if (const auto cr = line.rfind('\r'); cr != std::string::npos) line.erase(0, cr + 1);
    lines.push_back(line);
    if (end == std::string::npos) return lines;
    start = end + 1;
  }
}

// Columns of a line of the test questionnaires' text: one per character (no wide ones).
std::size_t columns_of(const std::string& line) {
  std::size_t n = 0;
  for (const char c : line) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// Every line fits `columns`, and `phrase` reads whole when the breaks become spaces again.
void expect_wrapped(const std::string& output, std::size_t columns, const std::vector<std::string>& phrases) {
  std::string joined;
  for (const auto& line : screen_lines(output)) {
    // The exit note comes after the terminal is restored, like any command's stderr.
    if (line.rfind("saved ", 0) != 0) {
      EXPECT_LE(columns_of(line), columns) << "\"" << line << "\" in:\n" << output;
    }
    std::size_t first = line.find_first_not_of(' ');
    joined += " " + (first == std::string::npos ? std::string() : line.substr(first));
  }
  for (const auto& phrase : phrases) EXPECT_NE(joined.find(phrase), std::string::npos) << phrase << "\n" << joined;
}

TEST_F(RunPty, WrapsAtFortyColumns) {
  auto pty = start({}, Colour::off, 40);
  skip_details(*pty);
  ASSERT_TRUE(pty->expect("[1/4] Habits"));
  pty->send("4");
  pty->send("y");
  pty->send("2");
  ASSERT_TRUE(pty->expect("[4/5] Habits"));
  ASSERT_TRUE(pty->expect("> "));
  pty->send("q");
  EXPECT_EQ(pty->finish(), 130);
  expect_wrapped(pty->seen, 40,
                 {"and Enter); < back, r review, ? help, q save and quit",
                  "How many times a day do you check messages while away?",
                  "Type a number from 0 to 50 (checks a day), or na (not applicable) and press Enter; < back"});
}

TEST_F(RunPty, WrapsAuditHundredColumns) {
  auto pty = start({}, Colour::off, 100, "crisis-mode");
  skip_details(*pty);
  ASSERT_TRUE(pty->expect("[1/"));
  ASSERT_TRUE(pty->expect("> "));
  pty->send("3\r");
  ASSERT_TRUE(pty->expect("[2/"));
  ASSERT_TRUE(pty->expect("> "));
  pty->send("q");
  EXPECT_EQ(pty->finish(), 130);
  expect_wrapped(pty->seen, 100,
                 {"In a typical week over the last 30 days, how many problems did reps bring you with no proposed fix?",
                  "and press Enter; < back, r review, ? help, q save and quit",
                  "how often did you give your own solution first?"});
}

TEST_F(RunPty, ResizeWrapsTheQuestionAgain) {
  auto pty = start();
  skip_details(*pty);
  ASSERT_TRUE(pty->expect("[1/4] Habits"));
  ASSERT_TRUE(pty->expect("> "));
  pty->send("\x1b[B");  // a selection in progress survives the redraw
  ASSERT_TRUE(pty->expect("> 1  Never"));
  const std::size_t before = pty->position();
  pty->resize(30);
  ASSERT_TRUE(pty->expect("[1/4] Habits"));
  ASSERT_TRUE(pty->expect("> 1  Never"));
  const std::string redrawn = pty->seen.substr(before);
  pty->send("\r");
  ASSERT_TRUE(pty->expect("[2/4] Cover"));
  pty->send("q");
  EXPECT_EQ(pty->finish(), 130);
  expect_wrapped(redrawn.substr(redrawn.find("[1/4] Habits")), 30,
                 {"How often do you ask for options first?", "and Enter); < back, r review, ? help, q save and quit"});
  EXPECT_EQ(saved()["answers"], nlohmann::json::parse(R"({"pace": 1})"));
}

TEST_F(RunPty, DigitOnYesNoIsRefusedAtOnce) {
  auto pty = start();
  skip_details(*pty);
  ASSERT_TRUE(pty->expect("[1/4] Habits"));
  pty->send("4");
  ASSERT_TRUE(pty->expect("[2/4] Cover"));
  pty->send("3");  // no Enter
  ASSERT_TRUE(pty->expect("Not accepted: \"3\". Type y or n"));
  ASSERT_TRUE(pty->expect("> "));
  pty->send("y");
  ASSERT_TRUE(pty->expect("[3/5] Cover"));
  pty->send("q");
  EXPECT_EQ(pty->finish(), 130);
  EXPECT_EQ(saved()["answers"], nlohmann::json::parse(R"({"pace": 4, "deputy": true})"));
}

TEST_F(RunPty, ArrowsStartAtTheCurrentAnswer) {
  auto pty = start();
  skip_details(*pty);
  ASSERT_TRUE(pty->expect("[1/4] Habits"));
  pty->send("4");
  ASSERT_TRUE(pty->expect("[2/4] Cover"));
  pty->send("n");
  ASSERT_TRUE(pty->expect("[3/4] Habits"));
  pty->send("r");
  ASSERT_TRUE(pty->expect("A number to change that answer"));
  pty->send("1\r");
  ASSERT_TRUE(pty->expect("Current answer: 4 (Usually)"));
  ASSERT_TRUE(pty->expect("> "));
  pty->send("\x1b[A");  // up from 4
  ASSERT_TRUE(pty->expect("3  Half the time"));
  pty->send("\r");
  ASSERT_TRUE(pty->expect("[3/4] Habits"));
  pty->send("q");
  EXPECT_EQ(pty->finish(), 130);
  EXPECT_EQ(saved()["answers"], nlohmann::json::parse(R"({"pace": 3, "deputy": false})"));
}

TEST_F(RunPty, SkippedStaysSkippedResume) {
  {
    auto pty = start();
    skip_details(*pty);
    ASSERT_TRUE(pty->expect("[1/4] Habits"));
    pty->send("4");
    ASSERT_TRUE(pty->expect("[2/4] Cover"));
    pty->send("n");
    ASSERT_TRUE(pty->expect("[3/4] Habits"));
    pty->send("5\r");
    ASSERT_TRUE(pty->expect("[4/4] Notes"));
    pty->send(">");
    ASSERT_TRUE(pty->expect("Enter to finish"));
    pty->send("q\r");
    EXPECT_EQ(pty->finish(), 130);
  }
  EXPECT_TRUE(saved()["answers"]["note"].is_null());
  auto pty = start({"--resume"});
  ASSERT_TRUE(pty->expect("Resuming: 3 of 4 answered."));
  ASSERT_TRUE(pty->expect("Enter to finish"));
  EXPECT_EQ(pty->seen.find("[4/4] Notes"), std::string::npos) << pty->seen;
  pty->send("\r");
  EXPECT_EQ(pty->finish(), 0) << pty->seen;
  EXPECT_EQ(saved()["answers"], nlohmann::json::parse(R"({"pace": 4, "deputy": false, "checks": 5, "note": null})"));
}

TEST_F(RunPty, SingleKeysBackSkipAndFinish) {
  auto pty = start();
  skip_details(*pty);
  ASSERT_TRUE(pty->expect("[1/4] Habits"));
  ASSERT_TRUE(pty->expect("Press 1-5"));
  EXPECT_EQ(pty->current().c_lflag & ICANON, 0u);  // raw keys while asking
  pty->send("4");                                  // no Enter: one digit answers at once
  ASSERT_TRUE(pty->expect("[2/4] Cover"));
  pty->send("<");
  ASSERT_TRUE(pty->expect("[1/4] Habits"));
  ASSERT_TRUE(pty->expect("Current answer: 4 (Usually)"));
  pty->send("5");
  ASSERT_TRUE(pty->expect("[2/4] Cover"));
  pty->send("y");
  ASSERT_TRUE(pty->expect("[3/5] Cover"));
  pty->send("\x1b[B\x1b[B\r");  // arrow down twice, Enter: the second choice
  ASSERT_TRUE(pty->expect("[4/5] Habits"));
  pty->send("12\r");
  ASSERT_TRUE(pty->expect("[5/5] Notes"));
  pty->send(">");
  ASSERT_TRUE(pty->expect("Enter to finish"));
  pty->send("\r");
  EXPECT_EQ(pty->finish(), 0) << pty->seen;
  EXPECT_TRUE(same_settings(pty->before, pty->after));
  EXPECT_EQ(pty->seen.find('\x1b'), std::string::npos) << "escape codes despite NO_COLOR";
  EXPECT_EQ(saved()["answers"],
            nlohmann::json::parse(R"({"pace": 5, "deputy": true, "authority": "some", "checks": 12, "note": null})"));
  EXPECT_FALSE(saved()["completed_at"].is_null());
  EXPECT_TRUE(fs::exists(dir / "report.txt"));
}

TEST_F(RunPty, CtrlC130) {
  auto pty = start();
  skip_details(*pty);
  ASSERT_TRUE(pty->expect("[1/4] Habits"));
  pty->send("3");
  ASSERT_TRUE(pty->expect("[2/4] Cover"));
  pty->send("\x03");
  ASSERT_TRUE(pty->expect("saved 1 of 4 answers to " + answers + "; resume with: salesaudit run"));
  EXPECT_EQ(pty->finish(), 130);
  EXPECT_TRUE(same_settings(pty->before, pty->after));
  EXPECT_EQ(saved()["answers"], nlohmann::json::parse(R"({"pace": 3})"));
  EXPECT_TRUE(saved()["completed_at"].is_null());
}

TEST_F(RunPty, Sigterm130) {
  auto pty = start();
  skip_details(*pty);
  ASSERT_TRUE(pty->expect("[1/4] Habits"));
  pty->send("2");
  ASSERT_TRUE(pty->expect("[2/4] Cover"));
  pty->signal(SIGTERM);
  ASSERT_TRUE(pty->expect("saved 1 of 4 answers"));
  EXPECT_EQ(pty->finish(), 130);
  EXPECT_TRUE(same_settings(pty->before, pty->after));
  EXPECT_EQ(saved()["answers"], nlohmann::json::parse(R"({"pace": 2})"));
}

TEST_F(RunPty, KillNineLeavesAValidFile) {
  auto pty = start();
  skip_details(*pty);
  ASSERT_TRUE(pty->expect("[1/4] Habits"));
  pty->send("5");
  ASSERT_TRUE(pty->expect("[2/4] Cover"));
  pty->signal(SIGKILL);
  EXPECT_EQ(pty->finish(), 128 + SIGKILL);
  EXPECT_EQ(saved()["answers"], nlohmann::json::parse(R"({"pace": 5})"));
  const auto check = run_cli({"validate", source_path("tests/e2e/data/run-small.json"), answers});
  EXPECT_EQ(check.exit_code, 0) << check.err;
  for (const auto& entry : fs::directory_iterator(dir)) {  // no temporary file left beside it
    EXPECT_EQ(entry.path().filename().string().rfind(".answers.json.tmp", 0), std::string::npos);
  }
}

TEST_F(RunPty, QuitThenResume) {
  {
    auto pty = start();
    skip_details(*pty);
    ASSERT_TRUE(pty->expect("[1/4] Habits"));
    pty->send("4");
    ASSERT_TRUE(pty->expect("[2/4] Cover"));
    pty->send("n");
    ASSERT_TRUE(pty->expect("[3/4] Habits"));
    pty->send("q");
    EXPECT_EQ(pty->finish(), 130);
    EXPECT_TRUE(same_settings(pty->before, pty->after));
  }
  auto pty = start({"--resume"});
  ASSERT_TRUE(pty->expect("Resuming: 2 of 4 answered."));
  ASSERT_TRUE(pty->expect("[3/4] Habits"));
  EXPECT_EQ(pty->seen.find("[1/"), std::string::npos);
  pty->send("na\r");
  ASSERT_TRUE(pty->expect("[4/4] Notes"));
  pty->send("\r");  // Enter with nothing typed skips an optional question
  ASSERT_TRUE(pty->expect("Enter to finish"));
  pty->send("\r");
  EXPECT_EQ(pty->finish(), 0) << pty->seen;
  EXPECT_EQ(saved()["answers"], nlohmann::json::parse(R"({"pace": 4, "deputy": false, "checks": "na", "note": null})"));
}

TEST_F(RunPty, Accessible) {
  auto pty = start({"--accessible"});
  skip_details(*pty);
  ASSERT_TRUE(pty->expect("[1/4] Habits"));
  ASSERT_TRUE(pty->expect("Type a number from 1 to 5; < back"));
  EXPECT_NE(pty->current().c_lflag & ICANON, 0u);  // the terminal's own line editing
  pty->send("2\r");
  ASSERT_TRUE(pty->expect("[2/4] Cover"));
  pty->send("\x03");  // SIGINT from the terminal driver
  ASSERT_TRUE(pty->expect("saved 1 of 4 answers"));
  EXPECT_EQ(pty->finish(), 130);
  EXPECT_TRUE(same_settings(pty->before, pty->after));
  EXPECT_EQ(saved()["answers"], nlohmann::json::parse(R"({"pace": 2})"));
}

TEST_F(RunPty, ColourOnlyWithoutNoColor) {
  auto pty = start({}, Colour::automatic);
  skip_details(*pty);
  ASSERT_TRUE(pty->expect("[1/4] Habits"));
  pty->send("q");
  EXPECT_EQ(pty->finish(), 130);
  EXPECT_NE(pty->seen.find("\x1b[1m[1/4] Habits"), std::string::npos);
  EXPECT_TRUE(same_settings(pty->before, pty->after));
}

TEST_F(RunPty, ColorNeverMeansNoEscapeCodes) {
  auto pty = start({"--color", "never"}, Colour::automatic);
  skip_details(*pty);
  ASSERT_TRUE(pty->expect("[1/4] Habits"));
  pty->send("4");
  ASSERT_TRUE(pty->expect("[2/4] Cover"));
  pty->send("q");
  EXPECT_EQ(pty->finish(), 130);
  EXPECT_EQ(pty->seen.find('\x1b'), std::string::npos);
}

}  // namespace
}  // namespace salesaudit::e2e
