// serve(): the answers folder, the listening socket, the routes, and a signal watcher
// thread that turns SIGINT/SIGTERM into a graceful stop.

#include "server/http_server.hpp"
#include "server/respondent_store.hpp"
#include "server/routes.hpp"
#include "server/security.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/serve.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <thread>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/stat.h>

namespace salesaudit {

namespace {

namespace fs = std::filesystem;

// The first non-loopback IPv4 address: what a phone on the same network can reach.
std::string lan_address() {
  ifaddrs* list = nullptr;
  if (::getifaddrs(&list) != 0) return {};
  std::string found;
  for (const ifaddrs* a = list; a != nullptr && found.empty(); a = a->ifa_next) {
    if (a->ifa_addr == nullptr || a->ifa_addr->sa_family != AF_INET) continue;
    const auto* in = reinterpret_cast<const sockaddr_in*>(a->ifa_addr);
    if ((ntohl(in->sin_addr.s_addr) >> 24) == 127) continue;
    char text[INET_ADDRSTRLEN] = {};
    ::inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
    found = text;
  }
  ::freeifaddrs(list);
  return found;
}

std::string base_url(const ServeOptions& options, int port) {
  if (!options.public_url.empty()) return server::origin_of(options.public_url);
  std::string host = options.host;
  if (host == "0.0.0.0" || host == "::" || host.empty()) {
    const std::string lan = lan_address();
    host = lan.empty() ? "127.0.0.1" : lan;
  }
  if (host.find(':') != std::string::npos) host = "[" + host + "]";
  return fmt::format("http://{}:{}", host, port);
}

void prepare_dir(const std::string& dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) {
    if (!fs::create_directories(dir, ec)) throw OutputError(fmt::format("{}: cannot create: {}", dir, ec.message()));
    ::chmod(dir.c_str(), 0700);  // tokens are file names: keep them from other local users
  } else if (!fs::is_directory(dir, ec)) {
    throw InputError(fmt::format("{}: not a folder", dir));
  }
}

}  // namespace

void parse_listen(const std::string& text, std::string& host, int& port) {
  std::string port_text;
  if (!text.empty() && text.front() == '[') {
    const auto close = text.find(']');
    if (close == std::string::npos || close + 1 >= text.size() || text[close + 1] != ':') {
      throw UsageError(fmt::format("--listen {}: expected [IPV6]:PORT", text));
    }
    host = text.substr(1, close - 1);
    port_text = text.substr(close + 2);
  } else {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0)
      throw UsageError(fmt::format("--listen {}: expected HOST:PORT", text));
    host = text.substr(0, colon);
    port_text = text.substr(colon + 1);
  }
  int value = -1;
  const auto [ptr, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), value);
  if (port_text.empty() || ec != std::errc() || ptr != port_text.data() + port_text.size() || value < 0 ||
      value > 65535) {
    throw UsageError(fmt::format("--listen {}: the port must be a number from 0 to 65535", text));
  }
  port = value;
}

void serve(const ServeOptions& options, std::ostream& log, const std::function<void(const ServeUrls&)>& ready) {
  prepare_dir(options.answers_dir);
  server::RespondentStore store(*options.questionnaire, options.answers_dir, log);
  server::ServerState state;
  state.questionnaire = options.questionnaire;
  state.store = &store;
  state.facilitator_token = server::facilitator_token(options.answers_dir);
  state.public_origin = options.public_url.empty() ? "" : server::origin_of(options.public_url);
  state.log = &log;

  // Every thread started from here on inherits the mask, so only the watcher sees the signals.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  server::HttpServer http;
  server::install_routes(http, state);
  const int port = http.bind_and_listen(options.host, options.port);
  const std::string base = base_url(options, port);
  std::thread watcher([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    http.stop();
  });
  try {
    ready({base + "/", base + "/f/" + state.facilitator_token});
  } catch (...) {
    pthread_kill(watcher.native_handle(), SIGTERM);  // the watcher is still waiting: wake it
    watcher.join();
    throw;
  }
  http.serve();  // returns only after the watcher's stop()
  watcher.join();
  // The mask stays: a second signal during shutdown must not kill the process now.
}

}  // namespace salesaudit
