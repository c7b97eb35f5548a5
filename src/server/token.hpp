#pragma once
// Capability tokens: 128 bits from the operating system's random source, URL-safe base64.

#include <string>
#include <string_view>

namespace salesaudit::server {

// 22 characters of [A-Za-z0-9_-] (16 random bytes, no padding). Throws on RNG failure.
[[nodiscard]] std::string new_token();

// Whether `text` has the exact shape of a token (checked before any lookup or path use).
[[nodiscard]] bool is_token(std::string_view text);

}  // namespace salesaudit::server
