#pragma once
// Pieces of the questionnaire loader, one file each.

#include "load/diagnostics.hpp"

#include <salesaudit/questionnaire.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::detail {

// `[a-z0-9][a-z0-9_-]*`, the pattern of every id.
[[nodiscard]] bool valid_id(std::string_view id);
// Records an error unless `id` matches the id pattern.
void check_id(const std::string& id, const std::string& pointer, Diagnostics& diagnostics);

// What a condition may refer to: every question id in the document (to tell "later"
// from "unknown"), and the questions already parsed that it may use.
struct ConditionScope {
  const std::vector<std::string>* all_ids = nullptr;
  const std::vector<Question>* visible = nullptr;
  bool only_earlier = false;
};

[[nodiscard]] std::optional<Condition> parse_condition(const nlohmann::json& value, const std::string& pointer,
                                                       Diagnostics& diagnostics, const ConditionScope& scope);

// Parses `questions`; dimensions and recommendations must already be in `questionnaire`.
void parse_questions(const nlohmann::json& array, const std::string& pointer, Diagnostics& diagnostics,
                     Questionnaire& questionnaire);

void parse_migrations(const nlohmann::json& array, const std::string& pointer, Diagnostics& diagnostics,
                      Questionnaire& questionnaire);

// Converts a JSON scalar or array of strings into a Value; nullopt for other shapes.
[[nodiscard]] std::optional<Value> to_value(const nlohmann::json& value);

}  // namespace salesaudit::detail
