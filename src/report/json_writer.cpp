#include "report/json_writer.hpp"

#include <salesaudit/text.hpp>

#include <array>
#include <charconv>
#include <cmath>

namespace salesaudit::report {

namespace {

using ordered = nlohmann::ordered_json;

// Appends `text` as a JSON string: runs of bytes that need no escape are appended whole.
void append_string(std::string& out, std::string_view text) {
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

void append_indent(std::string& out, std::size_t spaces) {
  out.append(spaces, ' ');
}

// False when a string or key is not valid UTF-8: the caller leaves those to nlohmann.
bool append_value(std::string& out, const ordered& value, std::size_t indent) {
  switch (value.type()) {
    case ordered::value_t::object: {
      if (value.empty()) {
        out += "{}";
        return true;
      }
      out += "{\n";
      bool first = true;
      for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first) out += ",\n";
        first = false;
        if (text::first_invalid_utf8(it.key()) != std::string::npos) return false;
        append_indent(out, indent + 2);
        append_string(out, it.key());
        out += ": ";
        if (!append_value(out, it.value(), indent + 2)) return false;
      }
      out += '\n';
      append_indent(out, indent);
      out += '}';
      return true;
    }
    case ordered::value_t::array: {
      if (value.empty()) {
        out += "[]";
        return true;
      }
      out += "[\n";
      bool first = true;
      for (const auto& item : value) {
        if (!first) out += ",\n";
        first = false;
        append_indent(out, indent + 2);
        if (!append_value(out, item, indent + 2)) return false;
      }
      out += '\n';
      append_indent(out, indent);
      out += ']';
      return true;
    }
    case ordered::value_t::string: {
      const auto& s = value.get_ref<const std::string&>();
      if (text::first_invalid_utf8(s) != std::string::npos) return false;
      append_string(out, s);
      return true;
    }
    case ordered::value_t::boolean: out += value.get<bool>() ? "true" : "false"; return true;
    case ordered::value_t::number_integer:
    case ordered::value_t::number_unsigned: {
      std::array<char, 24> digits{};
      const auto end = value.is_number_unsigned()
                           ? std::to_chars(digits.data(), digits.data() + digits.size(), value.get<std::uint64_t>()).ptr
                           : std::to_chars(digits.data(), digits.data() + digits.size(), value.get<std::int64_t>()).ptr;
      out.append(digits.data(), end);
      return true;
    }
    case ordered::value_t::number_float: {
      const double v = value.get<double>();
      if (!std::isfinite(v)) {
        out += "null";
        return true;
      }
      // nlohmann's own shortest round-trip formatting, so the digits are its digits.
      std::array<char, 64> digits{};
      const char* end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), v);
      out.append(digits.data(), static_cast<std::size_t>(end - digits.data()));
      return true;
    }
    case ordered::value_t::null: out += "null"; return true;
    case ordered::value_t::discarded:
    case ordered::value_t::binary: return false;  // never in a report; nlohmann's own forms
  }
  return false;
}

}  // namespace

std::string dump_json(const ordered& doc) {
  std::string out;
  out.reserve(16384);
  if (append_value(out, doc, 0)) return out;
  return doc.dump(2, ' ', false, ordered::error_handler_t::replace);
}

}  // namespace salesaudit::report
