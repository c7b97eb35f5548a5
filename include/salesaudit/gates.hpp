#pragma once
// CI gates: thresholds on reported scores, coverage and regressions against a baseline.
// Every comparison uses the reported values (round2), so a gate agrees with the report.

#include <salesaudit/batch.hpp>
#include <salesaudit/scoring.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace salesaudit {

// What the gates check for one respondent (or the team): unrounded scores by dimension id.
struct GateSubject {
  std::string respondent;  // respondent id, else where the record came from; "team" for a team
  std::optional<double> overall;
  std::vector<std::string> dimension_ids;         // questionnaire order
  std::vector<std::optional<double>> dimensions;  // same order; nullopt = no score
  std::vector<double> coverage;                   // same order
};

[[nodiscard]] GateSubject gate_subject(const ScoreCard& card, std::string respondent);
// A scored batch row (row.questionnaire set): the respondent is its id, else where it came from.
[[nodiscard]] GateSubject gate_subject(const ScoreRow& row);

// --fail-under TARGET=THRESHOLD: TARGET is "overall" or a dimension id.
struct FailUnder {
  std::string target;
  double threshold = 0;
};

// Parses "overall=60", "delegation=50" or a bare "60" (overall). Thresholds are 0-100.
// Throws UsageError naming the option on bad syntax.
[[nodiscard]] FailUnder parse_fail_under(std::string_view spec);

// One respondent's scores in an earlier report.
struct BaselineEntry {
  std::string respondent;  // respondent id (or the batch row's source); empty when absent
  std::optional<double> overall;
  std::vector<std::pair<std::string, std::optional<double>>> dimensions;  // id -> score
};

struct Baseline {
  std::string source;  // display name, for messages
  std::vector<BaselineEntry> entries;
};

// Reads an earlier report: a JSON report (salesaudit.report/v1), a team report
// (salesaudit.team/v1, respondent "team"), a JSON array of reports, or NDJSON of reports
// or of `score --format ndjson` rows. Throws DataError naming the file and place.
[[nodiscard]] Baseline parse_baseline(std::string_view text, const std::string& display_name);

struct GateConfig {
  std::vector<FailUnder> fail_under;
  std::optional<double> min_coverage;  // 0-1, every dimension
  std::optional<Baseline> baseline;
  double max_drop = 0;  // points overall and per dimension may fall below the baseline

  [[nodiscard]] bool empty() const { return fail_under.empty() && !min_coverage && !baseline; }
};

// Throws UsageError when a --fail-under target is neither "overall" nor one of
// `dimension_ids`, listing the valid ones.
void check_gate_targets(const GateConfig& config, const std::vector<std::string>& dimension_ids);

enum class GateStatus { passed, failed, skipped };

struct GateOutcome {
  std::string respondent;
  std::string gate;  // e.g. "fail-under overall=60", "min-coverage delegation", "max-drop overall"
  GateStatus status = GateStatus::passed;
  std::string message;  // one line naming the respondent, the value and the threshold
};

// The outcomes for one subject, in a fixed order: each --fail-under as given, then
// min-coverage per dimension, then the baseline (overall, then each dimension).
// A null score fails a fail-under gate. A baseline with a single entry is every
// respondent's baseline; otherwise entries match by respondent id (no match: skipped).
[[nodiscard]] std::vector<GateOutcome> evaluate_gates(const GateConfig& config, const GateSubject& subject);

// JUnit XML: one <testsuite> named `suite`, one <testcase> per outcome (classname = the
// respondent, name = the gate), <failure message="..."> or <skipped/> where they apply.
void write_junit(const std::vector<GateOutcome>& outcomes, const std::string& suite, std::ostream& out);

}  // namespace salesaudit
