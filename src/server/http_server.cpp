#include "server/http_server.hpp"

#include <salesaudit/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace salesaudit::server {

namespace {

using Clock = std::chrono::steady_clock;

thread_local bool tl_over_capacity = false;
constexpr int kBacklog = 512;
constexpr std::size_t kOverflowThreads = 2;

int remaining_ms(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return left <= 0 ? 0 : static_cast<int>(left);
}

// Waits for `events` on fd (or the stop event); true when fd is ready.
bool wait_for(int fd, short events, int wake_fd, int timeout_ms) {
  pollfd fds[2] = {{fd, events, 0}, {wake_fd, POLLIN, 0}};
  for (;;) {
    const int n = ::poll(fds, wake_fd >= 0 ? 2 : 1, timeout_ms);
    if (n < 0 && errno == EINTR) continue;
    return n > 0 && (fds[0].revents & (events | POLLHUP | POLLERR)) != 0;
  }
}

void address_of(int fd, bool peer, std::string& ip, int& port) {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  const int rc = peer ? ::getpeername(fd, reinterpret_cast<sockaddr*>(&addr), &len)
                      : ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  if (rc != 0) return;
  char text[INET6_ADDRSTRLEN] = {};
  if (addr.ss_family == AF_INET) {
    const auto* a = reinterpret_cast<const sockaddr_in*>(&addr);
    ::inet_ntop(AF_INET, &a->sin_addr, text, sizeof text);
    port = ntohs(a->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto* a = reinterpret_cast<const sockaddr_in6*>(&addr);
    ::inet_ntop(AF_INET6, &a->sin6_addr, text, sizeof text);
    port = ntohs(a->sin6_port);
  }
  ip = text;
}

// One connection's socket, seen by httplib one request at a time: reads stop (as if the
// peer had failed) past the request's byte budget or deadline. httplib reads a request's
// head one byte at a time, so reads are served from a buffer filled by one recv: without
// it every byte of the head cost a poll and a recv.
class BoundedStream : public httplib::Stream {
 public:
  BoundedStream(int fd, int wake_fd, const ConnectionLimits& limits) : fd_(fd), wake_fd_(wake_fd), limits_(limits) {}

  void begin_request() {
    deadline_ = Clock::now() + limits_.request_time;
    budget_ = limits_.max_request_bytes;
  }
  [[nodiscard]] bool failed() const { return failed_; }
  // Bytes already received that no request has read yet (a pipelined next request).
  [[nodiscard]] bool has_buffered() const { return begin_ < end_; }

  bool is_readable() const override { return has_buffered() || wait_for(fd_, POLLIN, -1, remaining_ms(deadline_)); }
  bool is_writable() const override { return wait_for(fd_, POLLOUT, -1, static_cast<int>(limits_.write_time.count())); }
  ssize_t read(char* ptr, size_t size) override {
    if (budget_ == 0) return fail();
    size = std::min(size, budget_);
    if (!has_buffered()) {
      if (!is_readable()) return fail();
      if (size >= sizeof buffer_) return consumed(::recv(fd_, ptr, size, 0));  // a body: straight in
      const ssize_t n = ::recv(fd_, buffer_, sizeof buffer_, 0);
      if (n <= 0) return fail();
      begin_ = 0;
      end_ = static_cast<std::size_t>(n);
    }
    const std::size_t n = std::min(size, end_ - begin_);
    std::memcpy(ptr, buffer_ + begin_, n);
    begin_ += n;
    return consumed(static_cast<ssize_t>(n));
  }
  ssize_t write(const char* ptr, size_t size) override {
    if (!is_writable()) return fail();
    const ssize_t n = ::send(fd_, ptr, size, MSG_NOSIGNAL);
    return n < 0 ? fail() : n;
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override { address_of(fd_, true, ip, port); }
  void get_local_ip_and_port(std::string& ip, int& port) const override { address_of(fd_, false, ip, port); }
  int socket() const override { return fd_; }

 private:
  ssize_t fail() {
    failed_ = true;
    return -1;
  }
  ssize_t consumed(ssize_t n) {
    if (n <= 0) return fail();
    budget_ -= static_cast<std::size_t>(n);
    return n;
  }
  int fd_;
  int wake_fd_;
  const ConnectionLimits& limits_;
  Clock::time_point deadline_{};
  std::size_t budget_ = 0;
  bool failed_ = false;
  char buffer_[4096] = {};
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
};

}  // namespace

bool connection_over_capacity() {
  return tl_over_capacity;
}

HttpServer::HttpServer(ConnectionLimits limits) : limits_(limits) {
  set_keep_alive_max_count(limits_.requests_per_connection);
  set_keep_alive_timeout(static_cast<time_t>(limits_.idle_time.count() / 1000));
  wake_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (wake_fd_ < 0) throw OutputError(fmt::format("cannot create an event: {}", std::strerror(errno)));
}

HttpServer::~HttpServer() {
  if (listen_fd_ >= 0) ::close(listen_fd_);
  if (wake_fd_ >= 0) ::close(wake_fd_);
}

int HttpServer::bind_and_listen(const std::string& host, int port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  const std::string service = std::to_string(port);
  if (const int rc = ::getaddrinfo(host.c_str(), service.c_str(), &hints, &found); rc != 0) {
    throw OutputError(fmt::format("cannot listen on {}:{}: {}", host, port, ::gai_strerror(rc)));
  }
  std::string why = "no address";
  for (const addrinfo* a = found; a != nullptr && listen_fd_ < 0; a = a->ai_next) {
    // Non-blocking, so accepting never waits (accepted sockets are blocking again).
    const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, a->ai_protocol);
    if (fd < 0) continue;
    const int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (::bind(fd, a->ai_addr, a->ai_addrlen) == 0 && ::listen(fd, kBacklog) == 0) {
      listen_fd_ = fd;
    } else {
      why = std::strerror(errno);
      ::close(fd);
    }
  }
  ::freeaddrinfo(found);
  if (listen_fd_ < 0) throw OutputError(fmt::format("cannot listen on {}:{}: {}", host, port, why));
  std::string ip;
  int bound = 0;
  address_of(listen_fd_, false, ip, bound);
  return bound;
}

void HttpServer::handle(int fd) {
  const int one = 1;
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  BoundedStream stream(fd, wake_fd_, limits_);
  for (std::size_t n = 0; n < limits_.requests_per_connection; ++n) {
    if (n > 0 && !stream.has_buffered() && !wait_for(fd, POLLIN, wake_fd_, static_cast<int>(limits_.idle_time.count())))
      break;
    stream.begin_request();
    const bool last = n + 1 == limits_.requests_per_connection || stopping_ || tl_over_capacity;
    bool closed = false;
    const bool ok = process_request(stream, last, closed, nullptr);
    if (!ok || closed || last || stream.failed()) break;
  }
  ::shutdown(fd, SHUT_RDWR);
  ::close(fd);
}

void HttpServer::serve() {
  httplib::ThreadPool workers(limits_.max_connections);
  httplib::ThreadPool overflow(kOverflowThreads);
  std::atomic<std::size_t> overflowing{0};
  const auto dispatch = [&](int fd) {
    if (active_.load() < limits_.max_connections) {
      ++active_;
      workers.enqueue([this, fd] {
        tl_over_capacity = false;
        handle(fd);
        --active_;
      });
    } else if (overflowing.load() < kOverflowThreads * 4) {
      ++overflowing;
      overflow.enqueue([this, fd, &overflowing] {
        tl_over_capacity = true;
        handle(fd);
        --overflowing;
      });
    } else {
      ::close(fd);
    }
  };
  pollfd fds[2] = {{listen_fd_, POLLIN, 0}, {wake_fd_, POLLIN, 0}};
  while (!stopping_) {
    const int n = ::poll(fds, 2, -1);
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if ((fds[1].revents & POLLIN) != 0) break;
    if ((fds[0].revents & POLLIN) == 0) continue;
    const int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd >= 0) dispatch(fd);  // else EMFILE, ECONNABORTED...: the next poll tries again
  }
  // Connections the kernel completed before the stop are in flight too: serve them
  // (one request each) instead of resetting them with the listening socket.
  for (;;) {
    const int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) break;
    dispatch(fd);
  }
  ::close(listen_fd_);
  listen_fd_ = -1;
  workers.shutdown();
  overflow.shutdown();
}

void HttpServer::stop() {
  stopping_ = true;
  const std::uint64_t one = 1;
  [[maybe_unused]] const auto n = ::write(wake_fd_, &one, sizeof one);
}

}  // namespace salesaudit::server
