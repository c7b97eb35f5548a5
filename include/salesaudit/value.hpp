#pragma once
// The value of one answer, as typed by the respondent.

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace salesaudit {

// bool for boolean questions, double for likert and number, string for choice
// and text, a list of option values for multi_choice.
using Value = std::variant<bool, double, std::string, std::vector<std::string>>;

// An answer: either "not applicable" (`"na"` in JSON) or a value.
struct Answer {
  bool na = false;
  Value value{};
};

// Type-strict equality (true never equals 1); lists compare as sets.
[[nodiscard]] bool values_equal(const Value& a, const Value& b);

// A whole number small enough to be exact, as an integer, so counts and scale points
// print as 4 rather than 4.0; nullopt for anything else.
[[nodiscard]] std::optional<long long> as_integer(double value);

// Compact JSON-like rendering for messages and reports: 4, 2.5, true, "x", ["a","b"].
[[nodiscard]] std::string to_display(const Value& value);

}  // namespace salesaudit
