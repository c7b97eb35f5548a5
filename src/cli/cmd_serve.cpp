// `salesaudit serve`: the audit in a browser for a workshop room or a remote team. The
// options are parsed here; the server runs in salesaudit-serve (serve_exec.cpp), so that
// the HTTP library and what it loads cost the other commands nothing at start-up.

#include "cli/context.hpp"
#include "cli/serve_options.hpp"

#include <CLI/CLI.hpp>

namespace salesaudit::cli {

void setup_serve(CLI::App& app, Context& context) {
  auto options = std::make_shared<ServeCliOptions>();
  auto* cmd = app.add_subcommand("serve", "Serve the audit in a browser for a room or a remote team");
  cmd->footer(R"(Examples:
  salesaudit serve --answers-dir workshop/                     on this machine only (127.0.0.1:8080)
  salesaudit serve --answers-dir workshop/ --listen 0.0.0.0:8080  phones on the same network
  salesaudit serve --answers-dir team/ --listen 127.0.0.1:8080 --public-url https://audit.example.com

Prints 'join: URL' (share it) and 'facilitator: URL' (keep it: live progress and the team
report). Answers are saved after every step in DIR/<token>.json; Ctrl-C or SIGTERM stops,
and starting again on the same DIR continues every respondent. See docs/serve.md.)");
  cmd->add_option("questionnaire", options->questionnaire, "Questionnaire file or ID[@VERSION]; default: crisis-mode")
      ->type_name("FILE|ID");
  cmd->add_option("--answers-dir", options->answers_dir,
                  "Folder of the respondents' answers files (created if missing); the only state")
      ->type_name("DIR")
      ->required();
  cmd->add_option("--listen", options->listen, "Address and port; 0.0.0.0:PORT for other machines, port 0 picks one")
      ->type_name("HOST:PORT")
      ->capture_default_str();
  cmd->add_option("--public-url", options->public_url,
                  "URL the respondents use (behind a reverse proxy with TLS); replaces scheme, host and port")
      ->type_name("URL");
  add_language_options(*cmd, options->language);
  cmd->callback([options, &context] { context.exit_code = run_serve_command(*options, context); });
}

}  // namespace salesaudit::cli
