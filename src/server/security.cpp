#include "server/security.hpp"

#include <cctype>

namespace salesaudit::server {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

void add_security_headers(httplib::Response& res) {
  if (res.has_header("Content-Security-Policy")) return;  // already set (pre-routing, then the error handler)
  res.set_header("Content-Security-Policy",
                 "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
                 "frame-ancestors 'none'; base-uri 'none'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "same-origin");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Cache-Control", "no-store");
}

std::string origin_of(std::string_view url) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return {};
  const auto host_end = url.find_first_of("/?#", scheme_end + 3);
  const auto origin = url.substr(0, host_end);
  if (origin.size() == scheme_end + 3) return {};
  return lower(origin);
}

bool same_origin(const httplib::Request& req, const std::string& public_origin) {
  std::string source;
  if (req.has_header("Origin")) {
    source = lower(req.get_header_value("Origin"));
  } else if (req.has_header("Referer")) {
    source = origin_of(req.get_header_value("Referer"));
  }
  if (source.empty() || source == "null") return false;
  if (!public_origin.empty() && source == public_origin) return true;
  const std::string host = lower(req.get_header_value("Host"));
  if (host.empty()) return false;
  return source == "http://" + host || source == "https://" + host;
}

bool tokens_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

}  // namespace salesaudit::server
