#pragma once
// `salesaudit serve`: the audit in a browser (contract serve-v1). The answers folder is
// the only state: one answers document per respondent and the facilitator token.

#include <salesaudit/questionnaire.hpp>

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>

namespace salesaudit {

struct ServeOptions {
  std::shared_ptr<const Questionnaire> questionnaire;
  std::string answers_dir;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string public_url;  // "https://host[:port]": replaces ours in the printed URLs
};

struct ServeUrls {
  std::string join;
  std::string facilitator;
};

// Parses HOST:PORT ("[::1]:8080" for IPv6); throws UsageError.
void parse_listen(const std::string& text, std::string& host, int& port);

// Serves until SIGINT or SIGTERM, then finishes the requests in flight and returns.
// `ready` is called once the socket listens. Problems with the folder or the socket
// throw (exit 66 / 73); load warnings and request failures go to `log`.
void serve(const ServeOptions& options, std::ostream& log, const std::function<void(const ServeUrls&)>& ready);

// The QR code of `text` drawn with Unicode half blocks (light modules as full blocks,
// with a quiet zone), or "" when it cannot be encoded.
[[nodiscard]] std::string qr_code_text(const std::string& text);

}  // namespace salesaudit
