#pragma once
// Renderers: each is a function of a ScoreCard and options, writing to a stream.

#include <salesaudit/scoring.hpp>

#include <iosfwd>
#include <string>
#include <string_view>

namespace salesaudit {

enum class Format { text, json, markdown, html };

struct RenderOptions {
  bool color = false;     // ANSI colour (terminal only)
  bool unicode = true;    // Unicode bars and symbols
  int width = 80;         // wrap width for text
  int top = 5;            // number of actions shown; 0 = all
  bool explain = false;   // show the arithmetic behind every number
  bool embedded = false;  // HTML team report: the content only, to place inside another page
};

// Parses "text", "json", "markdown"/"md", "html"; throws UsageError otherwise.
[[nodiscard]] Format parse_format(std::string_view name);
// Formats people read (text, Markdown, HTML): they follow the environment's language;
// machine formats (JSON) only follow --lang or the answers' language.
[[nodiscard]] inline bool is_human(Format format) {
  return format != Format::json;
}

// The JSON report of contract section 5 (2-space indent, trailing newline);
// with options.explain, section 5 plus an "explanation" member.
void render_json(const ScoreCard& card, const RenderOptions& options, std::ostream& out);
// Text for a terminal: wrapped to options.width, colour only with options.color.
void render_text(const ScoreCard& card, const RenderOptions& options, std::ostream& out);
// GitHub-flavoured Markdown, for a pull-request comment or a CI job summary.
void render_markdown(const ScoreCard& card, const RenderOptions& options, std::ostream& out);
// One self-contained HTML page: inline CSS and SVG, no script, no network.
void render_html(const ScoreCard& card, const RenderOptions& options, std::ostream& out);
void render(const ScoreCard& card, Format format, const RenderOptions& options, std::ostream& out);

}  // namespace salesaudit
