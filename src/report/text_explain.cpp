// The --explain section of the text report.

#include "report/text_explain.hpp"

#include "report/escape.hpp"

#include <fmt/format.h>

namespace salesaudit::report {

namespace {

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
      return fmt::format("answer: {}; s {} {} w {}, contributes {} points", e(item.answer), fixed2(*item.item_score),
                         s.times, shortest(item.weight), fixed2(item.contribution.value_or(0)));
    case ItemStatus::not_applicable: return fmt::format("not applicable (w {}, not counted)", shortest(item.weight));
    case ItemStatus::unanswered: return fmt::format("unanswered (w {}, not counted)", shortest(item.weight));
    case ItemStatus::disabled:
      return item.answer.empty()
                 ? std::string("not asked (its enable_when condition does not hold)")
                 : "not asked (its enable_when condition does not hold); answer ignored: " + e(item.answer);
    case ItemStatus::unscored: return "not scored";
  }
  return {};
}

void write_dimensions(const ReportModel& m, const TextOut& out, const Symbols& s) {
  const Questionnaire& q = *m.questionnaire;
  const ScoreCard& card = *m.card;
  out.para(fmt::format("A question's item score s is in [0, 1] and w is its weight. A dimension's score is 100 {} "
                       "{} w{}s / {} w over its answered questions; a question contributes 100 {} w{}s / {} w.",
                       s.times, s.sum, s.times, s.sum, s.times, s.times, s.sum),
           "  ", "  ");
  for (const DimensionView& view : m.dimensions) {
    const DimensionResult& dim = card.dimensions[view.dimension];
    const Dimension& dimension = q.dimensions[view.dimension];
    out.line();
    const std::string head = fmt::format("{} (weight {})", e(dimension.title), shortest(dimension.weight));
    if (dim.score) {
      out.para(fmt::format("{}: {} = 100 {} {} / {}", head, fixed2(*dim.score), s.times, fixed2(view.weighted_sum),
                           shortest(dim.answered_weight)),
               "  ", "    ");
    } else {
      out.para(head + ": no score (insufficient answers)", "  ", "    ");
    }
    for (const ItemView& item : view.items) {
      const Question& question = q.questions[item.question];
      out.para(fmt::format("{}: {}", e(question.id), e(question.text)), "    - ", "      ");
      out.para(item_line(item, s), "      ", "        ");
      const auto& comments = card.answers->comments;
      if (item.question < comments.size() && !comments[item.question].empty()) {
        out.para("Comment: \"" + e(comments[item.question]) + "\"", "      ", "        ");
      }
    }
  }
  out.line();
  if (!card.overall) {
    out.para("Overall: no score, because a dimension has none.", "  ", "    ");
    return;
  }
  std::string terms;
  double total = 0;
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    terms += fmt::format("{}{} {} {}", terms.empty() ? "" : " + ", shortest(q.dimensions[d].weight), s.times,
                         fixed2(*card.dimensions[d].score));
    total += q.dimensions[d].weight;
  }
  out.para(fmt::format("Overall: {} = ({}) / {}", fixed2(*card.overall), terms, shortest(total)), "  ", "    ");
}

void write_gains(const ReportModel& m, const TextOut& out, const Symbols& s) {
  if (m.actions.empty()) return;
  const Questionnaire& q = *m.questionnaire;
  out.line();
  out.para(fmt::format("A question's gain is the overall points won if its answer became perfect: 100 {} (W / {} W) "
                       "{} w {} (1 {} s) / {} w, with W its dimension's weight, {} W over the dimensions with a "
                       "score and {} w over the dimension's answered questions. An action's gain is the sum over "
                       "its questions; its priority is the gain divided by the effort cost (low 1, medium 2, high 3).",
                       s.times, s.sum, s.times, s.times, s.minus, s.sum, s.sum, s.sum),
           "  ", "  ");
  for (std::size_t i = 0; i < m.shown; ++i) {
    const ActionView& a = m.actions[i];
    out.line();
    out.para(fmt::format("{}. {}: gain {}, priority {} = {} / {} ({} effort)", a.rank, e(a.recommendation->id),
                         fixed2(a.result->gain), fixed2(a.result->priority), fixed2(a.result->gain),
                         effort_cost(a.recommendation->effort), to_string(a.recommendation->effort)),
             "  ", "    ");
    for (const GainTerm& t : a.terms) {
      out.para(fmt::format("{}: 100 {} ({} / {}) {} {} {} (1 {} {}) / {} = {}", e(q.questions[t.question].id), s.times,
                           shortest(t.dimension_weight), shortest(t.scored_weight), s.times, shortest(t.weight),
                           s.times, s.minus, fixed2(t.item_score), shortest(t.answered_weight), fixed2(t.gain)),
               "    - ", "      ");
    }
  }
}

}  // namespace

void write_text_explanation(const ReportModel& m, const TextOut& out) {
  const Symbols symbols = out.unicode ? Symbols{"×", "−", "Σ"} : Symbols{"x", "-", "sum"};
  out.heading("HOW THE NUMBERS WERE COMPUTED");
  write_dimensions(m, out, symbols);
  write_gains(m, out, symbols);
}

}  // namespace salesaudit::report
