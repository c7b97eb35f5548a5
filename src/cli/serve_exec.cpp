// `serve` in the `salesaudit` program: replaces this process with salesaudit-serve, on the
// same command line. The HTTP library (with OpenSSL and brotli) and libqrencode are linked
// into that program only, so every other command starts without loading them
// (docs/performance.md, start-up). The process id, signals, stdout and the exit code stay
// those of the command the user ran.

#include "cli/serve_options.hpp"

#include <salesaudit/error.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include <unistd.h>

namespace salesaudit::cli {

namespace {

namespace fs = std::filesystem;

// Beside this program (the build tree), then in ../lib/salesaudit (installed: /usr/bin
// and /usr/lib/salesaudit).
std::vector<fs::path> server_candidates() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  const fs::path dir = self.parent_path();
  return {dir / "salesaudit-serve", dir.parent_path() / "lib" / "salesaudit" / "salesaudit-serve"};
}

}  // namespace

int run_serve_command(const ServeCliOptions&, Context& context) {
  const auto candidates = server_candidates();
  context.out.flush();
  context.err.flush();
  for (const auto& path : candidates) {
    if (::access(path.c_str(), X_OK) != 0) continue;
    std::vector<std::string> args = context.args;
    if (args.empty()) args.emplace_back("salesaudit");
    args[0] = path.string();
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(path.c_str(), argv.data());
    throw Error(ExitCode::input_missing,
                fmt::format("serve: cannot start {}: {}", path.string(), std::strerror(errno)));
  }
  std::string looked;
  for (const auto& path : candidates) looked += (looked.empty() ? "" : ", ") + path.string();
  throw Error(ExitCode::input_missing,
              fmt::format("serve: the server program salesaudit-serve is not installed (looked for {}); "
                          "reinstall salesaudit",
                          looked.empty() ? "it beside this program" : looked));
}

}  // namespace salesaudit::cli
