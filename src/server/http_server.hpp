#pragma once
// The connection layer under cpp-httplib's request handling: our own listening socket
// (loopback by default, a real backlog), a connection cap that answers 503 beyond it, and
// a stream that bounds every request in bytes and in time, so a slow or flooding client
// is cut off. HTTP itself (parsing, routing, responses) is cpp-httplib's.

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

namespace salesaudit::server {

struct ConnectionLimits {
  std::size_t max_connections = 256;              // beyond: 503, then close
  std::size_t max_request_bytes = 96 * 1024;      // head + body of one request
  std::chrono::milliseconds request_time{10000};  // from a request's first byte to its last
  std::chrono::milliseconds idle_time{5000};      // between keep-alive requests
  std::chrono::milliseconds write_time{5000};     // a client that stops reading
  std::size_t requests_per_connection = 100;
};

// True inside handlers running for a connection over the cap (they answer 503).
[[nodiscard]] bool connection_over_capacity();

class HttpServer : public httplib::Server {
 public:
  explicit HttpServer(ConnectionLimits limits = {});
  ~HttpServer() override;
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Listens on host:port (port 0 picks one); returns the port. Throws OutputError.
  int bind_and_listen(const std::string& host, int port);
  // Accepts and serves until stop(); then finishes the requests in flight and returns.
  void serve();
  // Safe from any thread.
  void stop();

 private:
  void handle(int fd);

  ConnectionLimits limits_;
  int listen_fd_ = -1;
  int wake_fd_ = -1;  // eventfd, readable once stopping
  std::atomic<bool> stopping_{false};
  std::atomic<std::size_t> active_{0};
};

}  // namespace salesaudit::server
