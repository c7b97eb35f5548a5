#include "report/json_writer.hpp"

#include <salesaudit/text.hpp>

#include <array>
#include <charconv>
#include <cmath>

namespace salesaudit::report {

namespace {

using ordered = nlohmann::ordered_json;

// Appends `text` as a JSON string: runs of bytes that need no escape are appended whole.
// Text that is not valid UTF-8 goes to nlohmann, for its U+FFFD replacements.
void append_string(std::string& out, std::string_view text) {
  if (text::first_invalid_utf8(text) != std::string::npos) {
    out += ordered(std::string(text)).dump(-1, ' ', false, ordered::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out.append(escaped, sizeof escaped);
      }
    }
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
}

}  // namespace

// Inside an array each value starts a line; after a key it follows ": ".
void JsonStream::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  out_ += level.empty ? "\n" : ",\n";
  level.empty = false;
  out_.append(levels_.size() * 2, ' ');
}

JsonStream& JsonStream::open(char bracket, bool object) {
  before_value();
  out_ += bracket;
  levels_.push_back(Level{object, true});
  return *this;
}

// An empty container stays on one line: {} and [].
JsonStream& JsonStream::close(char bracket) {
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) {
    out_ += '\n';
    out_.append(levels_.size() * 2, ' ');
  }
  out_ += bracket;
  return *this;
}

JsonStream& JsonStream::key(std::string_view name) {
  Level& level = levels_.back();
  out_ += level.empty ? "\n" : ",\n";
  level.empty = false;
  out_.append(levels_.size() * 2, ' ');
  append_string(out_, name);
  out_ += ": ";
  after_key_ = true;
  return *this;
}

JsonStream& JsonStream::string(std::string_view text) {
  before_value();
  append_string(out_, text);
  return *this;
}

JsonStream& JsonStream::number(double value) {
  before_value();
  if (!std::isfinite(value)) {
    out_ += "null";
    return *this;
  }
  // nlohmann's own shortest round-trip formatting, so the digits are its digits.
  std::array<char, 64> digits{};
  const char* end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), value);
  out_.append(digits.data(), static_cast<std::size_t>(end - digits.data()));
  return *this;
}

JsonStream& JsonStream::signed_integer(std::int64_t value) {
  before_value();
  std::array<char, 24> digits{};
  out_.append(digits.data(), std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr);
  return *this;
}

JsonStream& JsonStream::unsigned_integer(std::uint64_t value) {
  before_value();
  std::array<char, 24> digits{};
  out_.append(digits.data(), std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr);
  return *this;
}

JsonStream& JsonStream::boolean(bool value) {
  before_value();
  out_ += value ? "true" : "false";
  return *this;
}

JsonStream& JsonStream::null() {
  before_value();
  out_ += "null";
  return *this;
}

JsonStream& JsonStream::value(const ordered& value) {
  switch (value.type()) {
    case ordered::value_t::object:
      begin_object();
      for (auto it = value.begin(); it != value.end(); ++it) {
        key(it.key());
        this->value(it.value());
      }
      return end_object();
    case ordered::value_t::array:
      begin_array();
      for (const auto& item : value) this->value(item);
      return end_array();
    case ordered::value_t::string: return string(value.get_ref<const std::string&>());
    case ordered::value_t::boolean: return boolean(value.get<bool>());
    case ordered::value_t::number_integer: return signed_integer(value.get<std::int64_t>());
    case ordered::value_t::number_unsigned: return unsigned_integer(value.get<std::uint64_t>());
    case ordered::value_t::number_float: return number(value.get<double>());
    case ordered::value_t::null: break;
    case ordered::value_t::discarded:
    case ordered::value_t::binary:  // never in a report: nlohmann's own text, on one line
      before_value();
      out_ += value.dump();
      return *this;
  }
  return null();
}

std::string dump_json(const ordered& doc) {
  std::string out;
  out.reserve(16384);
  JsonStream(out).value(doc);
  return out;
}

}  // namespace salesaudit::report
