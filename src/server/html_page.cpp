#include "server/html_page.hpp"

#include "i18n/messages.hpp"

#include "report/escape.hpp"
#include "server/page_text.hpp"

#include <fmt/format.h>

namespace salesaudit::server {

namespace {

// Readable on a 360-pixel phone: one column, large tap targets, visible focus, and
// colours above 4.5:1 contrast.
constexpr std::string_view kStyle =
    "*{box-sizing:border-box}"
    "body{margin:0 auto;max-width:42rem;padding:1rem;font:1.05rem/1.5 system-ui,-apple-system,\"Segoe UI\","
    "Roboto,Arial,sans-serif;color:#1f2933;background:#fff}"
    "h1{font-size:1.4rem;line-height:1.3;margin:.4rem 0 .8rem}h2{font-size:1.15rem;margin:1.4rem 0 .5rem}"
    ".kicker,.progress{margin:0;color:#4b5563;font-size:.9rem}"
    "fieldset{border:0;margin:0 0 1rem;padding:0;min-width:0}"
    "legend{font-size:1.15rem;font-weight:600;margin-bottom:.6rem;padding:0}"
    ".choice{display:flex;align-items:center;gap:.6rem;margin:.35rem 0;padding:.55rem .7rem;border:1px solid #9aa5b1;"
    "border-radius:.5rem}"
    ".choice input{width:1.3rem;height:1.3rem;margin:0;flex:none}.choice label{flex:1;cursor:pointer}"
    "label.field{display:block;font-weight:600;margin:.8rem 0 .2rem}"
    "input[type=text],textarea{width:100%;font:inherit;padding:.5rem;border:1px solid #6b7280;border-radius:.4rem}"
    ".buttons{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}"
    "button{font:inherit;font-weight:600;min-height:2.75rem;padding:.5rem 1.2rem;border-radius:.5rem;"
    "border:2px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}"
    "button.secondary{background:#fff;color:#1d4ed8}"
    "a{color:#1d4ed8}"
    ":focus-visible{outline:3px solid #b45309;outline-offset:2px}"
    ".error{border-left:5px solid #b91c1c;background:#fef2f2;color:#7f1d1d;padding:.5rem .8rem;margin:.8rem 0}"
    ".help{color:#374151;background:#f3f4f6;padding:.5rem .8rem;border-radius:.4rem}"
    ".muted{color:#4b5563}"
    ".review li{margin:.6rem 0}.review .answer{font-weight:600}"
    "table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;border-bottom:1px solid #d1d5db;"
    "padding:.3rem .4rem;vertical-align:top;overflow-wrap:anywhere}"
    ".skip{position:absolute;left:-999px}.skip:focus{position:static}";

}  // namespace

std::string h(std::string_view text) {
  return report::escape_html(text);
}

std::string html_page(std::string_view title, std::string_view header_html, std::string_view main_html) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n"
      "<style>{}</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">{}</a>\n{}<main id=\"main\">\n{}</main>\n"
      "</body>\n</html>\n",
      h(i18n::language().empty() ? std::string("en") : i18n::language()), title, kStyle, h(text::skip_to_content()),
      header_html.empty() ? std::string() : fmt::format("<header>{}</header>\n", header_html), main_html);
}

std::string error_page(int status) {
  const std::string title = h(text::error_title(status));
  return html_page(title, "",
                   fmt::format("<h1>{}</h1>\n<p>{}</p>\n<p><a href=\"/\">{}</a></p>\n", title,
                               h(text::error_detail(status)), h(text::back_to_start())));
}

}  // namespace salesaudit::server
