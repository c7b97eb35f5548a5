#pragma once
// The options of `salesaudit serve`, and the function that runs it: in `salesaudit` it
// hands the command line to the salesaudit-serve program (serve_exec.cpp), which runs
// the server in-process (serve_local.cpp).

#include "cli/context.hpp"
#include "cli/language_options.hpp"

#include <string>

namespace salesaudit::cli {

struct ServeCliOptions {
  std::string questionnaire;
  std::string answers_dir;
  std::string listen = "127.0.0.1:8080";
  std::string public_url;
  LanguageCliOptions language;
};

// Runs the server until SIGINT or SIGTERM; returns the exit code.
int run_serve_command(const ServeCliOptions& options, Context& context);

}  // namespace salesaudit::cli
