#pragma once
// Parts of an answers document read with simdjson On Demand for the batch fast path
// (answers_parser.cpp): views into the parser's buffers, valid until its next document.
// Every value is read (ondemand_values.hpp), so what is accepted here the DOM accepts.

#include "batch/ondemand_values.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace salesaudit::batch::ondemand_values {

// Internal linkage: only answers_parser.cpp includes this, and the compiler inlines
// what it calls once (about 3% of the batch path's instructions).
namespace {

template <std::size_t N>
std::size_t key_index(const std::array<std::string_view, N>& names, std::string_view key) {
  std::size_t k = 0;
  while (k < N && names[k] != key) ++k;
  return k;
}

// One answer as read, before the questionnaire is known (keys come in any order).
struct RawAnswer {
  enum Kind : std::uint8_t { null_value, na_value, string_value, bool_value, number_value, list_value };
  std::string_view key;
  Kind kind = null_value;
  bool flag = false;
  double number = 0;
  std::string_view text;
  std::uint32_t first = 0;  // list items: items[first, first + count)
  std::uint32_t count = 0;
};

struct RawComment {
  std::string_view key;
  std::string_view text;
};

// Every field of `object`: a known key (`names`) goes to `on_known(index, field)`, any
// other to `unknown` when its value is acceptable at `depth`. False for anything the
// loader rejects (including a false from `on_known`).
template <std::size_t N, class OnKnown>
bool read_fields(od::object& object, const std::array<std::string_view, N>& names, std::size_t depth,
                 std::vector<std::string_view>& unknown, OnKnown&& on_known) {
  for (auto result : object) {
    od::field field;
    std::string_view key;
    if (std::move(result).get(field) || field.unescaped_key().get(key)) return false;
    const std::size_t k = key_index(names, key);
    if (k == N) {
      if (!acceptable(field.value(), depth)) return false;
      unknown.push_back(key);
      continue;
    }
    if (!on_known(k, field)) return false;
  }
  return true;
}

// An object whose known keys (`names`) hold strings, read into `out`; other keys go to
// `unknown` when their values are acceptable. False for anything the loader rejects.
template <std::size_t N>
bool string_fields(od::value value, const std::array<std::string_view, N>& names,
                   std::array<std::optional<std::string_view>, N>& out, std::vector<std::string_view>& unknown) {
  od::object object;
  if (value.get_object().get(object)) return false;
  return read_fields(object, names, 2, unknown, [&out](std::size_t k, od::field& field) {
    std::string_view text;
    if (out[k] || !string_value(field.value(), text)) return false;
    out[k] = text;
    return true;
  });
}

// The answers object, every value read (before the questionnaire is known).
bool read_answers(od::value value, std::vector<RawAnswer>& answers, std::vector<std::string_view>& items) {
  od::object object;
  if (value.get_object().get(object)) return false;
  for (auto result : object) {
    od::field field;
    RawAnswer raw;
    if (std::move(result).get(field) || field.unescaped_key().get(raw.key)) return false;
    od::value v = field.value();
    od::json_type type;
    if (v.type().get(type)) return false;
    switch (type) {
      case od::json_type::null: {
        bool null = false;
        if (v.is_null().get(null) || !null) return false;
        break;
      }
      case od::json_type::string:
        if (!string_value(v, raw.text)) return false;
        raw.kind = raw.text == "na" ? RawAnswer::na_value : RawAnswer::string_value;
        break;
      case od::json_type::boolean:
        if (v.get_bool().get(raw.flag)) return false;
        raw.kind = RawAnswer::bool_value;
        break;
      case od::json_type::number:
        if (!number_value(v, raw.number) || !std::isfinite(raw.number)) return false;
        raw.kind = RawAnswer::number_value;
        break;
      case od::json_type::array: {
        od::array array;
        if (v.get_array().get(array)) return false;
        raw.kind = RawAnswer::list_value;
        raw.first = static_cast<std::uint32_t>(items.size());
        for (auto item : array) {
          od::value element;
          std::string_view text;
          if (std::move(item).get(element) || !string_value(element, text)) return false;
          items.push_back(text);
        }
        raw.count = static_cast<std::uint32_t>(items.size() - raw.first);
        break;
      }
      default: return false;  // an object: the loader's error
    }
    answers.push_back(raw);
  }
  return true;
}

bool read_comments(od::value value, std::vector<RawComment>& comments) {
  od::object object;
  if (value.get_object().get(object)) return false;
  for (auto result : object) {
    od::field field;
    RawComment raw;
    if (std::move(result).get(field) || field.unescaped_key().get(raw.key) || !string_value(field.value(), raw.text))
      return false;
    comments.push_back(raw);
  }
  return true;
}

// A time: null (nullopt) or a string.
bool optional_time(od::value value, std::optional<std::string_view>& out) {
  bool null = false;
  if (!value.is_null().get(null) && null) return true;
  std::string_view text;
  if (!string_value(value, text)) return false;
  out = text;
  return true;
}

}  // namespace

}  // namespace salesaudit::batch::ondemand_values
