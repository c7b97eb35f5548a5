#pragma once
// The frame every browser page shares: doctype, language, viewport, the inline style
// (allowed by the CSP as a style, never a script), a skip link and the main landmark.

#include <string>
#include <string_view>

namespace salesaudit::server {

// Escapes text for HTML (control characters made visible, markup characters as references).
[[nodiscard]] std::string h(std::string_view text);

// A whole page: `main_html` goes inside <main>; `header_html` (optional) before it.
[[nodiscard]] std::string html_page(std::string_view title, std::string_view header_html, std::string_view main_html);

// A short error page: status title and one sentence, never a path or internal detail.
[[nodiscard]] std::string error_page(int status);

}  // namespace salesaudit::server
