#pragma once
// CI gate options shared by `score` and `team`: --fail-under, --baseline, --max-drop,
// --min-coverage, and the JUnit output of --format junit.

#include <salesaudit/batch.hpp>
#include <salesaudit/gates.hpp>

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace salesaudit::cli {

struct Context;

struct GateCliOptions {
  std::vector<std::string> fail_under;
  std::string baseline;
  double max_drop = 0;
  double min_coverage = 0;
  CLI::Option* max_drop_option = nullptr;
  CLI::Option* min_coverage_option = nullptr;
};

// Adds the gate options to `cmd`.
void add_gate_options(CLI::App& cmd, GateCliOptions& options);

// True for --format junit (gate results instead of a report).
[[nodiscard]] bool is_junit(const std::string& format);

// Evaluates gates as subjects arrive: failures go to `err` at once, one line each;
// outcomes are kept only when JUnit output needs them.
class GateRun {
 public:
  // Parses --fail-under and reads --baseline: UsageError, InputError or DataError.
  GateRun(const GateCliOptions& options, bool keep_outcomes);

  // Checks --fail-under targets against the subject's dimensions (UsageError), then evaluates.
  void add(const GateSubject& subject, std::ostream& err);
  // A record that could not be scored: a failed "valid" test case in the JUnit output.
  void add_error(const std::string& where, const std::vector<std::string>& errors);

  [[nodiscard]] bool failed() const { return failed_ > 0; }
  [[nodiscard]] const std::vector<GateOutcome>& outcomes() const { return outcomes_; }
  // Exit code precedence: an earlier non-zero code (65 invalid data, 66 missing input)
  // stays; otherwise 1 when a gate failed, else 0.
  [[nodiscard]] int exit_code(int current) const { return current != 0 ? current : failed() ? 1 : 0; }

 private:
  GateConfig config_;
  bool keep_;
  std::size_t failed_ = 0;
  std::vector<std::string> checked_ids_;  // dimension ids the targets were last checked against
  std::vector<GateOutcome> outcomes_;
};

// True when any gate option was given.
[[nodiscard]] bool gates_requested(const GateCliOptions& options);

// For `score`: when gates were requested, adds an observer that checks every scored row
// and a finisher that turns the exit code into 1 when a gate failed (unless it is already
// non-zero: invalid data, 65, or a missing input, 66, take precedence).
void add_score_gates(const GateCliOptions& options, std::vector<std::function<void(const ScoreRow&)>>& observers,
                     std::vector<std::function<int(int)>>& finishers, Context& context);

// `score --format junit`: scores every record and writes the gate outcomes as JUnit XML
// (a record that cannot be scored is a failed "valid" test case; its diagnostics go to
// stderr too). Returns the exit code.
[[nodiscard]] int run_junit(const std::vector<std::string>& inputs, const BatchOptions& batch,
                            const std::string& output, const GateCliOptions& options, Context& context,
                            bool quiet = false);

}  // namespace salesaudit::cli
