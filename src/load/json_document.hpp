#pragma once
// Parses JSON text into a DOM with the tool's limits and error style:
// `name:line:col: message` for syntax, `name: /pointer: message` for structure.

#include "load/messages.hpp"  // pointer_token

#include <salesaudit/limits.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace salesaudit::detail {

struct JsonLimits {
  std::size_t max_bytes = limits::kMaxDocumentBytes;
  std::size_t max_depth = limits::kMaxNestingDepth;
  std::size_t max_string_bytes = limits::kMaxStringBytes;
};

// Throws DataError. Rejects duplicate keys, non-finite numbers, over-deep nesting,
// over-long strings and invalid UTF-8.
// Valid documents are parsed by simdjson and copied into the json; anything else goes
// through nlohmann's parser with guards, which names the place of the problem.
[[nodiscard]] nlohmann::json parse_json(std::string_view text, const std::string& name, const JsonLimits& limits = {});
// The guarded parser alone (tests compare both paths).
[[nodiscard]] nlohmann::json parse_json_guarded(std::string_view text, const std::string& name,
                                                const JsonLimits& limits = {});

}  // namespace salesaudit::detail
