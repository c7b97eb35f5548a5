#include "server/token.hpp"

#include <salesaudit/error.hpp>

#include <array>
#include <cerrno>
#include <cstdint>

#include <sys/random.h>

namespace salesaudit::server {

namespace {

constexpr std::size_t kTokenBytes = 16;
constexpr std::size_t kTokenChars = 22;
constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

}  // namespace

std::string new_token() {
  std::array<std::uint8_t, kTokenBytes> bytes{};
  std::size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = ::getrandom(bytes.data() + got, bytes.size() - got, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw OutputError("cannot read the system's random source");
    }
    got += static_cast<std::size_t>(n);
  }
  std::string out;
  out.reserve(kTokenChars);
  std::uint32_t buffer = 0;
  int bits = 0;
  for (const std::uint8_t b : bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += kAlphabet[(buffer >> bits) & 0x3F];
    }
  }
  if (bits > 0) out += kAlphabet[(buffer << (6 - bits)) & 0x3F];
  return out;
}

bool is_token(std::string_view text) {
  if (text.size() != kTokenChars) return false;
  for (const char c : text) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace salesaudit::server
