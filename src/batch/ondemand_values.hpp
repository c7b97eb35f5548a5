#pragma once
// simdjson On Demand reads for the batch fast path (answers_parser.cpp). On Demand checks
// a value only when it is read: a skipped one may hold a malformed literal or number, and
// repeated keys are never reported. So every value of a document is read here, whatever
// the loader does with it, and every object's keys are checked for repeats: a document is
// accepted only when the DOM parser (and so the guarded loader's parser) would accept it.

#include <salesaudit/limits.hpp>

#include <simdjson.h>

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace salesaudit::batch::ondemand_values {

// Internal linkage: only answers_parser.cpp includes this, and the compiler inlines
// what it calls once (about 3% of the batch path's instructions).
namespace {

namespace od = simdjson::ondemand;

inline constexpr std::size_t kMaxString = limits::kMaxStringBytes;  // the loader's limits
inline constexpr std::size_t kMaxDepth = limits::kMaxNestingDepth;

// A string within the loader's limit.
bool string_value(od::value value, std::string_view& out) {
  return !value.get_string().get(out) && out.size() <= kMaxString;
}

// A JSON number, as the DOM parser reads it to a double (an integer is converted).
bool number_value(od::value value, double& out) {
  od::number number;
  if (value.get_number().get(number)) return false;
  switch (number.get_number_type()) {
    case simdjson::ondemand::number_type::signed_integer: out = static_cast<double>(number.get_int64()); break;
    case simdjson::ondemand::number_type::unsigned_integer: out = static_cast<double>(number.get_uint64()); break;
    default: out = number.get_double();
  }
  return true;
}

// Whether `keys` (one object's) repeat none; sorted, so a hostile object costs n log n.
bool distinct(std::vector<std::string_view>& keys) {
  std::sort(keys.begin(), keys.end());
  return std::adjacent_find(keys.begin(), keys.end()) == keys.end();
}

// Reads a value the loader ignores (an unknown key's) to its end: objects and arrays
// nested as deep as the guarded parser allows, strings within its limit, numbers and
// literals well formed, no object repeating a key.
bool acceptable(od::value value, std::size_t depth) {
  od::json_type type;
  if (value.type().get(type)) return false;
  switch (type) {
    case od::json_type::object: {
      if (depth >= kMaxDepth) return false;
      od::object object;
      if (value.get_object().get(object)) return false;
      std::vector<std::string_view> keys;
      for (auto result : object) {
        od::field field;
        std::string_view key;
        if (std::move(result).get(field) || field.unescaped_key().get(key)) return false;
        keys.push_back(key);
        if (!acceptable(field.value(), depth + 1)) return false;
      }
      return distinct(keys);
    }
    case od::json_type::array: {
      if (depth >= kMaxDepth) return false;
      od::array array;
      if (value.get_array().get(array)) return false;
      for (auto result : array) {
        od::value item;
        if (std::move(result).get(item) || !acceptable(item, depth + 1)) return false;
      }
      return true;
    }
    case od::json_type::string: {
      std::string_view text;
      return string_value(value, text);
    }
    case od::json_type::number: {
      double number = 0;
      return number_value(value, number);
    }
    case od::json_type::boolean: {
      bool flag = false;
      return !value.get_bool().get(flag);
    }
    case od::json_type::null: {
      bool null = false;
      return !value.is_null().get(null) && null;
    }
  }
  return false;
}

}  // namespace

}  // namespace salesaudit::batch::ondemand_values
