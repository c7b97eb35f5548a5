#include "load/questionnaire_parts.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace salesaudit::detail {

using nlohmann::json;

std::optional<Value> to_value(const json& value) {
  if (value.is_boolean()) return Value{value.get<bool>()};
  if (value.is_number()) return Value{value.get<double>()};
  if (value.is_string()) return Value{value.get<std::string>()};
  if (value.is_array()) {
    std::vector<std::string> list;
    for (const auto& item : value) {
      if (!item.is_string()) return std::nullopt;
      list.push_back(item.get<std::string>());
    }
    return Value{std::move(list)};
  }
  return std::nullopt;
}

namespace {

// Why `value` can never match an answer to `question` (empty when it can).
std::string mismatch(const Question& question, const Value& value) {
  switch (question.type) {
    case QuestionType::likert:
    case QuestionType::number:
      if (!std::holds_alternative<double>(value)) return "a number";
      return {};
    case QuestionType::boolean:
      if (!std::holds_alternative<bool>(value)) return "true or false";
      return {};
    case QuestionType::text:
      if (!std::holds_alternative<std::string>(value)) return "a string";
      return {};
    case QuestionType::choice: {
      const auto* s = std::get_if<std::string>(&value);
      if (s == nullptr || question.find_option(*s) == nullptr) return "one of its option values";
      return {};
    }
    case QuestionType::multi_choice: {
      const auto* list = std::get_if<std::vector<std::string>>(&value);
      if (list == nullptr) return "an array of its option values";
      for (const auto& item : *list) {
        if (question.find_option(item) == nullptr) return "an array of its option values";
      }
      return {};
    }
  }
  return {};
}

const Question* find_visible(const ConditionScope& scope, const std::string& id, std::size_t& index) {
  for (std::size_t i = 0; i < scope.visible->size(); ++i) {
    if ((*scope.visible)[i].id == id) {
      index = i;
      return &(*scope.visible)[i];
    }
  }
  return nullptr;
}

std::optional<Condition> parse_group(const json& value, const std::string& pointer, Diagnostics& diagnostics,
                                     const ConditionScope& scope, Condition::Op op, const char* key) {
  const std::string at = pointer + "/" + key;
  const json& list = value.at(key);
  if (!list.is_array() || list.empty()) {
    diagnostics.error(at, fmt::format("expected a non-empty array of conditions, got {}", describe(list)));
    return std::nullopt;
  }
  Condition condition;
  condition.op = op;
  bool ok = true;
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto child = parse_condition(list[i], fmt::format("{}/{}", at, i), diagnostics, scope);
    if (child) {
      condition.children.push_back(std::move(*child));
    } else {
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return condition;
}

}  // namespace

std::optional<Condition> parse_condition(const json& value, const std::string& pointer, Diagnostics& diagnostics,
                                         const ConditionScope& scope) {
  if (!value.is_object()) {
    diagnostics.error(pointer, fmt::format("expected a condition object, got {}", describe(value)));
    return std::nullopt;
  }
  if (value.contains("all") || value.contains("any")) {
    const char* key = value.contains("all") ? "all" : "any";
    if (value.size() != 1) {
      diagnostics.error(pointer, fmt::format("a \"{}\" condition takes no other key", key));
      return std::nullopt;
    }
    return parse_group(value, pointer, diagnostics, scope, key[1] == 'l' ? Condition::Op::all : Condition::Op::any,
                       key);
  }

  static const std::vector<std::pair<std::string, Condition::Op>> kOps = {{"equals", Condition::Op::equals},
                                                                          {"not_equals", Condition::Op::not_equals},
                                                                          {"in", Condition::Op::in},
                                                                          {"at_least", Condition::Op::at_least},
                                                                          {"at_most", Condition::Op::at_most}};
  ObjectReader reader(value, pointer, diagnostics, {"question", "equals", "not_equals", "in", "at_least", "at_most"});
  if (!reader.ok()) return std::nullopt;
  auto question_id = reader.string("question");
  std::vector<const std::pair<std::string, Condition::Op>*> ops;
  for (const auto& op : kOps) {
    if (reader.find(op.first) != nullptr) ops.push_back(&op);
  }
  if (ops.size() != 1) {
    diagnostics.error(pointer, ops.empty()
                                   ? "a condition needs one of equals, not_equals, in, at_least, at_most"
                                   : "a condition takes exactly one of equals, not_equals, in, at_least, at_most");
    return std::nullopt;
  }
  if (!question_id) return std::nullopt;

  Condition condition;
  condition.op = ops[0]->second;
  condition.question_id = *question_id;
  const std::string& op_key = ops[0]->first;
  const Question* question = find_visible(scope, *question_id, condition.question);
  if (question == nullptr) {
    const auto& ids = *scope.all_ids;
    if (scope.only_earlier && std::find(ids.begin(), ids.end(), *question_id) != ids.end()) {
      diagnostics.error(reader.at("question"),
                        fmt::format("question \"{}\" does not come earlier; enable_when may only refer to "
                                    "earlier questions",
                                    *question_id));
    } else {
      std::string message = fmt::format("unknown question \"{}\"", *question_id);
      if (auto hint = diagnostics.hint(*question_id, ids)) message += fmt::format(" (did you mean \"{}\"?)", *hint);
      diagnostics.error(reader.at("question"), message);
    }
    return std::nullopt;
  }

  const json& operand = *reader.find(op_key);
  const std::string at = reader.at(op_key);
  auto check = [&](const json& item, const std::string& where) -> std::optional<Value> {
    auto v = to_value(item);
    std::string expected = v ? mismatch(*question, *v) : "a value of its type";
    if (!expected.empty()) {
      diagnostics.error(where, fmt::format("{} can never match {} question \"{}\"; expected {}", describe(item),
                                           to_string(question->type), question->id, expected));
      return std::nullopt;
    }
    return v;
  };

  switch (condition.op) {
    case Condition::Op::equals:
    case Condition::Op::not_equals: {
      auto v = check(operand, at);
      if (!v) return std::nullopt;
      condition.value = std::move(*v);
      break;
    }
    case Condition::Op::in: {
      if (!operand.is_array() || operand.empty()) {
        diagnostics.error(at, fmt::format("expected a non-empty array, got {}", describe(operand)));
        return std::nullopt;
      }
      for (std::size_t i = 0; i < operand.size(); ++i) {
        auto v = check(operand[i], fmt::format("{}/{}", at, i));
        if (!v) return std::nullopt;
        condition.values.push_back(std::move(*v));
      }
      break;
    }
    case Condition::Op::at_least:
    case Condition::Op::at_most: {
      if (!operand.is_number()) {
        diagnostics.error(at, fmt::format("expected a number, got {}", describe(operand)));
        return std::nullopt;
      }
      if (question->type != QuestionType::likert && question->type != QuestionType::number) {
        diagnostics.error(at, fmt::format("{} needs a likert or number question; \"{}\" is {}", op_key, question->id,
                                          to_string(question->type)));
        return std::nullopt;
      }
      condition.number = operand.get<double>();
      break;
    }
    default: break;
  }
  return condition;
}

}  // namespace salesaudit::detail
