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

volatile std::sig_atomic_t g_resized = 0;
int g_resize_pipe[2] = {-1, -1};
struct sigaction g_previous_winch;

extern "C" void on_resize(int /*sig*/) {
  const int saved_errno = errno;
  g_resized = 1;
  const char byte = 1;
  [[maybe_unused]] const auto n = ::write(g_resize_pipe[1], &byte, 1);
  errno = saved_errno;
}

void open_self_pipe(int (&fds)[2]) {
  if (::pipe(fds) != 0) throw Error(ExitCode::output_failed, "cannot create a pipe for signal handling");
  for (int fd : fds) {
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(fd, F_SETFL, O_NONBLOCK);
  }
}

}  // namespace

ResizeWatch::ResizeWatch() {
  g_resized = 0;
  open_self_pipe(g_resize_pipe);
  struct sigaction action {};
  action.sa_handler = on_resize;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;  // the pipe wakes poll; other calls need not fail
  ::sigaction(SIGWINCH, &action, &g_previous_winch);
}

ResizeWatch::~ResizeWatch() {
  ::sigaction(SIGWINCH, &g_previous_winch, nullptr);
  ::close(g_resize_pipe[0]);
  ::close(g_resize_pipe[1]);
  g_resize_pipe[0] = g_resize_pipe[1] = -1;
}

int ResizeWatch::fd() const {
  return g_resize_pipe[0];
}

bool ResizeWatch::take() {
  char drain[64];
  while (::read(g_resize_pipe[0], drain, sizeof drain) > 0) {
  }
  const bool resized = g_resized != 0;
  g_resized = 0;
  return resized;
}

InterruptGuard::InterruptGuard() {
  g_signal = 0;
  open_self_pipe(g_pipe);
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  // SA_RESTART: a signal that arrives while a question is being written must not fail
  // that write (a stream that saw EINTR drops everything after it, the "saved" line
  // too). Waiting is unaffected: poll is never restarted, and it watches the pipe.
  action.sa_flags = SA_RESTART;
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

ReadStatus read_byte(int fd, int signal_fd, char& byte, int timeout_ms, int resize_fd) {
  for (;;) {
    // Unused slots have fd -1, which poll ignores.
    pollfd fds[3] = {{fd, POLLIN, 0}, {signal_fd, POLLIN, 0}, {resize_fd, POLLIN, 0}};
    const int ready = ::poll(fds, 3, timeout_ms);
    if (ready < 0) {
      if (errno == EINTR) continue;
      return ReadStatus::end;
    }
    if (ready == 0) return ReadStatus::timeout;
    if (signal_fd >= 0 && (fds[1].revents & POLLIN) != 0) return ReadStatus::interrupted;
    if (resize_fd >= 0 && (fds[2].revents & POLLIN) != 0) return ReadStatus::resized;
    if (fds[0].revents == 0) continue;
    const ssize_t n = ::read(fd, &byte, 1);
    if (n == 1) return ReadStatus::byte;
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    return ReadStatus::end;
  }
}

}  // namespace salesaudit
