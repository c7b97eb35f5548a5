#pragma once
// What every subcommand receives: output streams, global options, the registry.

#include <salesaudit/registry.hpp>
#include <salesaudit/report.hpp>

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace salesaudit::cli {

enum class ColorMode { automatic, always, never };

struct Context {
  Context(std::ostream& out_stream, std::ostream& err_stream) : out(out_stream), err(err_stream) {}
  std::ostream& out;
  std::ostream& err;
  int exit_code = 0;
  ColorMode color = ColorMode::automatic;
  std::vector<std::string> questionnaire_path;  // --questionnaire-path, then SALESAUDIT_PATH
  std::vector<std::string> args;                // the command line as given (serve hands it on)

  // Built on first use, from the search path.
  const Registry& registry();
  // Whether ANSI colour may go to stdout (a terminal, no NO_COLOR, not --color never).
  [[nodiscard]] bool stdout_color() const;
  // Writes `content` to stdout, or atomically to `path` unless it is empty or "-".
  void emit(const std::string& path, const std::string& content, const std::vector<std::string>& inputs = {});

 private:
  std::unique_ptr<Registry> registry_;
};

// Throws OutputError if `path` is one of `inputs`, or an existing *.json file inside an
// input folder (batch inputs read those), so an output never replaces what was read.
void refuse_input_as_output(const std::string& path, const std::vector<std::string>& inputs);

// Prints each warning of the record at `where` on `err`, one line each (warning_line).
void print_warnings(std::ostream& err, const std::string& where, const std::vector<std::string>& warnings);

// "-" reads stdin; messages call it <stdin>.
[[nodiscard]] std::string display_name(const std::string& path);

// Each subcommand file defines one of these (see commands.cpp for the list).
using SetupFn = void (*)(CLI::App& app, Context& context);
struct CommandEntry {
  const char* name;
  SetupFn setup;
};
const std::vector<CommandEntry>& commands();

}  // namespace salesaudit::cli
