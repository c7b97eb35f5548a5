// Evaluating the gates for one respondent, on reported (rounded) values.

#include <salesaudit/gates.hpp>
#include <salesaudit/rounding.hpp>

#include <fmt/format.h>

namespace salesaudit {

namespace {

std::optional<double> rounded(const std::optional<double>& value) {
  return value ? std::optional<double>(round2(*value)) : std::nullopt;
}

// The subject's score for "overall" or a dimension id (the caller checked the target).
std::optional<double> score_of(const GateSubject& subject, const std::string& target) {
  if (target == "overall") return subject.overall;
  for (std::size_t d = 0; d < subject.dimension_ids.size(); ++d) {
    if (subject.dimension_ids[d] == target) return subject.dimensions[d];
  }
  return std::nullopt;
}

GateOutcome fail_under(const GateSubject& subject, const FailUnder& gate) {
  GateOutcome out;
  out.respondent = subject.respondent;
  out.gate = fmt::format("fail-under {}={}", gate.target, gate.threshold);
  const auto value = rounded(score_of(subject, gate.target));
  const std::string option = fmt::format("(--fail-under {}={})", gate.target, gate.threshold);
  if (!value) {
    out.status = GateStatus::failed;
    out.message = fmt::format("{}: {} has no score (insufficient answers), threshold {} {}", subject.respondent,
                              gate.target, gate.threshold, option);
  } else if (*value < gate.threshold) {
    out.status = GateStatus::failed;
    out.message =
        fmt::format("{}: {} {:.2f} is below {} {}", subject.respondent, gate.target, *value, gate.threshold, option);
  } else {
    out.message = fmt::format("{}: {} {:.2f} is at least {}", subject.respondent, gate.target, *value, gate.threshold);
  }
  return out;
}

GateOutcome min_coverage(const GateSubject& subject, std::size_t d, double threshold) {
  GateOutcome out;
  out.respondent = subject.respondent;
  out.gate = fmt::format("min-coverage {}", subject.dimension_ids[d]);
  const double value = round2(subject.coverage[d]);
  if (value < threshold) {
    out.status = GateStatus::failed;
    out.message = fmt::format("{}: {} coverage {:.2f} is below {} (--min-coverage {})", subject.respondent,
                              subject.dimension_ids[d], value, threshold, threshold);
  } else {
    out.message = fmt::format("{}: {} coverage {:.2f} is at least {}", subject.respondent, subject.dimension_ids[d],
                              value, threshold);
  }
  return out;
}

GateOutcome max_drop(const GateSubject& subject, const std::string& target, const std::optional<double>& before,
                     const std::optional<double>& now, double limit) {
  GateOutcome out;
  out.respondent = subject.respondent;
  out.gate = fmt::format("max-drop {}", target);
  const auto old_value = rounded(before);
  const auto new_value = rounded(now);
  const std::string option = fmt::format("(--max-drop {})", limit);
  if (!old_value) {
    out.status = GateStatus::skipped;
    out.message = fmt::format("{}: {} has no score in the baseline", subject.respondent, target);
  } else if (!new_value) {
    out.status = GateStatus::failed;
    out.message = fmt::format("{}: {} has no score (insufficient answers), baseline {:.2f} {}", subject.respondent,
                              target, *old_value, option);
  } else if (const double drop = round2(*old_value - *new_value); drop > limit) {
    out.status = GateStatus::failed;
    out.message = fmt::format("{}: {} dropped {:.2f} points ({:.2f} -> {:.2f}), more than {} {}", subject.respondent,
                              target, drop, *old_value, *new_value, limit, option);
  } else {
    out.message = fmt::format("{}: {} {:.2f} (baseline {:.2f}) dropped at most {}", subject.respondent, target,
                              *new_value, *old_value, limit);
  }
  return out;
}

const BaselineEntry* find_baseline(const Baseline& baseline, const std::string& respondent) {
  if (baseline.entries.size() == 1) return &baseline.entries.front();
  for (const auto& entry : baseline.entries) {
    if (entry.respondent == respondent) return &entry;
  }
  return nullptr;
}

void compare_baseline(const GateConfig& config, const GateSubject& subject, std::vector<GateOutcome>& outcomes) {
  const BaselineEntry* entry = find_baseline(*config.baseline, subject.respondent);
  if (entry == nullptr) {
    outcomes.push_back({subject.respondent, "max-drop", GateStatus::skipped,
                        fmt::format("{}: not in the baseline {}", subject.respondent, config.baseline->source)});
    return;
  }
  outcomes.push_back(max_drop(subject, "overall", entry->overall, subject.overall, config.max_drop));
  for (std::size_t d = 0; d < subject.dimension_ids.size(); ++d) {
    const std::string& id = subject.dimension_ids[d];
    for (const auto& [old_id, old_score] : entry->dimensions) {
      if (old_id == id) outcomes.push_back(max_drop(subject, id, old_score, subject.dimensions[d], config.max_drop));
    }
  }
}

}  // namespace

GateSubject gate_subject(const ScoreCard& card, std::string respondent) {
  GateSubject subject;
  subject.respondent = std::move(respondent);
  subject.overall = card.overall;
  for (std::size_t d = 0; d < card.questionnaire->dimensions.size(); ++d) {
    subject.dimension_ids.push_back(card.questionnaire->dimensions[d].id);
    subject.dimensions.push_back(card.dimensions[d].score);
    subject.coverage.push_back(card.dimensions[d].coverage);
  }
  return subject;
}

std::vector<GateOutcome> evaluate_gates(const GateConfig& config, const GateSubject& subject) {
  std::vector<GateOutcome> outcomes;
  for (const FailUnder& gate : config.fail_under) outcomes.push_back(fail_under(subject, gate));
  if (config.min_coverage) {
    for (std::size_t d = 0; d < subject.coverage.size(); ++d) {
      outcomes.push_back(min_coverage(subject, d, *config.min_coverage));
    }
  }
  if (config.baseline) compare_baseline(config, subject, outcomes);
  return outcomes;
}

}  // namespace salesaudit
