#include "server/facilitator.hpp"

#include "batch/row_writer.hpp"
#include "server/html_page.hpp"
#include "server/page_text.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/interview.hpp>
#include <salesaudit/report.hpp>
#include <salesaudit/scoring.hpp>
#include <salesaudit/team.hpp>

#include <fmt/format.h>

#include <sstream>

namespace salesaudit::server {

std::string respondent_label(const RespondentSnapshot& r) {
  const auto& name = r.answers.respondent.name;
  return name && !name->empty() ? *name : text::respondent_label(r.number);
}

std::string facilitator_page(const Questionnaire& q, const std::string& ftoken,
                             const std::vector<RespondentSnapshot>& respondents, bool refreshing) {
  const std::string self = "/f/" + ftoken;
  std::size_t finished = 0;
  for (const auto& r : respondents) finished += r.answers.completed_at ? 1 : 0;
  std::string main = fmt::format("<h1>{}: {}</h1>\n<p>{}</p>\n", h(text::facilitator_heading()), h(q.title),
                                 h(text::facilitator_counts(respondents.size(), finished)));
  main +=
      fmt::format("<p><a href=\"{0}\">{1}</a> · <a href=\"{0}{2}\">{3}</a> · <a href=\"{0}/rows.csv\">{4}</a></p>\n",
                  self, h(text::refresh_link()), refreshing ? "" : "?refresh=15",
                  h(refreshing ? text::stop_refresh_link() : text::auto_refresh_link()), h(text::rows_csv_link()));
  main += fmt::format("<h2>{}</h2>\n", h(text::respondents_heading()));
  if (respondents.empty()) {
    main += fmt::format("<p>{}</p>\n", h(text::no_respondents()));
  } else {
    main += fmt::format(
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
        "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        h(text::col_respondent()), h(text::col_team()), h(text::col_role()), h(text::col_progress()),
        h(text::col_status()));
    for (const auto& r : respondents) {
      const Progress p = Interview(q, r.answers).progress();
      main += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", h(respondent_label(r)),
                          h(r.answers.respondent.team.value_or("")), h(r.answers.respondent.role.value_or("")),
                          h(text::answered_of(p.answered, p.total)),
                          h(r.answers.completed_at ? text::status_finished() : text::status_in_progress()));
    }
    main += "</tbody>\n</table>\n";
  }
  main += fmt::format("<h2>{}</h2>\n", h(text::team_report_heading()));
  std::vector<TeamMember> members;
  for (const auto& r : respondents) {
    if (!r.answers.completed_at) continue;
    members.push_back(team_member(q, score(q, r.answers), respondent_label(r)));
  }
  if (members.empty()) {
    main += fmt::format("<p>{}</p>\n", h(text::no_finished_yet()));
  } else {
    const TeamReport report = summarize_team(q, members);
    RenderOptions options;
    options.embedded = true;
    std::ostringstream out;
    render_team_html(report, options, out);
    main += out.str();
  }
  return html_page(fmt::format("{}: {}", h(text::facilitator_heading()), h(q.title)), "", main);
}

std::string facilitator_rows_csv(const std::shared_ptr<const Questionnaire>& q,
                                 const std::vector<RespondentSnapshot>& respondents) {
  batch::RowWriter writer(batch::RowFormat::csv, [q] { return q; });
  std::string out;
  for (const auto& r : respondents) {
    if (!r.answers.completed_at) continue;
    ScoreRow row = summarize(score(*q, r.answers), respondent_label(r));
    row.questionnaire = q;
    writer.write(std::move(row), out);
  }
  writer.finish(out);
  return out;
}

}  // namespace salesaudit::server
