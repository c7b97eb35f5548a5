// The team report as a self-contained HTML page (no scripts, no external resources).

#include "report/escape.hpp"
#include "team/render_util.hpp"

#include <salesaudit/team.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <ostream>

namespace salesaudit {

namespace {

using namespace team_render;

constexpr const char* kStyle =
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
    "table{border-collapse:collapse;margin:0.5rem 0}th,td{border:1px solid #ccc;padding:0.25rem 0.5rem}"
    "td.n{text-align:right}";

void print_scores(const TeamReport& report, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  fmt::print(out,
             "<h2>Scores</h2>\n<table>\n<tr><th></th><th>mean</th><th>median</th><th>min</th><th>max</th><th>n</th>"
             "<th>bands</th></tr>\n");
  auto row = [&](const std::string& title, const Distribution& dist) {
    fmt::print(out,
               "<tr><th>{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>"
               "<td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>\n",
               report::escape_html(title), fixed2(dist.mean), fixed2(dist.median), fixed2(dist.min), fixed2(dist.max),
               dist.n, report::escape_html(band_counts(q, dist)));
  };
  row("Overall", report.overall);
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) row(q.dimensions[d].title, report.dimensions[d].scores);
  fmt::print(out, "</table>\n");
}

void print_weakest(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::size_t n = shown(report.weakest.size(), options.top);
  if (n == 0) return;
  fmt::print(out,
             "<h2>Weakest questions</h2>\n<p>Mean item score out of 100 over the respondents who answered.</p>\n"
             "<table>\n<tr><th>#</th><th>question</th><th>dimension</th><th>mean</th><th>n</th></tr>\n");
  for (std::size_t i = 0; i < n; ++i) {
    const TeamItem& item = report.weakest[i];
    const Question& question = q.questions[item.question];
    fmt::print(out,
               "<tr><td class=\"n\">{}</td><td><code>{}</code> {}</td><td>{}</td><td class=\"n\">{:.2f}</td>"
               "<td class=\"n\">{}</td></tr>\n",
               i + 1, report::escape_html(question.id), report::escape_html(question.text),
               report::escape_html(q.dimensions[*question.dimension].title), round2(item.mean), item.n);
  }
  fmt::print(out, "</table>\n");
}

void print_actions(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::size_t n = shown(report.actions.size(), options.top);
  if (n == 0) return;
  fmt::print(out,
             "<h2>Team actions</h2>\n<p>Mean gain in overall points per respondent.</p>\n<table>\n"
             "<tr><th>#</th><th>action</th><th>mean gain</th><th>effort</th><th>days</th><th>respondents</th></tr>\n");
  for (std::size_t i = 0; i < n; ++i) {
    const TeamAction& a = report.actions[i];
    const Recommendation& rec = q.recommendations[a.recommendation];
    fmt::print(out,
               "<tr><td class=\"n\">{}</td><td><strong>{}</strong> {}</td><td class=\"n\">{:.2f}</td><td>{}</td>"
               "<td class=\"n\">{}</td><td class=\"n\">{} of {}</td></tr>\n",
               i + 1, report::escape_html(rec.title), report::escape_html(rec.action), round2(a.gain),
               to_string(rec.effort), a.horizon_days, a.respondents, report.respondents.size());
  }
  fmt::print(out, "</table>\n");
}

void print_gap(const TeamReport& report, std::ostream& out) {
  if (!report.gap) return;
  const Questionnaire& q = *report.questionnaire;
  const RoleGap& gap = *report.gap;
  fmt::print(out,
             "<h2>Manager vs team</h2>\n<p>{} manager(s), {} other respondent(s); gap = manager - team.</p>\n"
             "<table>\n<tr><th></th><th>manager</th><th>team</th><th>gap</th></tr>\n",
             gap.managers, gap.others);
  auto row = [&](const std::string& title, const std::optional<double>& m, const std::optional<double>& t) {
    fmt::print(out, "<tr><th>{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
               report::escape_html(title), fixed2(m), fixed2(t), signed2(rounded_gap(m, t)));
  };
  row("Overall", gap.manager_overall, gap.team_overall);
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) row(q.dimensions[d].title, gap.manager[d], gap.team[d]);
  fmt::print(out, "</table>\n");
}

void print_reliability(const TeamReport& report, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  fmt::print(out, "<h2>Reliability</h2>\n");
  if (!report.reliability) {
    fmt::print(out, "<p>Needs at least {} respondents (have {}).</p>\n", kMinReliabilityRespondents,
               report.respondents.size());
    return;
  }
  fmt::print(out,
             "<p>Cronbach's alpha over unconditional questions, pairwise-complete answers.</p>\n<table>\n"
             "<tr><th>dimension</th><th>alpha</th><th>questions</th></tr>\n");
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    fmt::print(out, "<tr><th>{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
               report::escape_html(q.dimensions[d].title), fixed2(report.dimensions[d].alpha),
               report.dimensions[d].item_rest.size());
  }
  fmt::print(out, "</table>\n");
  if (!any_negative(report)) return;
  fmt::print(out, "<p>Possibly mis-keyed questions (negative item-rest correlation):</p>\n<ul>\n");
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    for (const ItemRest& item : report.dimensions[d].item_rest) {
      if (!negative(item)) continue;
      fmt::print(out, "<li><code>{}</code> ({}): r = {:.2f}</li>\n", report::escape_html(q.questions[item.question].id),
                 report::escape_html(q.dimensions[d].title), round2(*item.r));
    }
  }
  fmt::print(out, "</ul>\n");
}

}  // namespace

void render_team_html(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::string title = fmt::format("Team report: {} {}", q.title, q.version);
  // Embedded (the serve facilitator page): the content only; the host page has the
  // document, its style and its headings above.
  if (!options.embedded) {
    fmt::print(out,
               "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n"
               "<style>{}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
               report::escape_html(title), kStyle, report::escape_html(title));
  }
  std::string ids;
  for (const auto& who : report.respondents) ids += (ids.empty() ? "" : ", ") + report::escape_html(who);
  fmt::print(out, "<p>{} respondent(s): {}</p>\n", report.respondents.size(), ids);
  print_scores(report, out);
  print_weakest(report, options, out);
  print_actions(report, options, out);
  print_gap(report, out);
  print_reliability(report, out);
  if (!options.embedded) fmt::print(out, "</main>\n</body>\n</html>\n");
}

}  // namespace salesaudit
