// The command-line front end: global options, subcommand dispatch, errors -> exit codes.

#include "cli/app.hpp"

#include "cli/context.hpp"
#include "cli/suggest.hpp"
#include "report/escape.hpp"

#include <salesaudit/error.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::cli {

namespace {

constexpr const char* kExamples = R"(Examples:
  salesaudit run                                  take the crisis-mode audit in the terminal
  salesaudit score examples/answers/average.json  score one answers file (text report)
  salesaudit score answers.json --format json --output report.json
  salesaudit validate my-questionnaire.json answers.json
  salesaudit questionnaires                       list the questionnaires available

Exit codes: 0 ok, 1 threshold not met, 2 usage, 65 invalid data, 66 input missing,
73 output not writable, 130 interrupted (progress saved).
Run 'salesaudit COMMAND --help' for a command's options.)";

std::vector<std::string> command_names() {
  std::vector<std::string> names;
  for (const auto& command : commands()) names.emplace_back(command.name);
  return names;
}

// The word given where a command was expected, when no registered command matched it
// (CLI11 would only say that a subcommand is required).
std::optional<std::string> unknown_command(const CLI::App& app) {
  if (!app.get_subcommands().empty()) return std::nullopt;
  for (const auto& word : app.remaining()) {
    if (!word.empty() && word[0] != '-') return word;
  }
  return std::nullopt;
}

// The subcommand named on the command line (after the global options), or nullptr when
// there is none or it is unknown: then every subcommand is set up, for help and errors.
const CommandEntry* named_command(int argc, const char* const* argv) {
  int i = 1;
  while (i < argc && argv[i][0] == '-') {
    const std::string_view arg = argv[i];
    if (arg == "--") return nullptr;
    i += arg == "--color" || arg == "--questionnaire-path" ? 2 : 1;  // options taking a value
  }
  if (i >= argc) return nullptr;
  for (const auto& command : commands()) {
    if (command.name == std::string_view(argv[i])) return &command;
  }
  return nullptr;
}

}  // namespace

int run(int argc, const char* const* argv) {
  return run(argc, argv, std::cout, std::cerr);
}

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  Context context(out, err);
  context.args.assign(argv, argv + argc);
  CLI::App app{"salesaudit: does your sales team run without you? A self-audit with a prioritized report.",
               "salesaudit"};
  app.set_version_flag("--version", fmt::format("salesaudit {}", SALESAUDIT_VERSION));
  app.footer(kExamples);
  app.require_subcommand(1);
  app.fallthrough();
  std::string color = "auto";
  app.add_option("--color", color, "Colour in reports: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_option("--questionnaire-path", context.questionnaire_path,
                 "Folder of <id>/<version>.json questionnaires to search before the built-in ones (repeatable; also "
                 "SALESAUDIT_PATH, colon-separated)")
      ->type_name("DIR");
  app.parse_complete_callback([&] {
    context.color = color == "always" ? ColorMode::always : color == "never" ? ColorMode::never : ColorMode::automatic;
  });
  // Only the subcommand that runs is built: setting up all eleven cost more than
  // parsing a small answers file (docs/performance.md).
  if (const CommandEntry* named = named_command(argc, argv)) {
    named->setup(app, context);
  } else {
    for (const auto& command : commands()) command.setup(app, context);
  }

  if (argc <= 1) {
    out << app.help();
    return 0;
  }
  try {
    app.parse(argc, argv);
    return context.exit_code;
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {  // --help, --version
      return app.exit(e, out, err);
    }
    if (auto word = unknown_command(app)) {
      fmt::print(err, "salesaudit: {}\n", unknown_command_message(report::escape_control(*word), command_names()));
    } else {
      fmt::print(err, "salesaudit: {}\nRun 'salesaudit --help' for usage.\n", e.what());
    }
    return static_cast<int>(ExitCode::usage);
  } catch (const DataError& e) {
    for (const auto& diagnostic : e.diagnostics()) fmt::print(err, "{}\n", diagnostic);
    return static_cast<int>(e.code());
  } catch (const UsageError& e) {
    fmt::print(err, "salesaudit: {}\nRun 'salesaudit --help' for usage.\n", e.what());
    return static_cast<int>(e.code());
  } catch (const Error& e) {
    fmt::print(err, "salesaudit: {}\n", e.what());
    return static_cast<int>(e.code());
  } catch (const std::bad_alloc&) {
    fmt::print(err, "salesaudit: out of memory\n");
    return static_cast<int>(ExitCode::data_invalid);
  } catch (const std::exception& e) {
    fmt::print(err, "salesaudit: unexpected error: {}\n", e.what());
    return 70;  // EX_SOFTWARE: a bug, not the user's fault
  }
}

}  // namespace salesaudit::cli
