// Content hashes of questionnaires (format contract, section 6), via OpenSSL's libcrypto.

#include "load/json_document.hpp"

#include <salesaudit/versions.hpp>

#include <openssl/evp.h>

#include <array>
#include <stdexcept>

namespace salesaudit {

std::string sha256_hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("SHA-256 computation failed");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    hex.push_back(kHex[digest[i] >> 4]);
    hex.push_back(kHex[digest[i] & 0x0f]);
  }
  return hex;
}

std::string canonical_sha256(std::string_view json_text, const std::string& display_name) {
  // nlohmann::json keeps object keys in a std::map, so dump() sorts them; no indent
  // means no insignificant whitespace.
  return sha256_hex(detail::parse_json(json_text, display_name).dump());
}

}  // namespace salesaudit
