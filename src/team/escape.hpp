#pragma once
// Escaping for the markup formats (Markdown, HTML, XML).

#include <string>
#include <string_view>

namespace salesaudit {

// Escapes & < > " ' and drops control characters XML 1.0 cannot carry (all below
// 0x20 except tab, LF and CR), so any text is safe in element content and attributes.
[[nodiscard]] std::string xml_escape(std::string_view text);

// Makes text safe inside a Markdown table cell: escapes the characters Markdown treats
// as markup (\ ` * _ [ ] < > | #) and turns line breaks into spaces.
[[nodiscard]] std::string markdown_escape(std::string_view text);

}  // namespace salesaudit
