// Dispatch of the team report to its renderers.

#include <salesaudit/error.hpp>
#include <salesaudit/team.hpp>

namespace salesaudit {

void render_team(const TeamReport& report, Format format, const RenderOptions& options, std::ostream& out) {
  switch (format) {
    case Format::text: render_team_text(report, options, out); return;
    case Format::json: render_team_json(report, options, out); return;
    case Format::markdown: render_team_markdown(report, options, out); return;
    case Format::html: render_team_html(report, options, out); return;
    default: break;  // formats that only make sense per respondent
  }
  throw UsageError("this format is not available for the team report; expected text, markdown, json or html");
}

}  // namespace salesaudit
