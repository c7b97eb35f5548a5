// The --explain section of the HTML report: tables of every question and every gain.

#include "report/html_explain.hpp"

#include "i18n/messages.hpp"
#include "report/escape.hpp"

#include <fmt/format.h>

namespace salesaudit::report {

namespace {

using i18n::tr;
using i18n::trf;

std::string html_text(std::string_view text) {
  return escape_html(text);
}

std::string status_cell(const ItemView& item) {
  switch (item.status) {
    case ItemStatus::answered: return html_text(item.answer);
    case ItemStatus::not_applicable: return fmt::format("<em>{}</em>", tr("not applicable"));
    case ItemStatus::unanswered: return fmt::format("<em>{}</em>", tr("unanswered"));
    case ItemStatus::disabled:
      return item.answer.empty() ? fmt::format("<em>{}</em>", tr("not asked"))
                                 : trf("<em>not asked; answer ignored:</em> {}", html_text(item.answer));
    case ItemStatus::unscored: return fmt::format("<em>{}</em>", tr("not scored"));
  }
  return {};
}

std::string dimension_table(const ReportModel& m, const DimensionView& view) {
  const Questionnaire& q = *m.questionnaire;
  const DimensionResult& dim = m.card->dimensions[view.dimension];
  const Dimension& dimension = q.dimensions[view.dimension];
  std::string out = trf("<h3>{} <span class=\"muted\">(weight {})</span></h3>\n", html_text(dimension.title),
                        num_shortest(dimension.weight));
  out += dim.score ? trf("<p class=\"formula\">score {} = 100 × {} / {}</p>\n", num2(*dim.score),
                         num2(view.weighted_sum), num_shortest(dim.answered_weight))
                   : trf("<p class=\"formula\">no score (insufficient answers)</p>\n");
  out +=
      trf("<table class=\"explain\"><thead><tr><th>Question</th><th>Answer</th><th class=\"num\">s</th>"
          "<th class=\"num\">w</th><th class=\"num\">Contribution</th></tr></thead><tbody>\n");
  for (const ItemView& item : view.items) {
    const Question& question = q.questions[item.question];
    const auto& comments = m.card->answers->comments;
    const std::string comment =
        item.question < comments.size() && !comments[item.question].empty()
            ? trf("<div class=\"comment\">Comment: “{}”</div>", html_text(comments[item.question]))
            : "";
    out += fmt::format(
        "<tr><td><code>{}</code><div class=\"qtext\">{}</div></td><td>{}{}</td><td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
        html_text(question.id), html_text(question.text), status_cell(item), comment,
        item.item_score ? num2(*item.item_score) : "", num_shortest(item.weight),
        item.contribution ? num2(*item.contribution) : "");
  }
  return out + "</tbody></table>\n";
}

}  // namespace

std::string html_explanation(const ReportModel& m) {
  const Questionnaire& q = *m.questionnaire;
  const ScoreCard& card = *m.card;
  std::string out =
      trf("<section class=\"explain-section\">\n<h2>How the numbers were computed</h2>\n"
          "<p>A question's item score <var>s</var> is in [0, 1] and <var>w</var> is its weight. A dimension's score is "
          "100 × Σ <var>w</var>·<var>s</var> / Σ <var>w</var> over its answered questions; a question contributes "
          "100 × <var>w</var>·<var>s</var> / Σ <var>w</var>.</p>\n");
  for (const DimensionView& view : m.dimensions) out += dimension_table(m, view);
  if (card.overall) {
    std::string terms;
    double total = 0;
    for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
      terms += fmt::format("{}{} × {}", terms.empty() ? "" : " + ", num_shortest(q.dimensions[d].weight),
                           num2(*card.dimensions[d].score));
      total += q.dimensions[d].weight;
    }
    out += trf("<p class=\"formula\"><strong>Overall</strong> {} = ({}) / {}</p>\n", num2(*card.overall), terms,
               num_shortest(total));
  }
  if (m.actions.empty()) return out + "</section>\n";
  out += trf(
      "<h3>Gains of the top actions</h3>\n<p>A question's gain is 100 × (<var>W</var> / Σ <var>W</var>) × "
      "<var>w</var> × (1 − <var>s</var>) / Σ <var>w</var>, with <var>W</var> its dimension's weight, Σ <var>W</var> "
      "over the dimensions with a score and Σ <var>w</var> over the dimension's answered questions. An action's "
      "gain is the sum over its questions; its priority is the gain divided by the effort cost (low 1, medium 2, "
      "high 3).</p>\n<table class=\"explain\"><thead><tr><th>Action</th><th>Question</th><th>Arithmetic</th>"
      "<th class=\"num\">Gain</th></tr></thead><tbody>\n");
  for (std::size_t i = 0; i < m.shown; ++i) {
    const ActionView& a = m.actions[i];
    for (const GainTerm& t : a.terms) {
      out += fmt::format(
          "<tr><td>{}. <code>{}</code></td><td><code>{}</code></td><td>100 × ({} / {}) × {} × (1 − {}) / {}</td>"
          "<td class=\"num\">{}</td></tr>\n",
          a.rank, html_text(a.recommendation->id), html_text(q.questions[t.question].id),
          num_shortest(t.dimension_weight), num_shortest(t.scored_weight), num_shortest(t.weight), num2(t.item_score),
          num_shortest(t.answered_weight), num2(t.gain));
    }
    // TRANSLATORS: {0} rank, {1} action id, {2} priority, {3} gain, {4} effort cost, {5} effort word, {6} gain.
    out +=
        trf("<tr class=\"total\"><td>{0}. <code>{1}</code></td><td>total</td><td>priority {2} = {3} / {4} ({5} "
            "effort)</td><td class=\"num\">{6}</td></tr>\n",
            a.rank, html_text(a.recommendation->id), num2(a.result->priority), num2(a.result->gain),
            effort_cost(a.recommendation->effort), effort_word(a.recommendation->effort), num2(a.result->gain));
  }
  return out + "</tbody></table>\n</section>\n";
}

}  // namespace salesaudit::report
