// The CLI reference (docs/cli.md, generated) and the manual page (packaging/salesaudit.1,
// written by hand) must cover every subcommand and option the binary has.

#include "e2e/run_cli.hpp"

#include <cstdlib>
#include <sstream>

namespace salesaudit::e2e {
namespace {

std::vector<std::string> subcommands() {
  std::vector<std::string> names;
  std::istringstream help(run_cli({"--help"}).out);
  bool listing = false;
  for (std::string line; std::getline(help, line);) {
    if (line == "Subcommands:") {
      listing = true;
    } else if (listing && line.empty()) {
      listing = false;
    } else if (listing && line.size() > 2 && line[2] != ' ') {
      names.push_back(line.substr(2, line.find(' ', 2) - 2));
    }
  }
  return names;
}

// Long options listed in `salesaudit COMMAND --help`, e.g. "--format".
std::vector<std::string> long_options(const std::string& command) {
  std::vector<std::string> options;
  std::istringstream help(run_cli({command, "--help"}).out);
  for (std::string line; std::getline(help, line);) {
    const auto start = line.find_first_not_of(' ');
    if (start == std::string::npos || start == 0 || line[start] != '-') continue;
    std::istringstream spellings(line.substr(start, line.find(' ', start) - start));
    for (std::string option; std::getline(spellings, option, ',');) {
      if (option.rfind("--", 0) == 0 && option != "--help") options.push_back(option);
    }
  }
  return options;
}

// How roff writes a word with hyphens: "\-" for each "-".
std::string roff(const std::string& word) {
  std::string out;
  for (char c : word) out += c == '-' ? std::string("\\-") : std::string(1, c);
  return out;
}

TEST(Docs, EverythingDocumented) {
  const std::string cli_md = read_file(source_path("docs/cli.md"));
  const std::string man = read_file(source_path("packaging/salesaudit.1"));
  const auto commands = subcommands();
  ASSERT_GE(commands.size(), 6u);
  for (const auto& command : commands) {
    EXPECT_NE(cli_md.find("\n## salesaudit " + command + "\n"), std::string::npos)
        << command << ": regenerate docs/cli.md with packaging/gen-cli-md.sh BUILD_DIR/salesaudit > docs/cli.md";
    EXPECT_NE(man.find(".SS \"" + roff(command)), std::string::npos)
        << command << ": add a section to packaging/salesaudit.1";
    for (const auto& option : long_options(command)) {
      EXPECT_NE(cli_md.find(option), std::string::npos) << command << " " << option << ": regenerate docs/cli.md";
      EXPECT_NE(man.find(roff(option)), std::string::npos)
          << command << " " << option << ": document it in packaging/salesaudit.1";
    }
  }
}

// The checked-in reference is exactly what the generator prints for this binary.
TEST(Docs, CliReferenceIsUpToDate) {
  const std::string generated = ::testing::TempDir() + "salesaudit-cli.md";
  const std::string command =
      "bash '" + source_path("packaging/gen-cli-md.sh") + "' '" + SALESAUDIT_BIN + "' > '" + generated + "'";
  ASSERT_EQ(std::system(command.c_str()), 0);
  EXPECT_TRUE(read_file(generated) == read_file(source_path("docs/cli.md")))
      << "regenerate: packaging/gen-cli-md.sh BUILD_DIR/salesaudit > docs/cli.md";
}

}  // namespace
}  // namespace salesaudit::e2e
