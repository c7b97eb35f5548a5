#pragma once
// Escaping of input strings (names, comments, ids) for each output format, so an
// answers file can neither send terminal escape sequences nor inject markup.

#include <string>
#include <string_view>

namespace salesaudit::report {

// Makes a string safe for a terminal: C0/C1 control characters and DEL become visible
// `\xNN` (`\u0085`-style for C1), bidirectional overrides become `\u202e`-style, and
// tab, CR and LF become a single space (the renderers re-wrap text anyway).
[[nodiscard]] std::string escape_control(std::string_view text);
// escape_control(text), appended to `out` (no string of its own).
void append_escaped_control(std::string& out, std::string_view text);

// escape_control, then backslash-escapes the characters that Markdown (GitHub
// flavoured) would treat as markup: \ ` * _ [ ] < > | ~ # and &.
[[nodiscard]] std::string escape_markdown(std::string_view text);

// escape_control, then replaces & < > " ' by character references.
[[nodiscard]] std::string escape_html(std::string_view text);

}  // namespace salesaudit::report
