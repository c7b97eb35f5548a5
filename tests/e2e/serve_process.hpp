#pragma once
// A real `salesaudit serve` on an ephemeral loopback port, for the serve tests: started
// with --listen 127.0.0.1:0, ready once its `join:` line is read (polled with a deadline).

#include <httplib.h>

#include <string>
#include <vector>

namespace salesaudit::e2e {

class ServeProcess {
 public:
  // Starts the server on `dir` with `extra` arguments; fails the test if it is not ready
  // within a few seconds.
  explicit ServeProcess(const std::string& dir, const std::vector<std::string>& extra = {});
  ~ServeProcess();
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  [[nodiscard]] bool ready() const { return port_ > 0; }
  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] int pid() const { return pid_; }
  [[nodiscard]] const std::string& join_url() const { return join_; }
  [[nodiscard]] const std::string& facilitator_url() const { return facilitator_; }
  [[nodiscard]] std::string facilitator_path() const;
  [[nodiscard]] std::string origin() const;
  // The stdout lines read so far.
  [[nodiscard]] const std::vector<std::string>& lines() const { return lines_; }

  // A client with no redirect following (tests check every 303).
  [[nodiscard]] httplib::Client client() const;
  // POST a form with this server's Origin.
  httplib::Result post(httplib::Client& c, const std::string& path, const std::string& body) const;

  // Sends `sig` and waits (bounded) for the exit; returns the exit code, 128+N for a signal, -1 on timeout.
  int stop(int sig);

 private:
  int pid_ = -1;
  int out_fd_ = -1;
  int port_ = 0;
  std::string join_;
  std::string facilitator_;
  std::vector<std::string> lines_;
};

// A loopback port free a moment ago (for tests that must name theirs).
int free_port();
// A fresh empty folder under the test temp dir.
std::string fresh_dir(const std::string& name);
// Location header's path of a response, or "" when it is not a 303.
std::string see_other(const httplib::Result& r);
// URL-encodes a form value.
std::string form_encode(const std::string& value);

}  // namespace salesaudit::e2e
