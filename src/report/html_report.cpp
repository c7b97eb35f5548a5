// The HTML report: one self-contained page (inline CSS and SVG, no script, no network
// access), with a print stylesheet. Every string from input is escaped.

#include "i18n/messages.hpp"
#include "report/escape.hpp"
#include "report/html_charts.hpp"
#include "report/html_explain.hpp"
#include "report/report_model.hpp"

#include <salesaudit/report.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <ostream>

namespace salesaudit {

namespace report {
namespace {

using i18n::tr;
using i18n::trf;

std::string h(std::string_view text) {
  return escape_html(text);
}

constexpr std::string_view kStyle = R"(
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#d9dee5;--bg:#f6f7f9;--bad:#c0392b;--poor:#9a5b00;--fair:#2471a3;--good:#1e8449}
*{box-sizing:border-box}
body{margin:0 auto;max-width:960px;padding:24px 28px 40px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
h1{font-size:26px;line-height:1.25;margin:2px 0 10px}
h2{font-size:19px;margin:30px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h3{font-size:16px;margin:20px 0 6px}
.kicker{margin:0;color:var(--muted);font-size:13px;letter-spacing:.04em;text-transform:uppercase}
.meta{display:flex;flex-wrap:wrap;gap:4px 22px;margin:0;color:var(--muted)}
.meta div{margin:0}.meta dt{display:inline;font-weight:600;color:var(--ink)}.meta dd{display:inline;margin:0 0 0 4px}
.flags{margin-top:20px;border:2px solid var(--bad);border-radius:8px;background:#fdf2f1;padding:10px 18px}
.flags h2{border:0;margin:4px 0;color:var(--bad)}
.flags li{margin:4px 0}
.summary{display:flex;flex-wrap:wrap;gap:24px;align-items:center;margin-top:22px}
.overall{flex:1 1 330px;border:1px solid var(--line);border-radius:10px;padding:16px 20px;background:var(--bg)}
.overall .score{font-size:44px;font-weight:700;line-height:1}.overall .of{font-size:16px;color:var(--muted);font-weight:400}
.badge{display:inline-block;border-radius:999px;padding:1px 10px;font-size:13px;font-weight:600;color:#fff;background:#5f6b7a;white-space:nowrap}
.tone-bad .badge,.badge.tone-bad{background:var(--bad)}.badge.tone-poor{background:var(--poor)}.badge.tone-fair{background:var(--fair)}.badge.tone-good{background:var(--good)}
.overall .badge{font-size:15px;margin-left:8px;vertical-align:middle}
.cap{font-size:13px;color:var(--muted);margin:6px 0 0}
figure{margin:0}
.chart{display:block;width:100%;height:auto;font-size:13px}
.radar{flex:1 1 380px;max-width:520px}
.bullet{margin-top:12px;max-width:360px}
.track{fill:#eef0f3}.threshold{stroke:#4b5563;stroke-dasharray:3 3;stroke-width:1}
.tick{fill:var(--muted);font-size:11px;text-anchor:middle}.tick.start{text-anchor:start}.tick.end{text-anchor:end}
.dim-label{fill:var(--ink);font-weight:600}.dim-value{fill:var(--ink)}
.ring{fill:none;stroke:#b8c0cc;stroke-dasharray:3 3}.ring.outer{stroke:#8a94a3;stroke-dasharray:none}.axis{stroke:#d0d5dc}
.radar-label{fill:var(--ink);font-size:12px;font-weight:600}.radar-label .num{font-weight:400;fill:var(--muted)}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:13px;color:var(--muted)}.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
ol.actions{padding-left:0;list-style:none;counter-reset:none}
.action{border:1px solid var(--line);border-left:5px solid var(--fair);border-radius:8px;padding:10px 16px;margin:12px 0}
.action.quick{border-left-color:var(--good)}
.action h3{margin:2px 0 4px}.action .rank{color:var(--muted);font-weight:400}
.facts{margin:0 0 6px;color:var(--muted);font-size:14px}.facts strong{color:var(--ink)}
.qw{color:var(--good);font-weight:700}
.trig{font-size:13px;color:var(--muted);margin:4px 0 0}
.comment{font-style:italic;color:#374151;margin:4px 0 0}
.plan{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:14px}
.stage{border:1px solid var(--line);border-radius:8px;padding:8px 14px;background:var(--bg)}
.stage h3{margin:4px 0}.stage ol{margin:4px 0;padding-left:20px}.stage li{margin:3px 0}
.retest{font-weight:600}
.warnings li{color:#7a4b00}
.qtext{font-size:13px;color:var(--muted)}.formula{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
.muted{color:var(--muted);font-weight:400}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;background:#f1f3f5;padding:0 3px;border-radius:3px}
footer{margin-top:34px;padding-top:10px;border-top:1px solid var(--line);color:var(--muted);font-size:13px}
@media print{
  @page{margin:14mm}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  body{max-width:none;padding:0;font-size:10.5pt}
  h2{break-after:avoid}
  section,.action,.stage,figure,tr,.overall{break-inside:avoid}
  .summary{gap:12px}
  a{color:inherit;text-decoration:none}
}
)";

std::string badge(const Questionnaire& q, const std::optional<std::size_t>& band, std::optional<Tone> tone) {
  return fmt::format("<span class=\"badge {}\">{}</span>", tone_class(tone),
                     band ? h(q.bands[*band].label) : std::string(tr("insufficient answers")));
}

void write_header(const ReportModel& m, std::ostream& out) {
  const Questionnaire& q = *m.questionnaire;
  fmt::print(out, "<header>\n<p class=\"kicker\">{} {}</p>\n<h1>{}</h1>\n<dl class=\"meta\">", h(q.id), h(q.version),
             h(q.title));
  if (!m.respondent.empty()) {
    std::string details;
    for (const auto& d : m.respondent_details) details += (details.empty() ? "" : ", ") + h(d);
    out << trf("<div><dt>Respondent</dt><dd>{}{}</dd></div>", h(m.respondent),
               details.empty() ? "" : " (" + details + ")");
  }
  if (m.retest_date) {
    out << trf(
        "<div><dt>Completed</dt><dd>{}</dd></div><div><dt>Suggested retest</dt><dd>{} ({} days later)</dd></div>",
        i18n::date(*m.completed_date), i18n::date(*m.retest_date), kRetestDays);
  }
  fmt::print(out, "</dl>\n</header>\n<main>\n");  // the landmark screen readers jump to
  if (m.card->red_flags.empty()) return;
  out << trf("<section class=\"flags\" aria-label=\"Red flags\">\n<h2>⚠ Red flags ({})</h2>\n<ul>\n",
             m.card->red_flags.size());
  for (std::size_t f : m.card->red_flags) fmt::print(out, "<li>{}</li>\n", h(q.red_flags[f].message));
  fmt::print(out, "</ul>\n</section>\n");
}

void write_scores(const ReportModel& m, std::ostream& out) {
  const ScoreCard& card = *m.card;
  const Questionnaire& q = *m.questionnaire;
  out << trf("<section class=\"summary\">\n<div class=\"overall {}\">\n<div class=\"kicker\">Overall</div>\n",
             tone_class(m.overall_tone));
  if (card.overall) {
    fmt::print(out, "<div><span class=\"score\">{}</span><span class=\"of\"> / 100</span>{}</div>\n",
               num2(*card.overall), badge(q, card.overall_band, m.overall_tone));
  } else {
    out << trf(
        "<div><span class=\"score\">n/a</span></div>\n<p class=\"cap\">At least one dimension has too "
        "few answers (see the warnings).</p>\n");
  }
  if (m.overall_capped) {
    out << trf("<p class=\"cap\">Capped at “{}” because a dimension is in “{}”.</p>\n",
               h(q.bands[q.band_cap->cap].label), h(q.bands[q.band_cap->when_band].label));
  }
  fmt::print(out, "{}\n</div>\n", overall_bullet_svg(m));
  if (const std::string radar = radar_svg(m); !radar.empty()) fmt::print(out, "{}\n", radar);
  out << trf("</section>\n<section>\n<h2>Dimensions</h2>\n<figure>{}</figure>\n", dimension_bars_svg(m));
  out << trf(
      "<table><thead><tr><th>Dimension</th><th class=\"num\">Score</th><th>Band</th>"
      "<th class=\"num\">Coverage</th></tr></thead><tbody>\n");
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    const DimensionResult& dim = card.dimensions[d];
    out << trf("<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{} ({} of {})</td></tr>\n",
               h(q.dimensions[d].title), dim.score ? num2(*dim.score) : std::string(tr("n/a")),
               badge(q, dim.band, m.dimensions[d].tone), percent(dim.coverage), dim.answered, dim.asked);
  }
  fmt::print(out, "</tbody></table>\n</section>\n");
}

void write_actions(const ReportModel& m, std::ostream& out) {
  const Questionnaire& q = *m.questionnaire;
  if (m.actions.empty()) {
    out << trf(
        "<section>\n<h2>Top actions</h2>\n<p>No recommendation is triggered: every scored answer is "
        "already at its best.</p>\n</section>\n");
    return;
  }
  out << trf("<section>\n<h2>Top actions ({} of {})</h2>\n<ol class=\"actions\">\n", m.shown, m.actions.size());
  for (std::size_t i = 0; i < m.shown; ++i) {
    const ActionView& a = m.actions[i];
    fmt::print(out, "<li class=\"action{}\">\n<h3><span class=\"rank\">{}.</span> {}</h3>\n",
               a.quick_win ? " quick" : "", a.rank, h(a.recommendation->title));
    out << trf("<p class=\"facts\"><strong>+{} points</strong> · {} effort · within {} days{}</p>\n",
               num2(a.result->gain), effort_word(a.recommendation->effort), a.result->horizon_days,
               a.quick_win ? trf(" · <span class=\"qw\">{}</span>", tr("quick win")) : "");
    fmt::print(out, "<p>{}</p>\n", h(a.recommendation->action));
    std::string ids;
    for (std::size_t qi : a.result->questions)
      ids += (ids.empty() ? "" : ", ") + ("<code>" + h(q.questions[qi].id) + "</code>");
    out << trf("<p class=\"trig\">Triggered by: {}</p>\n", ids);
    for (std::size_t qi : a.commented) {
      out << trf("<p class=\"comment\">Your comment on <code>{}</code>: “{}”</p>\n", h(q.questions[qi].id),
                 h(m.card->answers->comments[qi]));
    }
    fmt::print(out, "</li>\n");
  }
  fmt::print(out, "</ol>\n</section>\n");
}

void write_plan(const ReportModel& m, std::ostream& out) {
  if (m.actions.empty()) return;
  out << trf("<section>\n<h2>Quick wins</h2>\n<p class=\"muted\">Low effort, among the top actions.</p>\n");
  if (m.quick_wins.empty()) out << trf("<p>None among the top actions.</p>\n");
  if (!m.quick_wins.empty()) fmt::print(out, "<ul>\n");
  for (std::size_t a : m.quick_wins) {
    out << trf("<li>{} <span class=\"muted\">(+{} points)</span></li>\n", h(m.actions[a].recommendation->title),
               num2(m.actions[a].result->gain));
  }
  if (!m.quick_wins.empty()) fmt::print(out, "</ul>\n");
  out << trf("</section>\n<section>\n<h2>30/60/90-day plan</h2>\n<div class=\"plan\">\n");
  for (const PlanStage& stage : m.plan) {
    out << trf("<div class=\"stage\">\n<h3>Within {} days <span class=\"muted\">({} effort)</span></h3>\n", stage.days,
               effort_word(stage.effort));
    if (stage.actions.empty()) out << trf("<p class=\"muted\">Nothing to do.</p>\n");
    if (!stage.actions.empty()) fmt::print(out, "<ol>\n");
    for (std::size_t a : stage.actions) {
      fmt::print(out, "<li value=\"{}\">{} <span class=\"muted\">(+{})</span></li>\n", m.actions[a].rank,
                 h(m.actions[a].recommendation->title), num2(m.actions[a].result->gain));
    }
    if (!stage.actions.empty()) fmt::print(out, "</ol>\n");
    fmt::print(out, "</div>\n");
  }
  fmt::print(out, "</div>\n");
  if (m.retest_date) out << trf("<p class=\"retest\">Then retest on {}.</p>\n", i18n::date(*m.retest_date));
  fmt::print(out, "</section>\n");
}

void write_comments_and_warnings(const ReportModel& m, std::ostream& out) {
  const Questionnaire& q = *m.questionnaire;
  if (!m.comments.empty()) {
    out << trf("<section>\n<h2>Your comments</h2>\n<table><tbody>\n");
    for (const CommentView& c : m.comments) {
      const Question& question = q.questions[c.question];
      std::string body;
      if (question.scored()) {
        if (!c.answer.empty()) body += trf("<div>Answer: {}</div>", h(c.answer));
        body += "<div class=\"comment\">“" + h(c.comment) + "”</div>";
      } else {
        body += "<div class=\"comment\">“" + h(c.answer) + "”</div>";
        if (!c.comment.empty()) body += trf("<div class=\"comment\">Comment: “{}”</div>", h(c.comment));
      }
      fmt::print(out, "<tr><td><code>{}</code><div class=\"qtext\">{}</div></td><td>{}</td></tr>\n", h(question.id),
                 h(question.text), body);
    }
    fmt::print(out, "</tbody></table>\n</section>\n");
  }
  if (!m.card->warnings.empty()) {
    out << trf("<section class=\"warnings\">\n<h2>Warnings</h2>\n<ul>\n");
    for (const auto& w : m.card->warnings) fmt::print(out, "<li>{}</li>\n", h(w));
    fmt::print(out, "</ul>\n</section>\n");
  }
}

}  // namespace
}  // namespace report

void render_html(const ScoreCard& card, const RenderOptions& options, std::ostream& out) {
  using namespace report;
  const ReportModel model = build_model(card, options);
  const Questionnaire& q = *card.questionnaire;
  fmt::print(out,
             "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
             "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
             "<title>{}{}</title>\n<style>{}</style>\n</head>\n<body>\n",
             h(q.language), h(q.title), model.respondent.empty() ? "" : ": " + h(model.respondent), kStyle);
  write_header(model, out);
  write_scores(model, out);
  write_actions(model, out);
  write_plan(model, out);
  write_comments_and_warnings(model, out);
  if (options.explain) fmt::print(out, "{}", html_explanation(model));
  out << "</main>\n";
  out << i18n::trf("<footer>\n<p>{} Scored with salesaudit against {} {}.</p>\n</footer>\n</body>\n</html>\n",
                   h(i18n::tr(kBandNote)), h(q.id), h(q.version));
}

}  // namespace salesaudit
