// serve-v1 against hostile clients over raw sockets: slow, flooding, malformed.

#include "e2e/run_cli.hpp"
#include "e2e/serve_process.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <filesystem>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace salesaudit::e2e {

namespace {

using Clock = std::chrono::steady_clock;
const std::string kAll = source_path("tests/e2e/data/serve-all.json");

int connect_to(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

void send_all(int fd, const std::string& data) {
  std::size_t sent = 0;
  while (sent < data.size()) {
    const ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;
    sent += static_cast<std::size_t>(n);
  }
}

// Reads until the server closes the connection or the deadline passes; returns what came
// and whether it closed.
std::pair<std::string, bool> read_until_closed(int fd, std::chrono::seconds limit) {
  std::string got;
  const auto deadline = Clock::now() + limit;
  while (Clock::now() < deadline) {
    pollfd p{fd, POLLIN, 0};
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (::poll(&p, 1, static_cast<int>(std::max<long>(left, 1))) <= 0) continue;
    char buf[4096];
    const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) return {got, true};
    got.append(buf, static_cast<std::size_t>(n));
  }
  return {got, false};
}

bool still_serves(const ServeProcess& s) {
  auto c = s.client();
  const auto r = c.Get("/");
  return r && r->status == 200;
}

}  // namespace

TEST(ServeHostile, SlowClientIsCutOff) {
  ServeProcess s(fresh_dir("slow"), {kAll});
  const int fd = connect_to(s.port());
  ASSERT_GE(fd, 0);
  send_all(fd, "GET / HTTP/1.1\r\nHost: x\r\n");  // never finishes its headers
  const auto start = Clock::now();
  const auto [got, closed] = read_until_closed(fd, std::chrono::seconds(30));
  EXPECT_TRUE(closed);
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(25));
  ::close(fd);
  EXPECT_TRUE(still_serves(s));
}

TEST(ServeHostile, HeaderFloodIsCutOff) {
  ServeProcess s(fresh_dir("flood"), {kAll});
  const int fd = connect_to(s.port());
  ASSERT_GE(fd, 0);
  std::string flood = "GET / HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 20000; ++i) flood += "X-Flood-" + std::to_string(i) + ": yes\r\n";
  send_all(fd, flood);  // ~450 KB of headers; the server stops reading long before
  const auto [got, closed] = read_until_closed(fd, std::chrono::seconds(20));
  EXPECT_TRUE(closed);
  EXPECT_EQ(got.find("200 OK"), std::string::npos);
  ::close(fd);
  EXPECT_TRUE(still_serves(s));
}

TEST(ServeHostile, MalformedRequests) {
  ServeProcess s(fresh_dir("malformed"), {kAll});
  for (const std::string& request : std::vector<std::string>{
           std::string("NOT HTTP AT ALL\r\n\r\n"), std::string("GET /\r\n\r\n"),
           std::string("POST /start HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"),
           std::string("POST /start HTTP/1.1\r\nHost: x\r\nOrigin: http://x\r\nContent-Length: 99999999\r\n\r\n"),
           std::string("GET /") + std::string(20000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n",
           std::string("\x00\x01\x02\xff\r\n\r\n", 8)}) {
    const int fd = connect_to(s.port());
    ASSERT_GE(fd, 0);
    send_all(fd, request);
    const auto [got, closed] = read_until_closed(fd, std::chrono::seconds(20));
    EXPECT_EQ(got.find(" 500 "), std::string::npos) << request.substr(0, 40);
    EXPECT_EQ(got.find("303 See Other"), std::string::npos) << request.substr(0, 40);  // nothing created
    EXPECT_EQ(got.find("/tmp"), std::string::npos);
    ::close(fd);
  }
  EXPECT_TRUE(still_serves(s));
}

TEST(ServeHostile, OtherMethods405) {
  ServeProcess s(fresh_dir("methods"), {kAll});
  auto c = s.client();
  const auto r = c.Delete("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 405);
}

// Requests are read through a buffer: bytes of the next request that arrive with this one
// belong to the next, in order, and a body split from its head is still read whole.
TEST(ServeHostile, PipelinedRequests) {
  const auto dir = fresh_dir("pipelined");
  ServeProcess s(dir, {kAll});
  const int fd = connect_to(s.port());
  ASSERT_GE(fd, 0);
  const std::string host = "127.0.0.1:" + std::to_string(s.port());
  const std::string head = "Host: " + host + "\r\nOrigin: http://" + host +
                           "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 8\r\n\r\n";
  send_all(fd, "GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\nPOST /start HTTP/1.1\r\n" + head + "name=Ann" +
                   "POST /start HTTP/1.1\r\n" + head + "name");
  send_all(fd, "=Bob" + std::string("GET /nowhere HTTP/1.1\r\nHost: ") + host + "\r\nConnection: close\r\n\r\n");
  const auto [got, closed] = read_until_closed(fd, std::chrono::seconds(20));
  ::close(fd);
  EXPECT_TRUE(closed);
  std::vector<std::string> statuses;
  for (auto at = got.find("HTTP/1.1 "); at != std::string::npos; at = got.find("HTTP/1.1 ", at + 1)) {
    statuses.push_back(got.substr(at + 9, 3));
  }
  EXPECT_EQ(statuses, (std::vector<std::string>{"200", "303", "303", "404"})) << got.substr(0, 400);
  EXPECT_EQ(s.stop(SIGTERM), 0);
  std::string names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".json") names += read_file(entry.path().string());
  }
  EXPECT_NE(names.find("\"Ann\""), std::string::npos);
  EXPECT_NE(names.find("\"Bob\""), std::string::npos);
}

TEST(ServeHostile, ConnectionCapAnswers503) {
  ServeProcess s(fresh_dir("cap"), {kAll});
  std::vector<int> idle;
  for (int i = 0; i < 256; ++i) {  // hold every worker with an idle connection
    const int fd = connect_to(s.port());
    ASSERT_GE(fd, 0);
    idle.push_back(fd);
  }
  const int extra = connect_to(s.port());
  ASSERT_GE(extra, 0);
  send_all(extra, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  const auto [got, closed] = read_until_closed(extra, std::chrono::seconds(20));
  EXPECT_NE(got.find(" 503 "), std::string::npos) << got.substr(0, 200);
  ::close(extra);
  for (const int fd : idle) ::close(fd);
}

}  // namespace salesaudit::e2e

namespace salesaudit::e2e {

TEST(ServeSignal, SigtermFinishesInFlight) {
  const auto dir = fresh_dir("inflight");
  ServeProcess s(dir, {kAll});
  const int fd = connect_to(s.port());
  ASSERT_GE(fd, 0);
  const std::string host = "127.0.0.1:" + std::to_string(s.port());
  send_all(fd, "POST /start HTTP/1.1\r\nHost: " + host + "\r\nOrigin: http://" + host +
                   "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 8\r\n\r\nname");
  // The request is in flight (half its body sent) when the signal comes.
  ASSERT_EQ(::kill(s.pid(), SIGTERM), 0);
  send_all(fd, "=Ann");
  const auto [got, closed] = read_until_closed(fd, std::chrono::seconds(20));
  ::close(fd);
  EXPECT_NE(got.find("303 See Other"), std::string::npos) << got.substr(0, 200);
  EXPECT_EQ(s.stop(SIGTERM), 0);
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) files += entry.path().extension() == ".json";
  EXPECT_EQ(files, 1u);
}

}  // namespace salesaudit::e2e
