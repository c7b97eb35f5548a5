// The "explanation" member of the JSON report.

#include "report/json_explain.hpp"

#include <salesaudit/rounding.hpp>

#include <cmath>

namespace salesaudit::report {

namespace {

using ordered = nlohmann::ordered_json;

ordered number(double value) {
  // Weights and answers that are whole numbers print as integers ("3", not "3.0").
  if (std::abs(value) < 1e15 && std::floor(value) == value) return ordered(static_cast<std::int64_t>(value));
  return ordered(value);
}

ordered rounded(const std::optional<double>& value) {
  return value ? ordered(round2(*value)) : ordered(nullptr);
}

ordered value_json(const Value& value) {
  if (const auto* b = std::get_if<bool>(&value)) return *b;
  if (const auto* d = std::get_if<double>(&value)) return number(*d);
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  return std::get<std::vector<std::string>>(value);
}

const char* status_name(ItemStatus status) {
  switch (status) {
    case ItemStatus::answered: return "answered";
    case ItemStatus::not_applicable: return "not_applicable";
    case ItemStatus::unanswered: return "unanswered";
    case ItemStatus::disabled: return "disabled";
    case ItemStatus::unscored: return "unscored";
  }
  return "";
}

ordered dimension_json(const ReportModel& m, const DimensionView& view) {
  const Questionnaire& q = *m.questionnaire;
  const ScoreCard& card = *m.card;
  const DimensionResult& dim = card.dimensions[view.dimension];
  ordered out;
  out["id"] = q.dimensions[view.dimension].id;
  out["weight"] = number(q.dimensions[view.dimension].weight);
  out["answered_weight"] = number(dim.answered_weight);
  out["asked_weight"] = number(dim.asked_weight);
  out["weighted_sum"] = round2(view.weighted_sum);
  out["score"] = rounded(dim.score);
  ordered questions = ordered::array();
  for (const ItemView& item : view.items) {
    const auto& answer = card.answers->answers[item.question];
    ordered entry;
    entry["id"] = q.questions[item.question].id;
    entry["status"] = status_name(item.status);
    entry["answer"] = !answer ? ordered(nullptr) : answer->na ? ordered("na") : value_json(answer->value);
    entry["answer_text"] = item.answer;
    entry["item_score"] = rounded(item.item_score);
    entry["weight"] = number(item.weight);
    entry["contribution"] = rounded(item.contribution);
    entry["gain"] = round2(item.gain);
    const auto& comments = card.answers->comments;
    if (item.question < comments.size() && !comments[item.question].empty()) {
      entry["comment"] = comments[item.question];
    }
    questions.push_back(entry);
  }
  out["questions"] = questions;
  return out;
}

ordered action_json(const ReportModel& m, const ActionView& a) {
  const Questionnaire& q = *m.questionnaire;
  ordered out;
  out["rank"] = a.rank;
  out["id"] = a.recommendation->id;
  out["gain"] = round2(a.result->gain);
  out["effort_cost"] = effort_cost(a.recommendation->effort);
  out["priority"] = round2(a.result->priority);
  out["quick_win"] = a.quick_win;
  ordered terms = ordered::array();
  for (const GainTerm& t : a.terms) {
    ordered term;
    term["question"] = q.questions[t.question].id;
    term["dimension"] = q.dimensions[t.dimension].id;
    term["dimension_weight"] = number(t.dimension_weight);
    term["scored_weight"] = number(t.scored_weight);
    term["weight"] = number(t.weight);
    term["item_score"] = round2(t.item_score);
    term["answered_weight"] = number(t.answered_weight);
    term["gain"] = round2(t.gain);
    terms.push_back(term);
  }
  out["terms"] = terms;
  return out;
}

}  // namespace

ordered explanation_json(const ReportModel& m) {
  const ScoreCard& card = *m.card;
  ordered out;
  out["formulas"] = {
      {"dimension_score", "100 * sum(w * s) / sum(w) over the dimension's answered questions"},
      {"contribution", "100 * w * s / sum(w) over the dimension's answered questions"},
      {"overall", "sum(W * score) / sum(W) over the dimensions"},
      {"gain",
       "100 * (W / sum(W over dimensions with a score)) * w * (1 - s) / sum(w over the dimension's answered "
       "questions)"},
      {"priority", "gain / effort_cost (low 1, medium 2, high 3)"}};
  ordered overall;
  overall["score"] = rounded(card.overall);
  overall["scored_weight"] = number(m.scored_weight);
  overall["band_capped"] = m.overall_capped;
  out["overall"] = overall;
  ordered dimensions = ordered::array();
  for (const DimensionView& view : m.dimensions) dimensions.push_back(dimension_json(m, view));
  out["dimensions"] = dimensions;
  ordered actions = ordered::array();
  for (const ActionView& a : m.actions) actions.push_back(action_json(m, a));
  out["recommendations"] = actions;
  if (m.retest_date) {
    out["retest"] = {{"completed_at", *card.answers->completed_at}, {"days", kRetestDays}, {"date", *m.retest_date}};
  } else {
    out["retest"] = nullptr;
  }
  return out;
}

}  // namespace salesaudit::report
