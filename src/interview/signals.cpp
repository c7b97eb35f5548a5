#include "interview/signals.hpp"

#include <salesaudit/error.hpp>

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace salesaudit {

namespace {

volatile std::sig_atomic_t g_signal = 0;
int g_pipe[2] = {-1, -1};
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previous[3];

extern "C" void on_signal(int sig) {
  const int saved_errno = errno;
  g_signal = sig;
  const char byte = 1;
  [[maybe_unused]] const auto n = ::write(g_pipe[1], &byte, 1);
  errno = saved_errno;
}

}  // namespace

InterruptGuard::InterruptGuard() {
  g_signal = 0;
  if (::pipe(g_pipe) != 0) throw Error(ExitCode::output_failed, "cannot create a pipe for signal handling");
  for (int fd : g_pipe) {
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(fd, F_SETFL, O_NONBLOCK);
  }
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocked read returns EINTR, then poll sees the pipe
  for (int i = 0; i < 3; ++i) ::sigaction(kSignals[i], &action, &g_previous[i]);
}

InterruptGuard::~InterruptGuard() {
  for (int i = 0; i < 3; ++i) ::sigaction(kSignals[i], &g_previous[i], nullptr);
  ::close(g_pipe[0]);
  ::close(g_pipe[1]);
  g_pipe[0] = g_pipe[1] = -1;
}

int InterruptGuard::fd() const {
  return g_pipe[0];
}

bool InterruptGuard::interrupted() const {
  return g_signal != 0;
}

ReadStatus read_byte(int fd, int signal_fd, char& byte, int timeout_ms) {
  for (;;) {
    pollfd fds[2] = {{fd, POLLIN, 0}, {signal_fd, POLLIN, 0}};
    const int ready = ::poll(fds, signal_fd >= 0 ? 2 : 1, timeout_ms);
    if (ready < 0) {
      if (errno == EINTR) continue;
      return ReadStatus::end;
    }
    if (ready == 0) return ReadStatus::timeout;
    if (signal_fd >= 0 && (fds[1].revents & POLLIN) != 0) return ReadStatus::interrupted;
    if (fds[0].revents == 0) continue;
    const ssize_t n = ::read(fd, &byte, 1);
    if (n == 1) return ReadStatus::byte;
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    return ReadStatus::end;
  }
}

}  // namespace salesaudit
