#pragma once
// Escaping for XML (the JUnit output); the reports use report/escape.hpp.

#include <string>
#include <string_view>

namespace salesaudit {

// Escapes & < > " ' and drops control characters XML 1.0 cannot carry (all below
// 0x20 except tab, LF and CR), so any text is safe in element content and attributes.
[[nodiscard]] std::string xml_escape(std::string_view text);

}  // namespace salesaudit
