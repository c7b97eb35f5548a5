// The team report as plain text, for the terminal.

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
  fmt::print(out, "\n  {:<22} {:>7} {:>7} {:>7} {:>7} {:>4}  {}\n", "Scores", "mean", "median", "min", "max", "n",
             "bands");
  auto row = [&](const std::string& title, const Distribution& dist) {
    fmt::print(out, "  {:<22} {:>7} {:>7} {:>7} {:>7} {:>4}  {}\n", title, fixed2(dist.mean), fixed2(dist.median),
               fixed2(dist.min), fixed2(dist.max), dist.n, band_counts(q, dist));
  };
  row("Overall", report.overall);
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) row(q.dimensions[d].title, report.dimensions[d].scores);
}

void print_weakest(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::size_t n = shown(report.weakest.size(), options.top);
  if (n == 0) return;
  fmt::print(out, "\nWeakest questions (mean item score out of 100):\n");
  for (std::size_t i = 0; i < n; ++i) {
    const TeamItem& item = report.weakest[i];
    const Question& question = q.questions[item.question];
    fmt::print(out, "  {}. {:>6.2f}  {} ({}, n={})\n     {}\n", i + 1, round2(item.mean), question.id,
               report::escape_control(q.dimensions[*question.dimension].title), item.n,
               report::escape_control(question.text));
  }
}

void print_actions(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  const std::size_t n = shown(report.actions.size(), options.top);
  if (n == 0) return;
  fmt::print(out, "\nTeam actions (mean gain per respondent):\n");
  for (std::size_t i = 0; i < n; ++i) {
    const TeamAction& a = report.actions[i];
    const Recommendation& rec = q.recommendations[a.recommendation];
    fmt::print(out, "  {}. {} (+{:.2f} points, {} effort, {} days; {} of {} respondents)\n", i + 1,
               report::escape_control(rec.title), round2(a.gain), to_string(rec.effort), a.horizon_days, a.respondents,
               report.respondents.size());
  }
}

void print_gap(const TeamReport& report, std::ostream& out) {
  if (!report.gap) return;
  const Questionnaire& q = *report.questionnaire;
  const RoleGap& gap = *report.gap;
  fmt::print(out, "\nManager vs team ({} manager(s), {} other respondent(s); gap = manager - team):\n", gap.managers,
             gap.others);
  fmt::print(out, "  {:<22} {:>8} {:>8} {:>8}\n", "", "manager", "team", "gap");
  fmt::print(out, "  {:<22} {:>8} {:>8} {:>8}\n", "Overall", fixed2(gap.manager_overall), fixed2(gap.team_overall),
             signed2(rounded_gap(gap.manager_overall, gap.team_overall)));
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    fmt::print(out, "  {:<22} {:>8} {:>8} {:>8}\n", q.dimensions[d].title, fixed2(gap.manager[d]), fixed2(gap.team[d]),
               signed2(rounded_gap(gap.manager[d], gap.team[d])));
  }
}

void print_reliability(const TeamReport& report, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  if (!report.reliability) {
    fmt::print(out, "\nReliability: needs at least {} respondents (have {}).\n", kMinReliabilityRespondents,
               report.respondents.size());
    return;
  }
  fmt::print(out, "\nReliability (Cronbach's alpha over unconditional questions, pairwise-complete answers):\n");
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    const TeamDimension& dim = report.dimensions[d];
    fmt::print(out, "  {:<22} alpha {:>5} over {} question(s)\n", q.dimensions[d].title, fixed2(dim.alpha),
               dim.item_rest.size());
  }
  if (!any_negative(report)) return;
  fmt::print(out, "\nPossibly mis-keyed questions (negative item-rest correlation):\n");
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    for (const ItemRest& item : report.dimensions[d].item_rest) {
      if (!negative(item)) continue;
      fmt::print(out, "  - {} ({}): r = {:.2f}\n", q.questions[item.question].id, q.dimensions[d].title,
                 round2(*item.r));
    }
  }
}

}  // namespace

void render_team_text(const TeamReport& report, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  fmt::print(out, "Team report: {} {} ({})\n", q.title, q.version, q.id);
  fmt::print(out, "Respondents: {}\n", report.respondents.size());
  for (const auto& who : report.respondents) fmt::print(out, "  {}\n", report::escape_control(who));
  print_scores(report, out);
  print_weakest(report, options, out);
  print_actions(report, options, out);
  print_gap(report, out);
  print_reliability(report, out);
}

}  // namespace salesaudit
