#include "cli/gate_options.hpp"

#include "cli/context.hpp"
#include "report/escape.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <CLI/CLI.hpp>
#include <memory>
#include <sstream>

namespace salesaudit::cli {

void add_gate_options(CLI::App& cmd, GateCliOptions& options) {
  cmd.add_option("--fail-under", options.fail_under,
                 "Exit 1 when a score is below a threshold: overall=60, or DIMENSION=50 (repeatable)")
      ->type_name("TARGET=SCORE")
      ->allow_extra_args(false);
  cmd.add_option("--baseline", options.baseline, "Earlier JSON report to compare with (see --max-drop)")
      ->type_name("REPORT");
  options.max_drop_option =
      cmd.add_option("--max-drop", options.max_drop,
                     "With --baseline: exit 1 when overall or a dimension drops more than this many points (default 0)")
          ->type_name("POINTS")
          ->check(CLI::Range(0.0, 100.0));
  options.min_coverage_option =
      cmd.add_option("--min-coverage", options.min_coverage, "Exit 1 when a dimension's coverage is below this (0-1)")
          ->type_name("RATIO")
          ->check(CLI::Range(0.0, 1.0));
}

bool is_junit(const std::string& format) {
  return format == "junit";
}

GateRun::GateRun(const GateCliOptions& options, bool keep_outcomes) : keep_(keep_outcomes) {
  for (const auto& spec : options.fail_under) config_.fail_under.push_back(parse_fail_under(spec));
  const bool max_drop_given = options.max_drop_option != nullptr && options.max_drop_option->count() > 0;
  if (max_drop_given && options.baseline.empty()) throw UsageError("--max-drop needs --baseline REPORT");
  if (!options.baseline.empty()) {
    config_.baseline = parse_baseline(read_input(options.baseline), display_name(options.baseline));
    config_.max_drop = options.max_drop;
  }
  if (options.min_coverage_option != nullptr && options.min_coverage_option->count() > 0) {
    config_.min_coverage = options.min_coverage;
  }
}

void GateRun::add(const GateSubject& subject, std::ostream& err) {
  if (subject.dimension_ids != checked_ids_) {
    check_gate_targets(config_, subject.dimension_ids);
    checked_ids_ = subject.dimension_ids;
  }
  for (auto& outcome : evaluate_gates(config_, subject)) {
    if (outcome.status == GateStatus::failed) {
      ++failed_;
      fmt::print(err, "gate failed: {}\n", report::escape_control(outcome.message));
    }
    if (keep_) outcomes_.push_back(std::move(outcome));
  }
}

void GateRun::add_error(const std::string& where, const std::vector<std::string>& errors) {
  if (!keep_) return;
  std::string message;
  for (const auto& e : errors) message += (message.empty() ? "" : "; ") + e;
  outcomes_.push_back({where, "valid", GateStatus::failed, message});
}

bool gates_requested(const GateCliOptions& options) {
  const auto given = [](const CLI::Option* o) { return o != nullptr && o->count() > 0; };
  return !options.fail_under.empty() || !options.baseline.empty() || given(options.max_drop_option) ||
         given(options.min_coverage_option);
}

void add_score_gates(const GateCliOptions& options, std::vector<std::function<void(const ScoreRow&)>>& observers,
                     std::vector<std::function<int(int)>>& finishers, Context& context) {
  if (!gates_requested(options)) return;
  auto run = std::make_shared<GateRun>(options, false);
  observers.emplace_back([run, &context](const ScoreRow& row) {
    if (row.ok()) run->add(gate_subject(row), context.err);
  });
  finishers.emplace_back([run](int code) { return run->exit_code(code); });
}

int run_junit(const std::vector<std::string>& inputs, const BatchOptions& batch, const std::string& output,
              const GateCliOptions& options, Context& context, bool quiet) {
  GateRun run(options, true);
  int code = 0;
  score_batch(inputs, batch, context.registry(), BatchRunOptions{}, [&](ScoreRow&& row) {
    if (!quiet) print_warnings(context.err, row.where, row.warnings);
    if (row.ok()) {
      run.add(gate_subject(row), context.err);
      return true;
    }
    for (const auto& e : row.errors) fmt::print(context.err, "{}\n", e);
    if (row.error_code == ExitCode::input_missing) {
      code = static_cast<int>(ExitCode::input_missing);
    } else if (code == 0) {
      code = static_cast<int>(ExitCode::data_invalid);
    }
    run.add_error(row.where, row.errors);
    return true;
  });
  std::ostringstream xml;
  write_junit(run.outcomes(), "salesaudit score", xml);
  context.emit(output, xml.str(), inputs);
  return run.exit_code(code);
}

}  // namespace salesaudit::cli
