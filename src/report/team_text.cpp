// The team report as plain text, for the terminal.

#include "i18n/messages.hpp"
#include "report/escape.hpp"
#include "report/report_model.hpp"
#include "team/render_util.hpp"

#include <salesaudit/team.hpp>
#include <salesaudit/text.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <ostream>

namespace salesaudit {

namespace {

using namespace team_render;
using i18n::tr;
using i18n::trc;
using i18n::trf;
using text::display_width;

// The first column of the tables: 22 columns, or the longest title (translated titles
// run longer), measured in display columns.
std::size_t title_width(const Questionnaire& q) {
  std::size_t width = 22;
  for (const auto& d : q.dimensions) width = std::max(width, display_width(d.title));
  for (const char* fixed : {trc("team table", "Scores"), trc("team table", "Overall")}) {
    width = std::max(width, display_width(fixed));
  }
  return width;
}

std::string pad(std::string_view text, std::size_t width) {
  const std::size_t have = display_width(text);
  return std::string(text) + std::string(have < width ? width - have : 0, ' ');
}

void text_scores(const TeamReport& report, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::size_t w = title_width(q);
  fmt::print(out, "\n  {} {:>7} {:>7} {:>7} {:>7} {:>4}  {}\n", pad(trc("team table", "Scores"), w),
             trc("team table", "mean"), trc("team table", "median"), trc("team table", "min"), trc("team table", "max"),
             trc("team table", "n"), trc("team table", "bands"));
  auto row = [&](const std::string& title, const Distribution& dist) {
    fmt::print(out, "  {} {:>7} {:>7} {:>7} {:>7} {:>4}  {}\n", pad(title, w), num2(dist.mean), num2(dist.median),
               num2(dist.min), num2(dist.max), dist.n, band_counts(q, dist));
  };
  row(trc("team table", "Overall"), report.overall);
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) row(q.dimensions[d].title, report.dimensions[d].scores);
}

void text_weakest(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::size_t n = shown(report.weakest.size(), options.top);
  if (n == 0) return;
  fmt::print(out, "\n{}\n", tr("Weakest questions (mean item score out of 100):"));
  for (std::size_t i = 0; i < n; ++i) {
    const TeamItem& item = report.weakest[i];
    const Question& question = q.questions[item.question];
    fmt::print(out, "  {}. {:>6}  {} ({}, n={})\n     {}\n", i + 1, num2(item.mean), question.id,
               report::escape_control(q.dimensions[*question.dimension].title), item.n,
               report::escape_control(question.text));
  }
}

void text_actions(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::size_t n = shown(report.actions.size(), options.top);
  if (n == 0) return;
  fmt::print(out, "\n{}\n", tr("Team actions (mean gain per respondent):"));
  for (std::size_t i = 0; i < n; ++i) {
    const TeamAction& a = report.actions[i];
    const Recommendation& rec = q.recommendations[a.recommendation];
    // TRANSLATORS: an action of the team report: its title, then mean gain, effort word,
    // days, and how many of the respondents it concerns.
    fmt::print(out, "  {}. {} {}\n", i + 1, report::escape_control(rec.title),
               trf("(+{} points, {} effort, {} days; {} of {} respondents)", num2(a.gain),
                   report::effort_word(rec.effort), a.horizon_days, a.respondents, report.respondents.size()));
  }
}

void text_gap(const TeamReport& report, std::ostream& out) {
  if (!report.gap) return;
  const Questionnaire& q = *report.questionnaire;
  const RoleGap& gap = *report.gap;
  fmt::print(
      out, "\n{}\n",
      trf("Manager vs team ({} manager(s), {} other respondent(s); gap = manager - team):", gap.managers, gap.others));
  const std::size_t w = title_width(q);
  fmt::print(out, "  {} {:>8} {:>8} {:>8}\n", pad("", w), trc("team table", "manager"), trc("team table", "team"),
             trc("team table", "gap"));
  fmt::print(out, "  {} {:>8} {:>8} {:>8}\n", pad(trc("team table", "Overall"), w), num2(gap.manager_overall),
             num2(gap.team_overall), signed_num2(rounded_gap(gap.manager_overall, gap.team_overall)));
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    fmt::print(out, "  {} {:>8} {:>8} {:>8}\n", pad(q.dimensions[d].title, w), num2(gap.manager[d]), num2(gap.team[d]),
               signed_num2(rounded_gap(gap.manager[d], gap.team[d])));
  }
}

void text_reliability(const TeamReport& report, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  if (!report.reliability) {
    fmt::print(out, "\n{}\n",
               trf("Reliability: needs at least {} respondents (have {}).", kMinReliabilityRespondents,
                   report.respondents.size()));
    return;
  }
  fmt::print(out, "\n{}\n",
             tr("Reliability (Cronbach's alpha over unconditional questions, pairwise-complete answers):"));
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    const TeamDimension& dim = report.dimensions[d];
    // TRANSLATORS: {} are Cronbach's alpha and a number of questions.
    fmt::print(out, "  {} {}\n", pad(q.dimensions[d].title, title_width(q)),
               trf("alpha {:>5} over {} question(s)", num2(dim.alpha), dim.item_rest.size()));
  }
  if (!any_negative(report)) return;
  fmt::print(out, "\n{}\n", tr("Possibly mis-keyed questions (negative item-rest correlation):"));
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    for (const ItemRest& item : report.dimensions[d].item_rest) {
      if (!negative(item)) continue;
      fmt::print(out, "  - {} ({}): r = {}\n", q.questions[item.question].id, q.dimensions[d].title, num2(item.r));
    }
  }
}

}  // namespace

void render_team_text(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  fmt::print(out, "{}\n", trf("Team report: {} {} ({})", q.title, q.version, q.id));
  fmt::print(out, "{}\n", trf("Respondents: {}", report.respondents.size()));
  for (const auto& who : report.respondents) fmt::print(out, "  {}\n", report::escape_control(who));
  text_scores(report, out);
  text_weakest(report, options, out);
  text_actions(report, options, out);
  text_gap(report, out);
  text_reliability(report, out);
}

}  // namespace salesaudit
