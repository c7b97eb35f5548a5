// The team report as a self-contained HTML page (no scripts, no external resources).

#include "i18n/messages.hpp"
#include "report/escape.hpp"
#include "report/report_model.hpp"
#include "team/render_util.hpp"

#include <salesaudit/team.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <ostream>

namespace salesaudit {

namespace {

using namespace team_render;
using i18n::NC_;
using i18n::tr;
using i18n::trc;
using i18n::trf;

std::string h(std::string_view text) {
  return report::escape_html(text);
}

// A row of header cells, each phrase (marked with NC_) translated in the table's context.
std::string header_cells(std::initializer_list<const char*> names) {
  std::string out = "<tr>";
  for (const char* name : names) out += fmt::format("<th>{}</th>", *name == '\0' ? "" : trc("team table", name));
  return out + "</tr>\n";
}

constexpr const char* kStyle =
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
    "table{border-collapse:collapse;margin:0.5rem 0}th,td{border:1px solid #ccc;padding:0.25rem 0.5rem}"
    "td.n{text-align:right}";

void print_scores(const TeamReport& report, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  fmt::print(out, "<h2>{}</h2>\n<table>\n{}", trc("team table", "Scores"),
             header_cells({"", NC_("team table", "mean"), NC_("team table", "median"), NC_("team table", "min"),
                           NC_("team table", "max"), NC_("team table", "n"), NC_("team table", "bands")}));
  auto row = [&](const std::string& title, const Distribution& dist) {
    fmt::print(out,
               "<tr><th>{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>"
               "<td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>\n",
               h(title), num2(dist.mean), num2(dist.median), num2(dist.min), num2(dist.max), dist.n,
               h(band_counts(q, dist)));
  };
  row(trc("team table", "Overall"), report.overall);
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) row(q.dimensions[d].title, report.dimensions[d].scores);
  fmt::print(out, "</table>\n");
}

void print_weakest(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::size_t n = shown(report.weakest.size(), options.top);
  if (n == 0) return;
  fmt::print(out, "<h2>{}</h2>\n<p>{}</p>\n<table>\n<tr><th>#</th>{}", tr("Weakest questions"),
             tr("Mean item score out of 100 over the respondents who answered."),
             header_cells({NC_("team table", "question"), NC_("team table", "dimension"), NC_("team table", "mean"),
                           NC_("team table", "n")})
                 .substr(4));
  for (std::size_t i = 0; i < n; ++i) {
    const TeamItem& item = report.weakest[i];
    const Question& question = q.questions[item.question];
    fmt::print(out,
               "<tr><td class=\"n\">{}</td><td><code>{}</code> {}</td><td>{}</td><td class=\"n\">{}</td>"
               "<td class=\"n\">{}</td></tr>\n",
               i + 1, h(question.id), h(question.text), h(q.dimensions[*question.dimension].title), num2(item.mean),
               item.n);
  }
  fmt::print(out, "</table>\n");
}

void print_actions(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::size_t n = shown(report.actions.size(), options.top);
  if (n == 0) return;
  fmt::print(out, "<h2>{}</h2>\n<p>{}</p>\n<table>\n<tr><th>#</th>{}", tr("Team actions"),
             tr("Mean gain in overall points per respondent."),
             header_cells({NC_("team table", "action"), NC_("team table", "mean gain"), NC_("team table", "effort"),
                           NC_("team table", "days"), NC_("team table", "respondents")})
                 .substr(4));
  for (std::size_t i = 0; i < n; ++i) {
    const TeamAction& a = report.actions[i];
    const Recommendation& rec = q.recommendations[a.recommendation];
    fmt::print(out,
               "<tr><td class=\"n\">{}</td><td><strong>{}</strong> {}</td><td class=\"n\">{}</td><td>{}</td>"
               "<td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
               i + 1, h(rec.title), h(rec.action), num2(a.gain), report::effort_word(rec.effort), a.horizon_days,
               trf("{} of {}", a.respondents, report.respondents.size()));
  }
  fmt::print(out, "</table>\n");
}

void print_gap(const TeamReport& report, std::ostream& out) {
  if (!report.gap) return;
  const Questionnaire& q = *report.questionnaire;
  const RoleGap& gap = *report.gap;
  fmt::print(out, "<h2>{}</h2>\n<p>{}</p>\n<table>\n{}", tr("Manager vs team"),
             trf("{} manager(s), {} other respondent(s); gap = manager - team.", gap.managers, gap.others),
             header_cells({"", NC_("team table", "manager"), NC_("team table", "team"), NC_("team table", "gap")}));
  auto row = [&](const std::string& title, const std::optional<double>& m, const std::optional<double>& t) {
    fmt::print(out, "<tr><th>{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
               h(title), num2(m), num2(t), signed_num2(rounded_gap(m, t)));
  };
  row(trc("team table", "Overall"), gap.manager_overall, gap.team_overall);
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) row(q.dimensions[d].title, gap.manager[d], gap.team[d]);
  fmt::print(out, "</table>\n");
}

void print_reliability(const TeamReport& report, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  fmt::print(out, "<h2>{}</h2>\n", tr("Reliability"));
  if (!report.reliability) {
    fmt::print(out, "<p>{}</p>\n",
               trf("Needs at least {} respondents (have {}).", kMinReliabilityRespondents, report.respondents.size()));
    return;
  }
  fmt::print(
      out, "<p>{}</p>\n<table>\n{}", tr("Cronbach's alpha over unconditional questions, pairwise-complete answers."),
      header_cells({NC_("team table", "dimension"), NC_("team table", "alpha"), NC_("team table", "questions")}));
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    fmt::print(out, "<tr><th>{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n", h(q.dimensions[d].title),
               num2(report.dimensions[d].alpha), report.dimensions[d].item_rest.size());
  }
  fmt::print(out, "</table>\n");
  if (!any_negative(report)) return;
  fmt::print(out, "<p>{}</p>\n<ul>\n", tr("Possibly mis-keyed questions (negative item-rest correlation):"));
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    for (const ItemRest& item : report.dimensions[d].item_rest) {
      if (!negative(item)) continue;
      fmt::print(out, "<li><code>{}</code> ({}): r = {}</li>\n", h(q.questions[item.question].id),
                 h(q.dimensions[d].title), num2(item.r));
    }
  }
  fmt::print(out, "</ul>\n");
}

}  // namespace

void render_team_html(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::string title = trf("Team report: {} {}", q.title, q.version);
  // Embedded (the serve facilitator page): the content only; the host page has the
  // document, its style and its headings above.
  if (!options.embedded) {
    fmt::print(out,
               "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n"
               "<style>{}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
               h(q.language), h(title), kStyle, h(title));
  }
  std::string ids;
  for (const auto& who : report.respondents) ids += (ids.empty() ? "" : ", ") + h(who);
  fmt::print(out, "<p>{}</p>\n", trf("{} respondent(s): {}", report.respondents.size(), ids));
  print_scores(report, out);
  print_weakest(report, options, out);
  print_actions(report, options, out);
  print_gap(report, out);
  print_reliability(report, out);
  if (!options.embedded) fmt::print(out, "</main>\n</body>\n</html>\n");
}

}  // namespace salesaudit
