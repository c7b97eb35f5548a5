#include "load/json_document.hpp"

#include <salesaudit/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

namespace salesaudit::detail {

using nlohmann::json;

std::string pointer_token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

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
      pointer += "/" + pointer_token(frame.key);
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

}  // namespace

json parse_json(std::string_view text, const std::string& name, const JsonLimits& limits) {
  if (text.size() > limits.max_bytes) {
    throw DataError(
        {fmt::format("{}: input of {} bytes exceeds the limit of {} bytes", name, text.size(), limits.max_bytes)});
  }
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
