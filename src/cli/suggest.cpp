// Suggestions for a mistyped subcommand (see suggest.hpp).

#include "cli/suggest.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace salesaudit::cli {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Three rows suffice for the adjacent-swap case; names are short, a hostile argument
  // is cut off before this (see nearest_names).
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    before.swap(previous);
    previous.swap(current);
  }
  return previous[b.size()];
}

std::vector<std::string> nearest_names(std::string_view word, const std::vector<std::string>& names) {
  std::vector<std::string> out;
  if (word.empty() || word.size() > 64) return out;  // no command name is that long
  // A typo changes a few characters: up to a third of the word, at least 1, at most 3.
  const std::size_t allowed = std::clamp<std::size_t>(word.size() / 3, 1, 3);
  std::size_t best = allowed + 1;
  std::vector<std::size_t> distances;
  for (const auto& name : names) distances.push_back(edit_distance(word, name));
  for (std::size_t d : distances) best = std::min(best, d);
  for (std::size_t i = 0; i < names.size(); ++i) {
    const bool prefix = word.size() >= 2 && names[i].compare(0, word.size(), word) == 0;
    if (distances[i] == best || prefix) out.push_back(names[i]);
  }
  return out;
}

std::string unknown_command_message(std::string_view word, const std::vector<std::string>& names) {
  const auto near = nearest_names(word, names);
  std::vector<std::string> quoted;
  for (const auto& name : near.empty() ? names : near) quoted.push_back(fmt::format("\"{}\"", name));
  if (near.empty()) return fmt::format("unknown command \"{}\"; the commands are {}", word, fmt::join(quoted, ", "));
  return fmt::format("unknown command \"{}\"; did you mean {}?", word, fmt::join(quoted, " or "));
}

}  // namespace salesaudit::cli
