#pragma once
// "Did you mean" for an unknown subcommand, over the registered command names.

#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::cli {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
// two adjacent characters ("scroe" -> "score") each cost 1.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

// The names nearest to `word` (all at the smallest distance, plus names it is a prefix
// of), when close enough to be a plausible typo; in `names` order. Empty when none is.
[[nodiscard]] std::vector<std::string> nearest_names(std::string_view word, const std::vector<std::string>& names);

// The message for an unknown command: `unknown command "x"`, then the suggestions or
// the list of commands.
[[nodiscard]] std::string unknown_command_message(std::string_view word, const std::vector<std::string>& names);

}  // namespace salesaudit::cli
