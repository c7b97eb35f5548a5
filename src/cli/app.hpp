#pragma once

#include <iosfwd>

namespace salesaudit::cli {

// Parses the command line, runs the subcommand and maps every error to its exit code.
int run(int argc, const char* const* argv);
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace salesaudit::cli
