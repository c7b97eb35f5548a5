#include "e2e/serve_process.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <filesystem>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace salesaudit::e2e {

namespace {

using Clock = std::chrono::steady_clock;

}  // namespace

ServeProcess::ServeProcess(const std::string& dir, const std::vector<std::string>& extra) {
  int out_pipe[2];
  if (::pipe(out_pipe) != 0) return;
  std::vector<std::string> args = {SALESAUDIT_BIN, "serve"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.emplace_back("--answers-dir");
  args.push_back(dir);
  const auto listen = std::find(extra.begin(), extra.end(), "--listen");
  if (listen == extra.end()) {
    args.emplace_back("--listen");
    args.emplace_back("127.0.0.1:0");
  }
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_addclose(&actions, out_pipe[0]);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  pid_t pid = -1;
  const int rc = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out_pipe[1]);
  if (rc != 0) {
    ::close(out_pipe[0]);
    return;
  }
  pid_ = pid;
  out_fd_ = out_pipe[0];
  std::string buffer;
  const auto deadline = Clock::now() + std::chrono::seconds(20);
  while (facilitator_.empty() && Clock::now() < deadline) {
    pollfd p{out_fd_, POLLIN, 0};
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (::poll(&p, 1, static_cast<int>(std::max<long>(left, 1))) <= 0) continue;
    char chunk[512];
    const ssize_t n = ::read(out_fd_, chunk, sizeof chunk);
    if (n <= 0) break;
    buffer.append(chunk, static_cast<std::size_t>(n));
    for (auto nl = buffer.find('\n'); nl != std::string::npos; nl = buffer.find('\n')) {
      lines_.push_back(buffer.substr(0, nl));
      buffer.erase(0, nl + 1);
      const std::string& line = lines_.back();
      if (line.rfind("join: ", 0) == 0) join_ = line.substr(6);
      if (line.rfind("facilitator: ", 0) == 0) facilitator_ = line.substr(13);
    }
  }
  // The port is the join URL's, or the one asked for (--public-url hides it).
  const std::string where = listen == extra.end() || listen + 1 == extra.end() ? join_ : *(listen + 1);
  const auto colon = where.rfind(':');
  if (!facilitator_.empty() && colon != std::string::npos) port_ = std::atoi(where.c_str() + colon + 1);
  EXPECT_GT(port_, 0) << "serve did not print its URLs in time";
}

ServeProcess::~ServeProcess() {
  if (pid_ > 0) stop(SIGKILL);
  if (out_fd_ >= 0) ::close(out_fd_);
}

std::string ServeProcess::facilitator_path() const {
  const auto at = facilitator_.find("/f/");
  return at == std::string::npos ? std::string() : facilitator_.substr(at);
}

std::string ServeProcess::origin() const {
  return "http://127.0.0.1:" + std::to_string(port_);
}

httplib::Client ServeProcess::client() const {
  httplib::Client c("127.0.0.1", port_);
  c.set_follow_location(false);
  c.set_connection_timeout(5);
  c.set_read_timeout(20);
  c.set_keep_alive(true);
  return c;
}

httplib::Result ServeProcess::post(httplib::Client& c, const std::string& path, const std::string& body) const {
  httplib::Headers headers = {{"Origin", origin()}};
  return c.Post(path, headers, body, "application/x-www-form-urlencoded");
}

int ServeProcess::stop(int sig) {
  if (pid_ <= 0) return -1;
  ::kill(pid_, sig);
  const auto deadline = Clock::now() + std::chrono::seconds(30);
  int status = 0;
  while (Clock::now() < deadline) {
    const pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    pollfd none{-1, 0, 0};
    ::poll(&none, 0, 10);  // brief wait between checks of the child's state
  }
  ::kill(pid_, SIGKILL);
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  return -1;
}

int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

std::string fresh_dir(const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("salesaudit-serve-" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

std::string see_other(const httplib::Result& r) {
  if (!r || r->status != 303) return {};
  return r->get_header_value("Location");
}

std::string form_encode(const std::string& value) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (const char c : value) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0 || c == '-' || c == '_' || c == '.' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 15];
    }
  }
  return out;
}

}  // namespace salesaudit::e2e
