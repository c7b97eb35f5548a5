#include "load/json_document.hpp"

#include <salesaudit/error.hpp>

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <vector>

namespace salesaudit::detail {

using nlohmann::json;

namespace {

// Wraps nlohmann's DOM builder to track where it is (for messages) and enforce limits.
class GuardedSax {
 public:
  GuardedSax(json& root, const JsonLimits& limits) : dom_(root, true), limits_(limits) {}

  bool null() { return value() && dom_.null(); }
  bool boolean(bool v) { return value() && dom_.boolean(v); }
  bool number_integer(json::number_integer_t v) { return value() && dom_.number_integer(v); }
  bool number_unsigned(json::number_unsigned_t v) { return value() && dom_.number_unsigned(v); }
  bool number_float(json::number_float_t v, const json::string_t& text) {
    if (!value()) return false;
    if (!std::isfinite(v)) return fail(fmt::format("number {} is out of range", text));
    return dom_.number_float(v, text);
  }
  bool string(json::string_t& v) {
    if (!value()) return false;
    if (v.size() > limits_.max_string_bytes) {
      return fail(fmt::format("string of {} bytes exceeds the limit of {} bytes", v.size(), limits_.max_string_bytes));
    }
    return dom_.string(v);
  }
  bool binary(json::binary_t& v) { return value() && dom_.binary(v); }
  bool start_object(std::size_t n) { return open(true) && dom_.start_object(n); }
  bool key(json::string_t& k) {
    Frame& frame = frames_.back();
    frame.key = k;
    if (!frame.keys.insert(k).second) return fail(fmt::format("duplicate key \"{}\"", k));
    return dom_.key(k);
  }
  bool end_object() {
    frames_.pop_back();
    return dom_.end_object();
  }
  bool start_array(std::size_t n) { return open(false) && dom_.start_array(n); }
  bool end_array() {
    frames_.pop_back();
    return dom_.end_array();
  }
  bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& ex) {
    syntax_error_ = ex.what();
    error_position_ = position - std::min(position, last_token.size()) + 1;  // start of the token
    return false;
  }
  [[nodiscard]] std::size_t error_position() const { return error_position_; }

  [[nodiscard]] const std::string& syntax_error() const { return syntax_error_; }
  [[nodiscard]] const std::string& structure_error() const { return structure_error_; }
  [[nodiscard]] const std::string& structure_pointer() const { return structure_pointer_; }

 private:
  struct Frame {
    bool object = false;
    std::size_t next_index = 0;
    std::string key;
    std::set<std::string> keys;
  };

  // Called before every value: advances the array index so pointers are exact.
  bool value() {
    if (!frames_.empty() && !frames_.back().object) {
      frames_.back().key = std::to_string(frames_.back().next_index++);
    }
    return true;
  }
  bool open(bool object) {
    value();
    if (frames_.size() >= limits_.max_depth) {
      return fail(fmt::format("nesting deeper than {} levels", limits_.max_depth));
    }
    frames_.push_back(Frame{object, 0, {}, {}});
    return true;
  }
  bool fail(std::string message) {
    std::string pointer;
    for (const auto& frame : frames_) {
      if (frame.object && frame.keys.empty()) break;
      pointer += '/';
      pointer += pointer_token(frame.key);
    }
    structure_pointer_ = pointer;
    structure_error_ = std::move(message);
    return false;
  }

  nlohmann::detail::json_sax_dom_parser<json> dom_;
  const JsonLimits& limits_;
  std::vector<Frame> frames_;
  std::string syntax_error_;
  std::size_t error_position_ = 0;
  std::string structure_error_;
  std::string structure_pointer_;
};

// nlohmann says "[json.exception.parse_error.101] parse error at line 3, column 5: syntax
// error while parsing ..."; we print `name:3:5: syntax error while parsing ...`.
// Errors without a position in the text (number overflow) get one from the byte offset.
std::string format_syntax_error(const std::string& name, const std::string& what, std::string_view text,
                                std::size_t position) {
  unsigned long line = 1;
  unsigned long column = 1;
  for (std::size_t i = 0; i + 1 < position && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  std::string message = what;
  const auto at = what.find("at line ");
  if (at != std::string::npos) {
    std::sscanf(what.c_str() + at, "at line %lu, column %lu", &line, &column);
    const auto colon = what.find(": ", at);
    if (colon != std::string::npos) message = what.substr(colon + 2);
  } else if (const auto colon = what.find("] "); colon != std::string::npos) {
    message = what.substr(colon + 2);
  }
  if (column == 0) column = 1;
  return fmt::format("{}:{}:{}: {}", name, line, column, message);
}

// The fast path: simdjson validates and parses, then the DOM is copied into a json. It
// gives up (nullopt) on anything the guarded parser would reject or report, and on the
// zeros it cannot tell apart (-0.0, -0), so errors keep the guarded parser's messages. Number
// kinds follow nlohmann's lexer: integers >= 0 unsigned, negative ones signed, any
// fraction or exponent floating.
bool copy_value(simdjson::dom::element value, json& out, std::size_t depth, const JsonLimits& limits) {
  using simdjson::dom::element_type;
  switch (value.type()) {
    case element_type::OBJECT: {
      if (depth >= limits.max_depth) return false;
      simdjson::dom::object object;  // named: value_unsafe() of a temporary result would dangle
      if (value.get_object().get(object) != simdjson::SUCCESS) return false;
      out = json::object();
      for (const auto field : object) {
        auto [it, inserted] = out.emplace(std::string(field.key), nullptr);
        if (!inserted) return false;  // a duplicate key
        if (!copy_value(field.value, it.value(), depth + 1, limits)) return false;
      }
      return true;
    }
    case element_type::ARRAY: {
      if (depth >= limits.max_depth) return false;
      simdjson::dom::array array;
      if (value.get_array().get(array) != simdjson::SUCCESS) return false;
      out = json::array();
      auto& items = out.get_ref<json::array_t&>();
      items.reserve(array.size());  // constant time in simdjson's DOM
      for (const auto item : array) {
        items.emplace_back(nullptr);
        if (!copy_value(item, items.back(), depth + 1, limits)) return false;
      }
      return true;
    }
    case element_type::STRING: {
      const std::string_view text = value.get_string().value_unsafe();
      if (text.size() > limits.max_string_bytes) return false;
      out = std::string(text);
      return true;
    }
    case element_type::INT64: {
      const std::int64_t v = value.get_int64().value_unsafe();
      if (v >= 0) {
        out = static_cast<json::number_unsigned_t>(v);
      } else {
        out = static_cast<json::number_integer_t>(v);
      }
      return true;
    }
    case element_type::UINT64:
      out = static_cast<json::number_unsigned_t>(value.get_uint64().value_unsafe());
      return true;
    case element_type::DOUBLE: {
      const double v = value.get_double().value_unsafe();
      if (!std::isfinite(v) || (v == 0 && std::signbit(v))) return false;
      out = v;
      return true;
    }
    case element_type::BOOL: out = value.get_bool().value_unsafe(); return true;
    case element_type::NULL_VALUE: out = nullptr; return true;
  }
  return false;
}

// nlohmann reads the integer -0 as signed, simdjson as a plain 0: leave such documents
// (or any text with "-0" not followed by more of a number) to the guarded parser.
bool has_negative_zero_integer(std::string_view text) {
  for (auto at = text.find("-0"); at != std::string_view::npos; at = text.find("-0", at + 2)) {
    const char next = at + 2 < text.size() ? text[at + 2] : ' ';
    if (next != '.' && next != 'e' && next != 'E' && (next < '0' || next > '9')) return true;
  }
  return false;
}

std::optional<json> parse_fast(std::string_view text, const JsonLimits& limits) {
  if (has_negative_zero_integer(text)) return std::nullopt;
  thread_local simdjson::dom::parser parser;  // keeps its buffers from one document to the next
  const simdjson::padded_string padded(text.data(), text.size());
  simdjson::dom::element root;
  if (parser.parse(padded).get(root) != simdjson::SUCCESS) return std::nullopt;
  json out;
  if (!copy_value(root, out, 0, limits)) return std::nullopt;
  return out;
}

// The size limit, checked before either parser runs.
void check_size(std::string_view text, const std::string& name, const JsonLimits& limits) {
  if (text.size() > limits.max_bytes) {
    throw DataError(
        {fmt::format("{}: input of {} bytes exceeds the limit of {} bytes", name, text.size(), limits.max_bytes)});
  }
}

}  // namespace

json parse_json(std::string_view text, const std::string& name, const JsonLimits& limits) {
  check_size(text, name, limits);
  if (auto fast = parse_fast(text, limits)) return std::move(*fast);
  return parse_json_guarded(text, name, limits);
}

json parse_json_guarded(std::string_view text, const std::string& name, const JsonLimits& limits) {
  check_size(text, name, limits);
  json root;
  GuardedSax sax(root, limits);
  const bool ok = json::sax_parse(text.begin(), text.end(), &sax, json::input_format_t::json, true, false);
  if (ok) return root;
  if (!sax.syntax_error().empty())
    throw DataError({format_syntax_error(name, sax.syntax_error(), text, sax.error_position())});
  const std::string where = sax.structure_pointer().empty() ? "" : sax.structure_pointer() + ": ";
  throw DataError({fmt::format("{}: {}{}", name, where, sax.structure_error())});
}

}  // namespace salesaudit::detail
