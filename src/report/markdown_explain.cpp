// The --explain section of the Markdown report: a table of every question and of every
// gain, with the arithmetic.

#include "report/markdown_explain.hpp"

#include "i18n/messages.hpp"
#include "report/escape.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace salesaudit::report {

namespace {

using i18n::tr;
using i18n::trf;

std::string md(std::string_view text) {
  return escape_markdown(text);
}

const char* status_text(ItemStatus status) {
  switch (status) {
    case ItemStatus::answered: return tr("answered");
    case ItemStatus::not_applicable: return tr("not applicable");
    case ItemStatus::unanswered: return tr("unanswered");
    case ItemStatus::disabled: return tr("not asked");
    case ItemStatus::unscored: return tr("not scored");
  }
  return "";
}

}  // namespace

void write_markdown_explanation(const ReportModel& m, std::ostream& out) {
  const Questionnaire& q = *m.questionnaire;
  const ScoreCard& card = *m.card;
  out << trf(
      "\n## How the numbers were computed\n\n"
      "A question's item score *s* is in [0, 1] and *w* is its weight. A dimension's score is "
      "100 × Σ *w*·*s* / Σ *w* over its answered questions; a question contributes 100 × *w*·*s* / Σ *w*.\n");
  for (const DimensionView& view : m.dimensions) {
    const DimensionResult& dim = card.dimensions[view.dimension];
    const Dimension& dimension = q.dimensions[view.dimension];
    out << trf("\n### {} (weight {})\n\n", md(dimension.title), num_shortest(dimension.weight));
    if (dim.score) {
      out << trf("Score {} = 100 × {} / {}\n\n", num2(*dim.score), num2(view.weighted_sum),
                 num_shortest(dim.answered_weight));
    } else {
      out << trf("No score (insufficient answers).\n\n");
    }
    out << trf("| Question | Answer | s | w | Contribution |\n|---|---|---:|---:|---:|\n");
    for (const ItemView& item : view.items) {
      const std::string answer =
          item.status == ItemStatus::answered
              ? md(item.answer)
              : std::string("*") + status_text(item.status) + "*" +
                    (item.answer.empty() || item.status == ItemStatus::not_applicable ? "" : ": " + md(item.answer));
      fmt::print(out, "| {} | {} | {} | {} | {} |\n", md(q.questions[item.question].id), answer,
                 item.item_score ? num2(*item.item_score) : "", num_shortest(item.weight),
                 item.contribution ? num2(*item.contribution) : "");
    }
  }
  if (card.overall) {
    std::string terms;
    double total = 0;
    for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
      terms += fmt::format("{}{} × {}", terms.empty() ? "" : " + ", num_shortest(q.dimensions[d].weight),
                           num2(*card.dimensions[d].score));
      total += q.dimensions[d].weight;
    }
    out << trf("\n**Overall** {} = ({}) / {}\n", num2(*card.overall), terms, num_shortest(total));
  }
  if (m.actions.empty()) return;
  out << trf(
      "\n### Gains of the top actions\n\nA question's gain is 100 × (*W* / Σ *W*) × *w* × (1 − *s*) / "
      "Σ *w*, with *W* its dimension's weight, Σ *W* over the dimensions with a score and Σ *w* over "
      "the dimension's answered questions. An action's gain is the sum over its questions; its "
      "priority is the gain divided by the effort cost (low 1, medium 2, high 3).\n\n"
      "| Action | Question | Arithmetic | Gain |\n|---|---|---|---:|\n");
  for (std::size_t i = 0; i < m.shown; ++i) {
    const ActionView& a = m.actions[i];
    for (const GainTerm& t : a.terms) {
      fmt::print(out, "| {}. {} | {} | 100 × ({} / {}) × {} × (1 − {}) / {} | {} |\n", a.rank, md(a.recommendation->id),
                 md(q.questions[t.question].id), num_shortest(t.dimension_weight), num_shortest(t.scored_weight),
                 num_shortest(t.weight), num2(t.item_score), num_shortest(t.answered_weight), num2(t.gain));
    }
    // TRANSLATORS: {0} rank, {1} action id, {2} priority, {3} gain, {4} effort cost, {5} effort word, {6} gain.
    out << trf("| {0}. {1} | **total** | priority {2} = {3} / {4} ({5} effort) | **{6}** |\n", a.rank,
               md(a.recommendation->id), num2(a.result->priority), num2(a.result->gain),
               effort_cost(a.recommendation->effort), effort_word(a.recommendation->effort), num2(a.result->gain));
  }
}

}  // namespace salesaudit::report
