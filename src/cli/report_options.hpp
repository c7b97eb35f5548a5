#pragma once
// Report options shared by every command that prints a scored report (score, run, ...).

#include "cli/context.hpp"

#include <salesaudit/report.hpp>

#include <string>

namespace CLI {
class App;
}

namespace salesaudit::cli {

struct ReportCliOptions {
  std::string format = "text";
  std::string output;
  int top = 5;
  bool explain = false;
  bool ascii = false;
};

// Adds --format, --output, --top, --explain and --ascii to `cmd`.
// `explain`: offer --explain (single reports explain their numbers; the team report has
// no such section, so it does not take the flag rather than ignore it).
void add_report_options(CLI::App& cmd, ReportCliOptions& options, bool explain = true);

// Colour only on a terminal (and never with NO_COLOR / --color never / --output);
// Unicode unless --ascii or a non-UTF-8 locale; width from COLUMNS, else the terminal, else 80.
[[nodiscard]] RenderOptions make_render_options(const ReportCliOptions& options, Context& context);

}  // namespace salesaudit::cli
