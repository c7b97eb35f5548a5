// The text report, for a terminal: bars, colour by band (never the only cue), wrapped
// to the width given.

#include "i18n/messages.hpp"
#include "report/escape.hpp"
#include "report/report_model.hpp"
#include "report/text_explain.hpp"
#include "report/text_layout.hpp"

#include <salesaudit/report.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace salesaudit {

namespace report {
namespace {

using i18n::tr;
using i18n::trf;

std::string plain(std::string_view text) {
  return escape_control(text);
}

std::string text_band_label(const Questionnaire& q, const std::optional<std::size_t>& band) {
  return band ? plain(q.bands[*band].label) : std::string(tr("insufficient answers"));
}

void write_header(const ReportModel& m, const TextOut& out) {
  const Questionnaire& q = *m.questionnaire;
  out.para(out.bold(plain(q.title)), "", "");
  out.para(trf("Questionnaire: {} {}", plain(q.id), plain(q.version)), "", "  ");
  if (!m.respondent.empty()) {
    std::string who = trf("Respondent: {}", plain(m.respondent));
    if (!m.respondent_details.empty()) {
      std::string details;
      for (const auto& d : m.respondent_details) details += (details.empty() ? "" : ", ") + plain(d);
      who += " (" + details + ")";
    }
    out.para(who, "", "  ");
  }
  if (m.retest_date) {
    out.para(trf("Completed: {}. Suggested retest: {} ({} days later).", i18n::date(*m.completed_date),
                 i18n::date(*m.retest_date), kRetestDays),
             "", "  ");
  }
}

void write_red_flags(const ReportModel& m, const TextOut& out) {
  if (m.card->red_flags.empty()) return;
  out.heading(trf("RED FLAGS ({}, shown whatever the score)", m.card->red_flags.size()));
  for (std::size_t f : m.card->red_flags) {
    out.para(out.paint("!", Tone::bad) + " " + plain(m.questionnaire->red_flags[f].message), "  ", "    ");
  }
}

void write_overall(const ReportModel& m, const TextOut& out) {
  const ScoreCard& card = *m.card;
  const Questionnaire& q = *m.questionnaire;
  out.heading(tr("OVERALL"));
  if (!card.overall) {
    out.para(tr("No overall score: at least one dimension has too few answers (see the warnings)."), "  ", "  ");
    return;
  }
  const std::string score = num2(*card.overall) + " / 100";
  const std::string label = text_band_label(q, card.overall_band);
  const std::size_t fixed = 2 + 2 + display_width(score) + 2 + display_width(label);
  const std::size_t cells = out.width > fixed + 10 ? std::min<std::size_t>(40, out.width - fixed) : 10;
  const std::string b = out.paint(bar(*card.overall / 100.0, cells, out.unicode), m.overall_tone);
  const std::string text = out.paint(label, m.overall_tone);
  if (fixed + cells <= out.width) {
    out.line(fmt::format("  {}  {}  {}", b, score, text));
  } else {  // narrow: the numbers first, then a bar that fits
    out.para(fmt::format("{}  {}", score, text), "  ", "  ");
    const std::size_t narrow = out.width > 12 ? std::min<std::size_t>(40, out.width - 2) : 10;
    out.line("  " + out.paint(bar(*card.overall / 100.0, narrow, out.unicode), m.overall_tone));
  }
  if (m.overall_capped) {
    out.para(trf("The overall band is capped at \"{}\" because a dimension is in \"{}\".",
                 plain(q.bands[q.band_cap->cap].label), plain(q.bands[q.band_cap->when_band].label)),
             "  ", "  ");
  }
}

void write_dimensions(const ReportModel& m, const TextOut& out) {
  const ScoreCard& card = *m.card;
  const Questionnaire& q = *m.questionnaire;
  out.heading(tr("DIMENSIONS"));
  std::size_t title_w = 0;
  std::size_t label_w = 0;
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    title_w = std::max(title_w, display_width(plain(q.dimensions[d].title)));
    label_w = std::max(label_w, display_width(text_band_label(q, card.dimensions[d].band)));
  }
  // One line per dimension when a bar of at least 12 cells fits; otherwise two.
  const std::size_t fixed = 2 + title_w + 2 + 2 + 6 + 2 + label_w + 2 + display_width(trf("coverage {}", "100%"));
  const bool one_line = out.width >= fixed + 12;
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    const DimensionResult& dim = card.dimensions[d];
    const auto tone = m.dimensions[d].tone;
    const std::string score = dim.score ? num2(*dim.score) : std::string(tr("n/a"));
    const std::string label = text_band_label(q, dim.band);
    const std::string coverage = trf("coverage {}", percent(dim.coverage));
    if (one_line) {
      const std::size_t cells = std::min<std::size_t>(30, out.width - fixed);
      out.line(fmt::format("  {}  {}  {}  {}  {}", pad_right(plain(q.dimensions[d].title), title_w),
                           out.paint(bar(dim.score.value_or(0) / 100.0, cells, out.unicode), tone), pad_left(score, 6),
                           out.paint(pad_right(label, label_w), tone), coverage));
      continue;
    }
    out.para(fmt::format("{}: {} {}", plain(q.dimensions[d].title), score, out.paint(label, tone)), "  ", "    ");
    const double fraction = dim.score.value_or(0) / 100.0;
    if (out.width >= 4 + 8 + 2 + display_width(coverage)) {
      const std::size_t cells = std::min<std::size_t>(30, out.width - 4 - 2 - display_width(coverage));
      out.line(fmt::format("    {}  {}", out.paint(bar(fraction, cells, out.unicode), tone), coverage));
    } else {  // very narrow: bar and coverage on lines of their own
      out.line("    " + out.paint(bar(fraction, out.width > 8 ? out.width - 4 : 4, out.unicode), tone));
      out.line("    " + coverage);
    }
  }
}

std::string action_meta(const ActionView& a) {
  std::string meta = trf("+{} points, {} effort, within {} days", num2(a.result->gain),
                         effort_word(a.recommendation->effort), a.result->horizon_days);
  return a.quick_win ? meta + tr(", quick win") : meta;
}

void write_actions(const ReportModel& m, const TextOut& out) {
  const Questionnaire& q = *m.questionnaire;
  if (m.actions.empty()) {
    out.heading(tr("TOP ACTIONS"));
    out.para(tr("No recommendation is triggered: every scored answer is already at its best."), "  ", "  ");
    return;
  }
  out.heading(trf("TOP ACTIONS ({} of {})", m.shown, m.actions.size()));
  for (std::size_t i = 0; i < m.shown; ++i) {
    const ActionView& a = m.actions[i];
    const std::string number = fmt::format("  {}. ", a.rank);
    const std::string indent(display_width(number), ' ');
    if (i > 0) out.line();
    out.para(out.bold(plain(a.recommendation->title)), number, indent);
    out.para(action_meta(a), indent, indent);
    out.para(plain(a.recommendation->action), indent, indent);
    std::string ids;
    for (std::size_t qi : a.result->questions) ids += (ids.empty() ? "" : ", ") + plain(q.questions[qi].id);
    out.para(trf("Triggered by: {}", ids), indent, indent + "  ");
    for (std::size_t qi : a.commented) {
      out.para(trf("Your comment on {}: \"{}\"", plain(q.questions[qi].id), plain(m.card->answers->comments[qi])),
               indent, indent + "  ");
    }
  }
}

void write_quick_wins_and_plan(const ReportModel& m, const TextOut& out) {
  if (m.actions.empty()) return;
  out.heading(tr("QUICK WINS (low effort, among the top actions)"));
  if (m.quick_wins.empty()) out.para(tr("None among the top actions."), "  ", "  ");
  for (std::size_t a : m.quick_wins) {
    out.para(trf("{} (+{} points)", plain(m.actions[a].recommendation->title), num2(m.actions[a].result->gain)), "  - ",
             "    ");
  }
  out.heading(tr("30/60/90-DAY PLAN (every triggered action)"));
  for (const PlanStage& stage : m.plan) {
    if (stage.actions.empty()) continue;
    out.para(trf("Within {} days ({} effort):", stage.days, effort_word(stage.effort)), "  ", "  ");
    for (std::size_t a : stage.actions) {
      out.para(fmt::format("{} (#{}, +{})", plain(m.actions[a].recommendation->title), m.actions[a].rank,
                           num2(m.actions[a].result->gain)),
               "    - ", "      ");
    }
  }
  if (m.retest_date) out.para(trf("Then retest on {}.", i18n::date(*m.retest_date)), "  ", "  ");
}

void write_comments_and_warnings(const ReportModel& m, const TextOut& out) {
  const Questionnaire& q = *m.questionnaire;
  if (!m.comments.empty()) {
    out.heading(tr("YOUR COMMENTS"));
    for (const CommentView& c : m.comments) {
      const Question& question = q.questions[c.question];
      out.para(fmt::format("{}: {}", plain(question.id), plain(question.text)), "  - ", "    ");
      if (question.scored()) {
        if (!c.answer.empty()) out.para(trf("Answer: {}", plain(c.answer)), "    ", "      ");
        out.para(trf("Comment: \"{}\"", plain(c.comment)), "    ", "      ");
      } else {
        out.para(fmt::format("\"{}\"", plain(c.answer)), "    ", "     ");
        if (!c.comment.empty()) out.para(trf("Comment: \"{}\"", plain(c.comment)), "    ", "      ");
      }
    }
  }
  if (!m.card->warnings.empty()) {
    out.heading(tr("WARNINGS"));
    for (const auto& w : m.card->warnings) out.para(plain(w), "  - ", "    ");
  }
}

}  // namespace
}  // namespace report

void render_text(const ScoreCard& card, const RenderOptions& options, std::ostream& out) {
  using namespace report;
  const ReportModel model = build_model(card, options);
  const TextOut text{out, static_cast<std::size_t>(std::max(options.width, 20)), options.color, options.unicode};
  write_header(model, text);
  write_red_flags(model, text);
  write_overall(model, text);
  write_dimensions(model, text);
  write_actions(model, text);
  write_quick_wins_and_plan(model, text);
  write_comments_and_warnings(model, text);
  if (options.explain) write_text_explanation(model, text);
  text.line();
  text.para(std::string(i18n::tr(kBandNote)), "", "");
}

}  // namespace salesaudit
