// The Markdown report (GitHub flavoured), fit for a pull-request comment or a CI job
// summary. Every string from input is escaped, so it renders as the text it is.

#include "i18n/messages.hpp"
#include "report/escape.hpp"
#include "report/markdown_explain.hpp"
#include "report/report_model.hpp"
#include "report/text_layout.hpp"

#include <salesaudit/report.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <ostream>

namespace salesaudit {

namespace report {
namespace {

using i18n::tr;
using i18n::trf;

std::string md_text(std::string_view text) {
  return escape_markdown(text);
}

std::string band_label(const Questionnaire& q, const std::optional<std::size_t>& band) {
  return band ? md_text(q.bands[*band].label) : std::string(tr("insufficient answers"));
}

void md_write_header(const ReportModel& m, std::ostream& out) {
  const Questionnaire& q = *m.questionnaire;
  fmt::print(out, "# {}\n\n", md_text(q.title));
  out << trf("- **Questionnaire:** {} {}\n", md_text(q.id), md_text(q.version));
  if (!m.respondent.empty()) {
    std::string details;
    for (const auto& d : m.respondent_details) details += (details.empty() ? "" : ", ") + md_text(d);
    out << trf("- **Respondent:** {}{}\n", md_text(m.respondent), details.empty() ? "" : " (" + details + ")");
  }
  if (m.retest_date) {
    out << trf("- **Completed:** {}; **suggested retest:** {} ({} days later)\n", i18n::date(*m.completed_date),
               i18n::date(*m.retest_date), kRetestDays);
  }
  if (!m.card->red_flags.empty()) {
    out << trf("\n> [!CAUTION]\n> **Red flags** (shown whatever the score)\n>\n");
    for (std::size_t f : m.card->red_flags) fmt::print(out, "> - {}\n", md_text(q.red_flags[f].message));
  }
}

void write_scores(const ReportModel& m, const RenderOptions& options, std::ostream& out) {
  const ScoreCard& card = *m.card;
  const Questionnaire& q = *m.questionnaire;
  if (card.overall) {
    out << trf("\n## Overall: {} / 100, {}\n\n", num2(*card.overall), band_label(q, card.overall_band));
    if (m.overall_capped) {
      out << trf("The overall band is capped at \"{}\" because a dimension is in \"{}\".\n\n",
                 md_text(q.bands[q.band_cap->cap].label), md_text(q.bands[q.band_cap->when_band].label));
    }
  } else {
    out << trf("\n## Overall: no score\n\nAt least one dimension has too few answers (see the warnings).\n\n");
  }
  out << trf("| Dimension | Score | Band | Coverage | |\n|---|---:|---|---:|---|\n");
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    const DimensionResult& dim = card.dimensions[d];
    out << trf("| {} | {} | {} | {} ({} of {}) | `{}` |\n", md_text(q.dimensions[d].title),
               dim.score ? num2(*dim.score) : std::string(tr("n/a")), band_label(q, dim.band), percent(dim.coverage),
               dim.answered, dim.asked, bar(dim.score.value_or(0) / 100.0, 20, options.unicode));
  }
}

void md_write_actions(const ReportModel& m, std::ostream& out) {
  const Questionnaire& q = *m.questionnaire;
  if (m.actions.empty()) {
    fmt::print(out,
               "\n## Top actions\n\nNo recommendation is triggered: every scored answer is already at its "
               "best.\n");
    return;
  }
  out << trf("\n## Top actions ({} of {})\n\n", m.shown, m.actions.size());
  for (std::size_t i = 0; i < m.shown; ++i) {
    const ActionView& a = m.actions[i];
    out << trf("{}. **{}**: +{} points, {} effort, within {} days{}\n", a.rank, md_text(a.recommendation->title),
               num2(a.result->gain), effort_word(a.recommendation->effort), a.result->horizon_days,
               a.quick_win ? tr(", *quick win*") : "");
    fmt::print(out, "   <br>{}\n", md_text(a.recommendation->action));
    std::string ids;
    for (std::size_t qi : a.result->questions) ids += (ids.empty() ? "" : ", ") + md_text(q.questions[qi].id);
    out << trf("   <br>Triggered by: {}\n", ids);
    for (std::size_t qi : a.commented) {
      out << trf("   <br>Your comment on {}: \"{}\"\n", md_text(q.questions[qi].id),
                 md_text(m.card->answers->comments[qi]));
    }
  }
}

void md_write_plan(const ReportModel& m, std::ostream& out) {
  if (m.actions.empty()) return;
  out << trf("\n## Quick wins (low effort, among the top actions)\n\n");
  if (m.quick_wins.empty()) out << trf("None among the top actions.\n");
  for (std::size_t a : m.quick_wins) {
    out << trf("- {} (+{} points)\n", md_text(m.actions[a].recommendation->title), num2(m.actions[a].result->gain));
  }
  fmt::print(out,
             "\n## 30/60/90-day plan (every triggered action)\n\n| Within | Effort | Action | Rank | Gain |\n"
             "|---|---|---|---:|---:|\n");
  for (const PlanStage& stage : m.plan) {
    for (std::size_t a : stage.actions) {
      out << trf("| {} days | {} | {} | {} | +{} |\n", stage.days, effort_word(stage.effort),
                 md_text(m.actions[a].recommendation->title), m.actions[a].rank, num2(m.actions[a].result->gain));
    }
  }
  if (m.retest_date) out << trf("\nThen retest on **{}**.\n", i18n::date(*m.retest_date));
}

void md_write_comments_and_warnings(const ReportModel& m, std::ostream& out) {
  const Questionnaire& q = *m.questionnaire;
  if (!m.comments.empty()) {
    out << trf("\n## Your comments\n\n");
    for (const CommentView& c : m.comments) {
      const Question& question = q.questions[c.question];
      fmt::print(out, "- **{}**: {}\n", md_text(question.id), md_text(question.text));
      if (question.scored()) {
        if (!c.answer.empty()) out << trf("  <br>Answer: {}\n", md_text(c.answer));
        out << trf("  <br>Comment: \"{}\"\n", md_text(c.comment));
      } else {
        fmt::print(out, "  <br>\"{}\"\n", md_text(c.answer));
        if (!c.comment.empty()) out << trf("  <br>Comment: \"{}\"\n", md_text(c.comment));
      }
    }
  }
  if (!m.card->warnings.empty()) {
    out << trf("\n## Warnings\n\n");
    for (const auto& w : m.card->warnings) fmt::print(out, "- {}\n", md_text(w));
  }
}

}  // namespace
}  // namespace report

void render_markdown(const ScoreCard& card, const RenderOptions& options, std::ostream& out) {
  using namespace report;
  const ReportModel model = build_model(card, options);
  md_write_header(model, out);
  write_scores(model, options, out);
  md_write_actions(model, out);
  md_write_plan(model, out);
  md_write_comments_and_warnings(model, out);
  if (options.explain) write_markdown_explanation(model, out);
  fmt::print(out, "\n---\n\n*{}*\n", i18n::tr(kBandNote));
}

}  // namespace salesaudit
