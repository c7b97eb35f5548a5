#include "cli/report_options.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <string_view>

#include <sys/ioctl.h>
#include <unistd.h>

namespace salesaudit::cli {

namespace {

bool utf8_locale() {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    const std::string_view v(value);
    return v.find("UTF-8") != std::string_view::npos || v.find("utf8") != std::string_view::npos ||
           v.find("UTF8") != std::string_view::npos || v.find("utf-8") != std::string_view::npos;
  }
  return false;
}

int terminal_width() {
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr) {
    const int n = std::atoi(columns);
    if (n >= 20) return n;
  }
  winsize size{};
  if (::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20) {
    return size.ws_col;
  }
  return 80;
}

}  // namespace

void add_report_options(CLI::App& cmd, ReportCliOptions& options, bool explain) {
  cmd.add_option("-f,--format", options.format, "Report format: text, markdown, json or html")->capture_default_str();
  cmd.add_option("-o,--output", options.output, "Write the report to FILE (atomically) instead of stdout")
      ->type_name("FILE");
  cmd.add_option("--top", options.top, "Number of top actions shown; 0 shows all")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  if (explain) cmd.add_flag("--explain", options.explain, "Show how every number was computed");
  cmd.add_flag("--ascii", options.ascii, "Use ASCII instead of Unicode bars and symbols");
}

RenderOptions make_render_options(const ReportCliOptions& options, Context& context) {
  RenderOptions render;
  render.top = options.top;
  render.explain = options.explain;
  const bool to_stdout = options.output.empty() || options.output == "-";
  render.color = to_stdout && context.stdout_color();
  render.unicode = !options.ascii && utf8_locale();
  render.width = terminal_width();
  return render;
}

}  // namespace salesaudit::cli
