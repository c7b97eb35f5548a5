#pragma once
// Parses JSON text into a DOM with the tool's limits and error style:
// `name:line:col: message` for syntax, `name: /pointer: message` for structure.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace salesaudit::detail {

struct JsonLimits {
  std::size_t max_bytes = std::size_t{64} << 20;  // one document
  std::size_t max_depth = 64;
  std::size_t max_string_bytes = std::size_t{1} << 20;
};

// Throws DataError. Rejects duplicate keys, non-finite numbers, over-deep nesting,
// over-long strings and invalid UTF-8.
[[nodiscard]] nlohmann::json parse_json(std::string_view text, const std::string& name,
                                        const JsonLimits& limits = {});

// Escapes one reference token of a JSON pointer (RFC 6901).
[[nodiscard]] std::string pointer_token(std::string_view key);

}  // namespace salesaudit::detail
