// Format names and dispatch to the renderers.

#include <salesaudit/error.hpp>
#include <salesaudit/report.hpp>

#include <fmt/format.h>

namespace salesaudit {

Format parse_format(std::string_view name) {
  if (name == "text") return Format::text;
  if (name == "json") return Format::json;
  if (name == "markdown" || name == "md") return Format::markdown;
  if (name == "html") return Format::html;
  throw UsageError(fmt::format("unknown format \"{}\"; expected text, json, markdown or html", name));
}

void render(const ScoreCard& card, Format format, const RenderOptions& options, std::ostream& out) {
  switch (format) {
    case Format::json: render_json(card, options, out); return;
    case Format::text: render_text(card, options, out); return;
    case Format::markdown: render_markdown(card, options, out); return;
    case Format::html: render_html(card, options, out); return;
  }
  throw UsageError("unknown report format");
}

}  // namespace salesaudit
