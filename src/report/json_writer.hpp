#pragma once
// Writes a JSON document exactly as nlohmann's dump(2, ' ', false, replace) does, at the
// speed of appending its bytes: the serializer walks strings one byte at a time through a
// UTF-8 decoder, and a report's dump cost more than building it.

#include <nlohmann/json.hpp>

#include <string>

namespace salesaudit::report {

// The document indented by 2 spaces, not ASCII-escaped; a string or key that is not
// valid UTF-8 has its bad bytes replaced by U+FFFD, as nlohmann's "replace" handler does.
[[nodiscard]] std::string dump_json(const nlohmann::ordered_json& doc);

}  // namespace salesaudit::report
