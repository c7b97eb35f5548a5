// Dimension and overall scores (format contract, section 3).

#include "scoring/prioritize.hpp"

#include <salesaudit/rounding.hpp>
#include <salesaudit/scoring.hpp>

#include <fmt/format.h>

namespace salesaudit {

namespace {

std::string join_ids(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

void score_dimensions(const Questionnaire& q, ScoreCard& card) {
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const Question& question = q.questions[i];
    const ItemResult& item = card.items[i];
    if (!question.scored() || !question.dimension || !item.enabled || item.na) continue;
    DimensionResult& dim = card.dimensions[*question.dimension];
    dim.asked += 1;
    dim.asked_weight += question.weight;
    if (item.answered) {
      dim.answered += 1;
      dim.answered_weight += question.weight;
    }
  }
  std::vector<double> weighted(q.dimensions.size(), 0.0);
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const ItemResult& item = card.items[i];
    if (item.answered && item.score) weighted[*q.questions[i].dimension] += q.questions[i].weight * *item.score;
  }
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    DimensionResult& dim = card.dimensions[d];
    dim.coverage = dim.asked_weight > 0 ? dim.answered_weight / dim.asked_weight : 1.0;
    if (dim.answered == 0 || compare_approx(dim.coverage, q.min_coverage) < 0) {
      const std::string why =
          dim.answered == 0 ? std::string("no scored answers")
                            : fmt::format("{} of {} questions answered, coverage {:.2f} is below the minimum {:.2f}",
                                          dim.answered, dim.asked, dim.coverage, q.min_coverage);
      card.warnings.push_back(
          fmt::format("dimension \"{}\": insufficient answers ({}); no score", q.dimensions[d].id, why));
      continue;
    }
    dim.score = 100.0 * weighted[d] / dim.answered_weight;
    dim.band = q.band_for(round2(*dim.score));  // the band of the score the user reads
  }
}

void score_overall(const Questionnaire& q, ScoreCard& card) {
  double sum = 0;
  double weights = 0;
  bool any_null = false;
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    if (!card.dimensions[d].score) {
      any_null = true;
      continue;
    }
    sum += q.dimensions[d].weight * *card.dimensions[d].score;
    weights += q.dimensions[d].weight;
  }
  if (any_null || weights <= 0) return;
  card.overall = sum / weights;
  std::size_t band = q.band_for(round2(*card.overall));
  if (q.band_cap) {
    for (const auto& dim : card.dimensions) {
      if (dim.band == q.band_cap->when_band && band > q.band_cap->cap) band = q.band_cap->cap;
    }
  }
  card.overall_band = band;
}

}  // namespace

ScoreCard score(const Questionnaire& q, const AnswerSet& answers) {
  ScoreCard card;
  card.questionnaire = &q;
  card.answers = &answers;
  card.warnings = answers.warnings;
  card.dimensions.resize(q.dimensions.size());
  card.items.resize(q.questions.size());

  const std::vector<bool> enabled = enabled_questions(q, answers.answers);
  std::vector<std::string> ignored;
  std::vector<std::string> missing;
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const Question& question = q.questions[i];
    ItemResult& item = card.items[i];
    const auto& answer = i < answers.answers.size() ? answers.answers[i] : std::optional<Answer>{};
    item.enabled = enabled[i];
    if (!item.enabled) {
      if (answer) ignored.push_back(question.id);
      continue;
    }
    if (!answer) {
      if (question.required) missing.push_back(question.id);
      continue;
    }
    item.na = answer->na;
    if (item.na || !question.scored()) continue;
    item.answered = true;
    item.score = item_score(question, answer->value);
  }
  if (!ignored.empty()) {
    card.warnings.push_back(fmt::format("ignored answers to {} question(s) disabled by enable_when: {}", ignored.size(),
                                        join_ids(ignored)));
  }
  if (!missing.empty()) {
    card.warnings.push_back(fmt::format("{} required question(s) unanswered: {}", missing.size(), join_ids(missing)));
  }
  score_dimensions(q, card);
  score_overall(q, card);
  for (std::size_t f = 0; f < q.red_flags.size(); ++f) {
    if (evaluate(q.red_flags[f].when, answers.answers, enabled)) card.red_flags.push_back(f);
  }
  detail::prioritize(q, card);
  return card;
}

}  // namespace salesaudit
