// The score card (format contract, sections 3-4): the kernel's figures plus what a
// report shows on top of them (per-item results, warnings, recommendation lists).

#include "scoring/kernel.hpp"

#include <salesaudit/scoring.hpp>

#include <fmt/format.h>

namespace salesaudit {

namespace {

// prefix + "n what: a, b, c" from question indices, built in one string by appends
// (no copy of each id, no temporary per id, no format string to parse).
std::string count_and_ids(std::string_view prefix, const Questionnaire& q, const std::vector<std::size_t>& indices,
                          std::string_view what) {
  std::string line;
  line.reserve(prefix.size() + what.size() + 24 + indices.size() * 24);
  line.append(prefix);
  const fmt::format_int count(indices.size());
  line.append(count.data(), count.size());
  line += ' ';
  line.append(what);
  line += ": ";
  const std::size_t ids = line.size();
  for (std::size_t i : indices) {
    if (line.size() > ids) line += ", ";  // as before: no separator while the list is empty
    line += q.questions[i].id;
  }
  return line;
}

void answer_warnings(const Questionnaire& q, const AnswerSet& answers, const detail::ScoreKernel& k,
                     std::vector<std::string>& warnings) {
  thread_local std::vector<std::size_t> ignored;
  thread_local std::vector<std::size_t> missing;
  ignored.clear();
  missing.clear();
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const bool given = i < answers.answers.size() && answers.answers[i];
    if (!k.enabled[i]) {
      if (given) ignored.push_back(i);
    } else if (!given && q.questions[i].required) {
      missing.push_back(i);
    }
  }
  if (!ignored.empty()) {
    warnings.push_back(count_and_ids("ignored answers to ", q, ignored, "question(s) disabled by enable_when"));
  }
  if (!missing.empty()) warnings.push_back(count_and_ids({}, q, missing, "required question(s) unanswered"));
}

void dimension_warnings(const Questionnaire& q, const detail::ScoreKernel& k, std::vector<std::string>& warnings) {
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    const detail::KernelDimension& dim = k.dimensions[d];
    if (dim.score) continue;
    const std::string why =
        dim.answered == 0 ? std::string("no scored answers")
                          : fmt::format("{} of {} questions answered, coverage {:.2f} is below the minimum {:.2f}",
                                        dim.answered, dim.asked, dim.coverage, q.min_coverage);
    warnings.push_back(fmt::format("dimension \"{}\": insufficient answers ({}); no score", q.dimensions[d].id, why));
  }
}

}  // namespace

namespace detail {

void score_warnings(const Questionnaire& q, const AnswerSet& answers, const ScoreKernel& k,
                    std::vector<std::string>& out) {
  out.insert(out.end(), answers.warnings.begin(), answers.warnings.end());
  answer_warnings(q, answers, k, out);
  dimension_warnings(q, k, out);
}

}  // namespace detail

ScoreCard score(const Questionnaire& q, const AnswerSet& answers) {
  detail::ScoreKernel k;
  k.run(q, answers.answers);

  ScoreCard card;
  card.questionnaire = &q;
  card.answers = &answers;
  detail::score_warnings(q, answers, k, card.warnings);

  card.items.resize(q.questions.size());
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    ItemResult& item = card.items[i];
    item.enabled = k.enabled[i] != 0;
    item.na = k.na[i] != 0;
    item.answered = k.answered[i] != 0;
    if (item.answered) item.score = k.item_scores[i];
    item.gain = k.gains[i];
  }
  card.dimensions.resize(q.dimensions.size());
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    const detail::KernelDimension& kd = k.dimensions[d];
    DimensionResult& dim = card.dimensions[d];
    dim.score = kd.score;
    dim.band = kd.band;
    dim.coverage = kd.coverage;
    dim.answered = kd.answered;
    dim.asked = kd.asked;
    dim.answered_weight = kd.answered_weight;
    dim.asked_weight = kd.asked_weight;
  }
  card.overall = k.overall;
  card.overall_band = k.overall_band;
  card.red_flags = k.red_flags;

  card.recommendations.reserve(k.ranked.size());
  for (std::size_t r : k.ranked) {
    RecommendationResult rec;
    rec.recommendation = r;
    rec.gain = k.recommendations[r].gain;
    rec.priority = k.recommendations[r].priority;
    rec.horizon_days = horizon_days(q.recommendations[r].effort);
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
      if (k.gains[i] > 0 && q.questions[i].recommendation == r) rec.questions.push_back(i);
    }
    card.recommendations.push_back(std::move(rec));
  }
  return card;
}

}  // namespace salesaudit
