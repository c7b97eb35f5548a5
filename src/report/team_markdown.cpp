// The team report as Markdown (pull-request comments, CI job summaries).

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
using i18n::tr;
using i18n::trc;
using i18n::trf;

std::string md(std::string_view text) {
  return report::escape_markdown(text);
}

void md_scores(const TeamReport& report, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  fmt::print(out, "\n## {}\n\n| | {} | {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---:|---:|---|\n",
             trc("team table", "Scores"), trc("team table", "mean"), trc("team table", "median"),
             trc("team table", "min"), trc("team table", "max"), trc("team table", "n"), trc("team table", "bands"));
  auto row = [&](const std::string& title, const Distribution& dist) {
    fmt::print(out, "| {} | {} | {} | {} | {} | {} | {} |\n", md(title), num2(dist.mean), num2(dist.median),
               num2(dist.min), num2(dist.max), dist.n, md(band_counts(q, dist)));
  };
  row(trc("team table", "Overall"), report.overall);
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) row(q.dimensions[d].title, report.dimensions[d].scores);
}

void md_weakest(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::size_t n = shown(report.weakest.size(), options.top);
  if (n == 0) return;
  fmt::print(out, "\n## {}\n\n{}\n\n", tr("Weakest questions"),
             tr("Mean item score out of 100 over the respondents who answered."));
  fmt::print(out, "| # | {} | {} | {} | {} |\n|---:|---|---|---:|---:|\n", trc("team table", "question"),
             trc("team table", "dimension"), trc("team table", "mean"), trc("team table", "n"));
  for (std::size_t i = 0; i < n; ++i) {
    const TeamItem& item = report.weakest[i];
    const Question& question = q.questions[item.question];
    fmt::print(out, "| {} | `{}` {} | {} | {} | {} |\n", i + 1, question.id, md(question.text),
               md(q.dimensions[*question.dimension].title), num2(item.mean), item.n);
  }
}

void md_actions(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::size_t n = shown(report.actions.size(), options.top);
  if (n == 0) return;
  fmt::print(out, "\n## {}\n\n{}\n\n", tr("Team actions"), tr("Mean gain in overall points per respondent."));
  fmt::print(out, "| # | {} | {} | {} | {} | {} |\n|---:|---|---:|---|---:|---:|\n", trc("team table", "action"),
             trc("team table", "mean gain"), trc("team table", "effort"), trc("team table", "days"),
             trc("team table", "respondents"));
  for (std::size_t i = 0; i < n; ++i) {
    const TeamAction& a = report.actions[i];
    const Recommendation& rec = q.recommendations[a.recommendation];
    fmt::print(out, "| {} | **{}** {} | {} | {} | {} | {} |\n", i + 1, md(rec.title), md(rec.action), num2(a.gain),
               report::effort_word(rec.effort), a.horizon_days,
               trf("{} of {}", a.respondents, report.respondents.size()));
  }
}

void md_gap(const TeamReport& report, std::ostream& out) {
  if (!report.gap) return;
  const Questionnaire& q = *report.questionnaire;
  const RoleGap& gap = *report.gap;
  fmt::print(out, "\n## {}\n\n{}\n\n", tr("Manager vs team"),
             trf("{} manager(s), {} other respondent(s); gap = manager - team.", gap.managers, gap.others));
  fmt::print(out, "| | {} | {} | {} |\n|---|---:|---:|---:|\n", trc("team table", "manager"), trc("team table", "team"),
             trc("team table", "gap"));
  fmt::print(out, "| {} | {} | {} | {} |\n", trc("team table", "Overall"), num2(gap.manager_overall),
             num2(gap.team_overall), signed_num2(rounded_gap(gap.manager_overall, gap.team_overall)));
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    fmt::print(out, "| {} | {} | {} | {} |\n", md(q.dimensions[d].title), num2(gap.manager[d]), num2(gap.team[d]),
               signed_num2(rounded_gap(gap.manager[d], gap.team[d])));
  }
}

void md_reliability(const TeamReport& report, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  fmt::print(out, "\n## {}\n\n", tr("Reliability"));
  if (!report.reliability) {
    fmt::print(out, "{}\n",
               trf("Needs at least {} respondents (have {}).", kMinReliabilityRespondents, report.respondents.size()));
    return;
  }
  fmt::print(out, "{}\n\n", tr("Cronbach's alpha over unconditional questions, pairwise-complete answers."));
  fmt::print(out, "| {} | {} | {} |\n|---|---:|---:|\n", trc("team table", "dimension"), trc("team table", "alpha"),
             trc("team table", "questions"));
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    fmt::print(out, "| {} | {} | {} |\n", md(q.dimensions[d].title), num2(report.dimensions[d].alpha),
               report.dimensions[d].item_rest.size());
  }
  if (!any_negative(report)) return;
  fmt::print(out, "\n{}\n\n", tr("Possibly mis-keyed questions (negative item-rest correlation):"));
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    for (const ItemRest& item : report.dimensions[d].item_rest) {
      if (!negative(item)) continue;
      fmt::print(out, "- `{}` ({}): r = {}\n", q.questions[item.question].id, md(q.dimensions[d].title), num2(item.r));
    }
  }
}

}  // namespace

void render_team_markdown(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  fmt::print(out, "# {}\n\n", trf("Team report: {} {}", md(q.title), md(q.version)));
  std::string ids;
  for (const auto& who : report.respondents) ids += (ids.empty() ? "" : ", ") + md(who);
  fmt::print(out, "{}\n", trf("{} respondent(s): {}", report.respondents.size(), ids));
  md_scores(report, out);
  md_weakest(report, options, out);
  md_actions(report, options, out);
  md_gap(report, out);
  md_reliability(report, out);
}

}  // namespace salesaudit
