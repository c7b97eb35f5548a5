// `salesaudit serve`: the audit in a browser for a workshop room or a remote team.

#include "cli/context.hpp"
#include "cli/language_options.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/serve.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

#include <unistd.h>

namespace salesaudit::cli {

namespace {

constexpr const char* kDefaultQuestionnaire = "crisis-mode";

struct ServeCliOptions {
  std::string questionnaire;
  std::string answers_dir;
  std::string listen = "127.0.0.1:8080";
  std::string public_url;
  LanguageCliOptions language;
};

void check_public_url(const std::string& url) {
  const auto scheme = url.find("://");
  const std::string kind = scheme == std::string::npos ? "" : url.substr(0, scheme);
  const auto rest = scheme == std::string::npos ? std::string() : url.substr(scheme + 3);
  const auto slash = rest.find('/');
  const bool path_ok = slash == std::string::npos || slash + 1 == rest.size();
  if ((kind != "http" && kind != "https") || rest.empty() || slash == 0 || !path_ok ||
      rest.find_first_of("?#@ ") != std::string::npos) {
    throw UsageError(fmt::format("--public-url {}: expected http(s)://HOST[:PORT] with no path", url));
  }
}

int run_serve(const ServeCliOptions& cli, Context& context) {
  ServeOptions options;
  parse_listen(cli.listen, options.host, options.port);
  if (!cli.public_url.empty()) check_public_url(cli.public_url);
  options.public_url = cli.public_url;
  options.answers_dir = cli.answers_dir;
  // One language for every page (--lang, else the environment's), recorded in each answers file.
  options.questionnaire =
      localize(cli.language,
               context.registry().resolve(cli.questionnaire.empty() ? kDefaultQuestionnaire : cli.questionnaire),
               std::nullopt, true, context)
          .questionnaire;
  const bool terminal = ::isatty(STDERR_FILENO) == 1;
  serve(options, context.err, [&](const ServeUrls& urls) {
    fmt::print(context.out, "join: {}\nfacilitator: {}\n", urls.join, urls.facilitator);
    context.out.flush();
    if (terminal) {
      fmt::print(context.err, "{}Scan to join: {}\nStop with Ctrl-C (answers are saved as they come).\n",
                 qr_code_text(urls.join), urls.join);
      context.err.flush();
    }
  });
  return 0;
}

}  // namespace

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
  cmd->callback([options, &context] { context.exit_code = run_serve(*options, context); });
}

}  // namespace salesaudit::cli
