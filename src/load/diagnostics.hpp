#pragma once
// Collects every problem found in one document, each located by JSON pointer, so
// `validate` can report them all at once.

#include "load/messages.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::detail {

class Diagnostics {
 public:
  explicit Diagnostics(std::string name) : name_(std::move(name)) {}

  void error(const std::string& pointer, const std::string& message);
  void warning(const std::string& pointer, const std::string& message);
  [[nodiscard]] bool empty() const { return errors_.empty(); }
  [[nodiscard]] std::size_t size() const { return errors_.size(); }
  [[nodiscard]] const std::string& name() const { return name_; }
  [[nodiscard]] std::vector<std::string> take_warnings() { return std::move(warnings_); }
  // closest(word, candidates) for the first kMaxHints calls on this document, nullopt
  // after: a hint costs an edit distance per candidate, and a hostile document can hold
  // millions of unknown keys (64 MiB of them would otherwise take hours).
  static constexpr std::size_t kMaxHints = HintBudget::kMaxHints;
  [[nodiscard]] std::optional<std::string> hint(std::string_view word, const std::vector<std::string>& candidates);
  // The same budget, for the messages shared with the batch fast path (load/messages.hpp).
  [[nodiscard]] HintBudget& hints() { return hints_; }
  // Throws DataError with every error collected, if any.
  void throw_if_any();

 private:
  [[nodiscard]] std::string locate(const std::string& pointer, const std::string& message) const;
  std::string name_;
  std::vector<std::string> errors_;
  std::vector<std::string> warnings_;
  HintBudget hints_;
};

// "number 5", "string \"x\"", "an array", for messages about wrong types.
[[nodiscard]] std::string describe(const nlohmann::json& value);

// Closest candidate within a small edit distance, for "did you mean" hints.
[[nodiscard]] std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

enum class UnknownKeys { reject, warn };

// Typed access to one JSON object's fields, recording errors with exact pointers.
class ObjectReader {
 public:
  // Records an error (and reads nothing) if `value` is not an object; reports keys not in
  // `allowed` as errors or warnings.
  ObjectReader(const nlohmann::json& value, std::string pointer, Diagnostics& diagnostics,
               const std::vector<std::string_view>& allowed, UnknownKeys unknown = UnknownKeys::reject);

  [[nodiscard]] bool ok() const { return object_ != nullptr; }
  [[nodiscard]] const nlohmann::json* find(std::string_view key) const;
  [[nodiscard]] std::string at(std::string_view key) const { return pointer_ + "/" + std::string(key); }
  [[nodiscard]] const std::string& pointer() const { return pointer_; }

  // Each returns nullopt (after recording an error when the key is required or the type is wrong).
  std::optional<std::string> string(std::string_view key, bool required = true);
  std::optional<double> number(std::string_view key, bool required = true);
  std::optional<bool> boolean(std::string_view key, bool required = true);
  // An array, or nullptr (recording an error if required or not an array).
  const nlohmann::json* array(std::string_view key, bool required = true);
  const nlohmann::json* object(std::string_view key, bool required = true);

 private:
  const nlohmann::json* require(std::string_view key, bool required);
  void wrong_type(std::string_view key, const nlohmann::json& value, std::string_view expected);

  const nlohmann::json* object_ = nullptr;
  std::string pointer_;
  Diagnostics& diagnostics_;
};

}  // namespace salesaudit::detail
