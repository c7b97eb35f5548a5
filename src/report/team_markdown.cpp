// The team report as Markdown (pull-request comments, CI job summaries).

#include "report/escape.hpp"
#include "team/render_util.hpp"

#include <salesaudit/team.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <ostream>

namespace salesaudit {

namespace {

using namespace team_render;

void print_scores(const TeamReport& report, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  fmt::print(out, "\n## Scores\n\n| | mean | median | min | max | n | bands |\n|---|---:|---:|---:|---:|---:|---|\n");
  auto row = [&](const std::string& title, const Distribution& dist) {
    fmt::print(out, "| {} | {} | {} | {} | {} | {} | {} |\n", report::escape_markdown(title), fixed2(dist.mean),
               fixed2(dist.median), fixed2(dist.min), fixed2(dist.max), dist.n,
               report::escape_markdown(band_counts(q, dist)));
  };
  row("Overall", report.overall);
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) row(q.dimensions[d].title, report.dimensions[d].scores);
}

void print_weakest(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::size_t n = shown(report.weakest.size(), options.top);
  if (n == 0) return;
  fmt::print(out, "\n## Weakest questions\n\nMean item score out of 100 over the respondents who answered.\n\n");
  fmt::print(out, "| # | question | dimension | mean | n |\n|---:|---|---|---:|---:|\n");
  for (std::size_t i = 0; i < n; ++i) {
    const TeamItem& item = report.weakest[i];
    const Question& question = q.questions[item.question];
    fmt::print(out, "| {} | `{}` {} | {} | {:.2f} | {} |\n", i + 1, question.id, report::escape_markdown(question.text),
               report::escape_markdown(q.dimensions[*question.dimension].title), round2(item.mean), item.n);
  }
}

void print_actions(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::size_t n = shown(report.actions.size(), options.top);
  if (n == 0) return;
  fmt::print(out, "\n## Team actions\n\nMean gain in overall points per respondent.\n\n");
  fmt::print(out, "| # | action | mean gain | effort | days | respondents |\n|---:|---|---:|---|---:|---:|\n");
  for (std::size_t i = 0; i < n; ++i) {
    const TeamAction& a = report.actions[i];
    const Recommendation& rec = q.recommendations[a.recommendation];
    fmt::print(out, "| {} | **{}** {} | {:.2f} | {} | {} | {} of {} |\n", i + 1, report::escape_markdown(rec.title),
               report::escape_markdown(rec.action), round2(a.gain), to_string(rec.effort), a.horizon_days,
               a.respondents, report.respondents.size());
  }
}

void print_gap(const TeamReport& report, std::ostream& out) {
  if (!report.gap) return;
  const Questionnaire& q = *report.questionnaire;
  const RoleGap& gap = *report.gap;
  fmt::print(out, "\n## Manager vs team\n\n{} manager(s), {} other respondent(s); gap = manager - team.\n\n",
             gap.managers, gap.others);
  fmt::print(out, "| | manager | team | gap |\n|---|---:|---:|---:|\n");
  fmt::print(out, "| Overall | {} | {} | {} |\n", fixed2(gap.manager_overall), fixed2(gap.team_overall),
             signed2(rounded_gap(gap.manager_overall, gap.team_overall)));
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    fmt::print(out, "| {} | {} | {} | {} |\n", report::escape_markdown(q.dimensions[d].title), fixed2(gap.manager[d]),
               fixed2(gap.team[d]), signed2(rounded_gap(gap.manager[d], gap.team[d])));
  }
}

void print_reliability(const TeamReport& report, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  fmt::print(out, "\n## Reliability\n\n");
  if (!report.reliability) {
    fmt::print(out, "Needs at least {} respondents (have {}).\n", kMinReliabilityRespondents,
               report.respondents.size());
    return;
  }
  fmt::print(out, "Cronbach's alpha over unconditional questions, pairwise-complete answers.\n\n");
  fmt::print(out, "| dimension | alpha | questions |\n|---|---:|---:|\n");
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    fmt::print(out, "| {} | {} | {} |\n", report::escape_markdown(q.dimensions[d].title),
               fixed2(report.dimensions[d].alpha), report.dimensions[d].item_rest.size());
  }
  if (!any_negative(report)) return;
  fmt::print(out, "\nPossibly mis-keyed questions (negative item-rest correlation):\n\n");
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    for (const ItemRest& item : report.dimensions[d].item_rest) {
      if (!negative(item)) continue;
      fmt::print(out, "- `{}` ({}): r = {:.2f}\n", q.questions[item.question].id,
                 report::escape_markdown(q.dimensions[d].title), round2(*item.r));
    }
  }
}

}  // namespace

void render_team_markdown(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  fmt::print(out, "# Team report: {} {}\n\n", report::escape_markdown(q.title), report::escape_markdown(q.version));
  std::string ids;
  for (const auto& who : report.respondents) ids += (ids.empty() ? "" : ", ") + report::escape_markdown(who);
  fmt::print(out, "{} respondent(s): {}\n", report.respondents.size(), ids);
  print_scores(report, out);
  print_weakest(report, options, out);
  print_actions(report, options, out);
  print_gap(report, out);
  print_reliability(report, out);
}

}  // namespace salesaudit
