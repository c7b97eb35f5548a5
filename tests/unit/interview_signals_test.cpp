// The interrupt guard catches Ctrl-C without breaking output that is being written.
#include "interview/signals.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>

#include <fcntl.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace salesaudit {
namespace {

// The scheduler state of a thread: 'S' while it sleeps in a blocking call.
char thread_state(pid_t tid) {
  std::ifstream stat("/proc/self/task/" + std::to_string(tid) + "/stat");
  std::string line;
  std::getline(stat, line);
  const auto close = line.rfind(')');
  return close == std::string::npos || close + 2 >= line.size() ? '?' : line[close + 2];
}

TEST(InterruptGuard, WriteSurvivesSignal) {
  InterruptGuard guard;
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  const int capacity = ::fcntl(fds[1], F_GETPIPE_SZ);
  ASSERT_GT(capacity, 0);
  const std::string fill(static_cast<std::size_t>(capacity), 'x');
  ASSERT_EQ(::write(fds[1], fill.data(), fill.size()), ssize_t(fill.size()));

  // The writer blocks on the full pipe before it has written a byte: the moment a
  // handler without SA_RESTART turns into EINTR.
  std::atomic<pid_t> writer_tid{0};
  ssize_t written = -2;
  int write_errno = 0;
  std::thread writer([&] {
    writer_tid = static_cast<pid_t>(::syscall(SYS_gettid));
    written = ::write(fds[1], "y", 1);
    write_errno = errno;
  });
  while (writer_tid == 0 || thread_state(writer_tid) != 'S') std::this_thread::yield();
  ASSERT_EQ(::pthread_kill(writer.native_handle(), SIGINT), 0);
  // The handler has run once the guard's pipe has its byte.
  char byte = 0;
  ASSERT_EQ(read_byte(guard.fd(), -1, byte, 10000), ReadStatus::byte);
  EXPECT_TRUE(guard.interrupted());

  // Room in the pipe lets a restarted write finish; a failed one has returned already.
  std::string drained(static_cast<std::size_t>(capacity), '\0');
  std::size_t got = 0;
  while (got < drained.size()) {
    const ssize_t n = ::read(fds[0], drained.data() + got, drained.size() - got);
    ASSERT_GT(n, 0);
    got += static_cast<std::size_t>(n);
  }
  writer.join();
  ASSERT_EQ(written, 1) << "write failed: " << std::strerror(write_errno);
  ASSERT_EQ(::read(fds[0], &byte, 1), 1);
  EXPECT_EQ(byte, 'y');
  ::close(fds[0]);
  ::close(fds[1]);
}

}  // namespace
}  // namespace salesaudit
