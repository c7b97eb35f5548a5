// The bash completion, driven as bash drives it: COMP_WORDS / COMP_CWORD set, the
// completion function called, COMPREPLY read back.

#include "e2e/run_cli.hpp"

#include <array>
#include <cstdio>
#include <sstream>

#include <sys/wait.h>

namespace salesaudit::e2e {
namespace {

std::string quote(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Completes `words` (the last one is the word under the cursor) and returns COMPREPLY.
std::vector<std::string> complete(const std::vector<std::string>& words) {
  std::string array = quote(SALESAUDIT_BIN);
  for (const auto& w : words) array += " " + quote(w);
  const std::string script = "source " + quote(source_path("packaging/completions/salesaudit.bash")) +
                             " && COMP_WORDS=(" + array + ") && COMP_CWORD=" + std::to_string(words.size()) +
                             " && _salesaudit && printf '%s\\n' \"${COMPREPLY[@]}\"";
  FILE* pipe = popen(("bash --norc --noprofile -c " + quote(script) + " 2>/dev/null").c_str(), "r");
  if (pipe == nullptr) return {};
  std::string out;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  pclose(pipe);
  std::vector<std::string> reply;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) reply.push_back(line);
  }
  return reply;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

TEST(Completion, Subcommands) {
  const auto reply = complete({""});
  for (const char* command : {"score", "validate", "questionnaires", "template", "new-questionnaire", "lint"}) {
    EXPECT_TRUE(contains(reply, command)) << command;
  }
  EXPECT_FALSE(contains(reply, "--help"));
  EXPECT_EQ(complete({"li"}), (std::vector<std::string>{"lint"}));
  EXPECT_EQ(complete({"new"}), (std::vector<std::string>{"new-questionnaire"}));
}

TEST(Completion, GlobalOptions) {
  EXPECT_EQ(complete({"--col"}), (std::vector<std::string>{"--color"}));
  EXPECT_EQ(complete({"--color", "n"}), (std::vector<std::string>{"never"}));
  // A global option's value is not mistaken for the subcommand.
  EXPECT_EQ(complete({"--color", "never", "tem"}), (std::vector<std::string>{"template"}));
}

TEST(Completion, OptionsOfASubcommand) {
  EXPECT_EQ(complete({"lint", "--st"}), (std::vector<std::string>{"--strict"}));
  const auto score = complete({"score", "--"});
  for (const char* option : {"--format", "--output", "--questionnaire", "--top", "--explain"}) {
    EXPECT_TRUE(contains(score, option)) << option;
  }
  EXPECT_FALSE(contains(score, "--strict"));
  EXPECT_EQ(complete({"template", "--co"}), (std::vector<std::string>{"--codebook"}));
}

TEST(Completion, OptionValues) {
  EXPECT_EQ(complete({"template", "--format", ""}), (std::vector<std::string>{"json", "csv"}));
  EXPECT_TRUE(contains(complete({"score", "--format", ""}), "csv"));
  EXPECT_EQ(complete({"diff", "--format", ""}), (std::vector<std::string>{"text", "markdown", "json"}));
  EXPECT_TRUE(contains(complete({"template", "cri"}), "crisis-mode"));
}

}  // namespace
}  // namespace salesaudit::e2e
