#pragma once
// What every response carries and what every change must prove: the security headers,
// the same-origin check on POST, and constant-time token comparison.

#include <httplib.h>

#include <string>
#include <string_view>

namespace salesaudit::server {

// Content-Security-Policy (no script at all), nosniff, same-origin referrers, no framing,
// no caching (pages carry tokens and answers).
void add_security_headers(httplib::Response& res);

// Whether a POST comes from a page of this server: Origin (or, without it, Referer) is
// http(s)://<the Host header>, or `public_origin` (--public-url, behind a TLS proxy).
[[nodiscard]] bool same_origin(const httplib::Request& req, const std::string& public_origin);

// Equal in time independent of where they differ.
[[nodiscard]] bool tokens_equal(std::string_view a, std::string_view b);

// "scheme://host[:port]" of a URL, lower-cased; empty if it has none.
[[nodiscard]] std::string origin_of(std::string_view url);

}  // namespace salesaudit::server
