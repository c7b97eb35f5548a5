// `serve` in-process, in the salesaudit-serve program: the server of src/server.

#include "cli/serve_options.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/serve.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <unistd.h>

namespace salesaudit::cli {

namespace {

constexpr const char* kDefaultQuestionnaire = "crisis-mode";

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

}  // namespace

int run_serve_command(const ServeCliOptions& cli, Context& context) {
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

}  // namespace salesaudit::cli
