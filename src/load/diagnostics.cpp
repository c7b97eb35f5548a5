#include "load/diagnostics.hpp"

#include "load/json_document.hpp"

#include <salesaudit/error.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace salesaudit::detail {

using nlohmann::json;

std::string Diagnostics::locate(const std::string& pointer, const std::string& message) const {
  return detail::locate(name_, pointer, message);
}

void Diagnostics::error(const std::string& pointer, const std::string& message) {
  errors_.push_back(locate(pointer, message));
}

void Diagnostics::warning(const std::string& pointer, const std::string& message) {
  warnings_.push_back(locate(pointer, message));
}

std::optional<std::string> Diagnostics::hint(std::string_view word, const std::vector<std::string>& candidates) {
  if (!hints_.take()) return std::nullopt;
  return closest(word, candidates);
}

void Diagnostics::throw_if_any() {
  if (!errors_.empty()) throw DataError(std::move(errors_));
}

std::string describe(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return value.get<bool>() ? "true" : "false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "number " + value.dump();
    case json::value_t::string: {
      std::string s = value.get<std::string>();
      if (s.size() > 40) s = s.substr(0, 37) + "...";
      return "string " + json(s).dump(-1, ' ', false, json::error_handler_t::replace);
    }
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return "a value";
  }
}

namespace {
// The edit distance of `a` and `b`, or `limit` as soon as it cannot be below `limit`:
// the values of a row never decrease from one row to the next, so once a whole row is
// at `limit` or more the rest cannot matter to a caller that only wants the closest.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t lowest = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      lowest = std::min(lowest, row[j]);
      diagonal = above;
    }
    if (lowest >= limit) return limit;
  }
  return row[b.size()];
}
}  // namespace

std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 4) + 1;
  for (const auto& candidate : candidates) {
    // The distance is at least the length difference: skipping those keeps a hostile
    // 1 MiB key from costing a full quadratic comparison per candidate.
    const std::size_t gap =
        word.size() > candidate.size() ? word.size() - candidate.size() : candidate.size() - word.size();
    if (gap >= best_distance) continue;
    const std::size_t d = edit_distance(word, candidate, best_distance);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

ObjectReader::ObjectReader(const json& value, std::string pointer, Diagnostics& diagnostics,
                           const std::vector<std::string_view>& allowed, UnknownKeys unknown)
    : pointer_(std::move(pointer)), diagnostics_(diagnostics) {
  if (!value.is_object()) {
    diagnostics_.error(pointer_, fmt::format("expected an object, got {}", describe(value)));
    return;
  }
  object_ = &value;
  for (const auto& item : value.items()) {
    if (std::find(allowed.begin(), allowed.end(), item.key()) != allowed.end()) continue;
    const std::string message = unknown_key_message(item.key(), allowed, diagnostics_.hints());
    const std::string where = pointer_ + "/" + pointer_token(item.key());
    if (unknown == UnknownKeys::reject) {
      diagnostics_.error(where, message);
    } else {
      diagnostics_.warning(where, message + "; ignored");
    }
  }
}

const json* ObjectReader::find(std::string_view key) const {
  if (object_ == nullptr) return nullptr;
  auto it = object_->find(key);
  return it == object_->end() ? nullptr : &*it;
}

const json* ObjectReader::require(std::string_view key, bool required) {
  if (object_ == nullptr) return nullptr;
  const json* value = find(key);
  if (value == nullptr && required) diagnostics_.error(pointer_, fmt::format("missing required key \"{}\"", key));
  return value;
}

void ObjectReader::wrong_type(std::string_view key, const json& value, std::string_view expected) {
  diagnostics_.error(at(key), fmt::format("expected {}, got {}", expected, describe(value)));
}

std::optional<std::string> ObjectReader::string(std::string_view key, bool required) {
  const json* value = require(key, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) {
    wrong_type(key, *value, "a string");
    return std::nullopt;
  }
  return value->get<std::string>();
}

std::optional<double> ObjectReader::number(std::string_view key, bool required) {
  const json* value = require(key, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_number()) {
    wrong_type(key, *value, "a number");
    return std::nullopt;
  }
  return value->get<double>();
}

std::optional<bool> ObjectReader::boolean(std::string_view key, bool required) {
  const json* value = require(key, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_boolean()) {
    wrong_type(key, *value, "true or false");
    return std::nullopt;
  }
  return value->get<bool>();
}

const json* ObjectReader::array(std::string_view key, bool required) {
  const json* value = require(key, required);
  if (value == nullptr) return nullptr;
  if (!value->is_array()) {
    wrong_type(key, *value, "an array");
    return nullptr;
  }
  return value;
}

const json* ObjectReader::object(std::string_view key, bool required) {
  const json* value = require(key, required);
  if (value == nullptr) return nullptr;
  if (!value->is_object()) {
    wrong_type(key, *value, "an object");
    return nullptr;
  }
  return value;
}

}  // namespace salesaudit::detail
