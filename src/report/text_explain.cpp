// The --explain section of the text report.

#include "report/text_explain.hpp"

#include "i18n/messages.hpp"
#include "report/escape.hpp"

#include <fmt/format.h>

namespace salesaudit::report {

namespace {

using i18n::tr;
using i18n::trf;

std::string e(std::string_view text) {
  return escape_control(text);
}

struct Symbols {
  const char* times;
  const char* minus;
  const char* sum;
};

std::string item_line(const ItemView& item, const Symbols& s) {
  switch (item.status) {
    case ItemStatus::answered:
      // TRANSLATORS: explain section; {0} the answer, {1} the item score s, {2} "×", {3} the
      // weight w, {4} the points the question contributes.
      return trf("answer: {0}; s {1} {2} w {3}, contributes {4} points", e(item.answer), num2(*item.item_score),
                 s.times, num_shortest(item.weight), num2(item.contribution.value_or(0)));
    case ItemStatus::not_applicable: return trf("not applicable (w {}, not counted)", num_shortest(item.weight));
    case ItemStatus::unanswered: return trf("unanswered (w {}, not counted)", num_shortest(item.weight));
    case ItemStatus::disabled:
      return item.answer.empty()
                 ? std::string(tr("not asked (its enable_when condition does not hold)"))
                 : trf("not asked (its enable_when condition does not hold); answer ignored: {}", e(item.answer));
    case ItemStatus::unscored: return tr("not scored");
  }
  return {};
}

void write_dimensions(const ReportModel& m, const TextOut& out, const Symbols& s) {
  const Questionnaire& q = *m.questionnaire;
  const ScoreCard& card = *m.card;
  // TRANSLATORS: {0} is "×", {1} "Σ" (or "x" and "sum" on plain terminals).
  out.para(trf("A question's item score s is in [0, 1] and w is its weight. A dimension's score is 100 {0} "
               "{1} w{0}s / {1} w over its answered questions; a question contributes 100 {0} w{0}s / {1} w.",
               s.times, s.sum),
           "  ", "  ");
  for (const DimensionView& view : m.dimensions) {
    const DimensionResult& dim = card.dimensions[view.dimension];
    const Dimension& dimension = q.dimensions[view.dimension];
    out.line();
    const std::string head = trf("{} (weight {})", e(dimension.title), num_shortest(dimension.weight));
    if (dim.score) {
      out.para(fmt::format("{}: {} = 100 {} {} / {}", head, num2(*dim.score), s.times, num2(view.weighted_sum),
                           num_shortest(dim.answered_weight)),
               "  ", "    ");
    } else {
      out.para(trf("{}: no score (insufficient answers)", head), "  ", "    ");
    }
    for (const ItemView& item : view.items) {
      const Question& question = q.questions[item.question];
      out.para(fmt::format("{}: {}", e(question.id), e(question.text)), "    - ", "      ");
      out.para(item_line(item, s), "      ", "        ");
      const auto& comments = card.answers->comments;
      if (item.question < comments.size() && !comments[item.question].empty()) {
        out.para(trf("Comment: \"{}\"", e(comments[item.question])), "      ", "        ");
      }
    }
  }
  out.line();
  if (!card.overall) {
    out.para(tr("Overall: no score, because a dimension has none."), "  ", "    ");
    return;
  }
  std::string terms;
  double total = 0;
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    terms += fmt::format("{}{} {} {}", terms.empty() ? "" : " + ", num_shortest(q.dimensions[d].weight), s.times,
                         num2(*card.dimensions[d].score));
    total += q.dimensions[d].weight;
  }
  out.para(trf("Overall: {} = ({}) / {}", num2(*card.overall), terms, num_shortest(total)), "  ", "    ");
}

void write_gains(const ReportModel& m, const TextOut& out, const Symbols& s) {
  if (m.actions.empty()) return;
  const Questionnaire& q = *m.questionnaire;
  out.line();
  // TRANSLATORS: {0} is "×", {1} "Σ", {2} "−" (or "x", "sum", "-" on plain terminals).
  out.para(trf("A question's gain is the overall points won if its answer became perfect: 100 {0} (W / {1} W) "
               "{0} w {0} (1 {2} s) / {1} w, with W its dimension's weight, {1} W over the dimensions with a "
               "score and {1} w over the dimension's answered questions. An action's gain is the sum over "
               "its questions; its priority is the gain divided by the effort cost (low 1, medium 2, high 3).",
               s.times, s.sum, s.minus),
           "  ", "  ");
  for (std::size_t i = 0; i < m.shown; ++i) {
    const ActionView& a = m.actions[i];
    out.line();
    // TRANSLATORS: {0} rank, {1} action id, {2} gain, {3} priority, {4} gain, {5} effort cost, {6} effort word.
    out.para(trf("{0}. {1}: gain {2}, priority {3} = {4} / {5} ({6} effort)", a.rank, e(a.recommendation->id),
                 num2(a.result->gain), num2(a.result->priority), num2(a.result->gain),
                 effort_cost(a.recommendation->effort), effort_word(a.recommendation->effort)),
             "  ", "    ");
    for (const GainTerm& t : a.terms) {
      out.para(
          fmt::format("{}: 100 {} ({} / {}) {} {} {} (1 {} {}) / {} = {}", e(q.questions[t.question].id), s.times,
                      num_shortest(t.dimension_weight), num_shortest(t.scored_weight), s.times, num_shortest(t.weight),
                      s.times, s.minus, num2(t.item_score), num_shortest(t.answered_weight), num2(t.gain)),
          "    - ", "      ");
    }
  }
}

}  // namespace

void write_text_explanation(const ReportModel& m, const TextOut& out) {
  const Symbols symbols = out.unicode ? Symbols{"×", "−", "Σ"} : Symbols{"x", "-", "sum"};
  out.heading(tr("HOW THE NUMBERS WERE COMPUTED"));
  write_dimensions(m, out, symbols);
  write_gains(m, out, symbols);
}

}  // namespace salesaudit::report
