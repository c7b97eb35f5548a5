#pragma once
// Writes JSON exactly as nlohmann's dump(2, ' ', false, replace) does, at the speed of
// appending its bytes: the serializer walks strings one byte at a time through a UTF-8
// decoder, and a report's dump cost more than building it. JsonStream writes a document
// without building one (the JSON report); dump_json writes a DOM through it.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace salesaudit::report {

// Indented by 2 spaces, not ASCII-escaped; a string or key that is not valid UTF-8 has its
// bad bytes replaced by U+FFFD, as nlohmann's "replace" handler does. Calls must make a
// well-formed document (a key before each value in an object).
class JsonStream {
 public:
  explicit JsonStream(std::string& out) : out_(out) {}

  JsonStream& begin_object() { return open('{', true); }
  JsonStream& end_object() { return close('}'); }
  JsonStream& begin_array() { return open('[', false); }
  JsonStream& end_array() { return close(']'); }
  JsonStream& key(std::string_view name);

  JsonStream& string(std::string_view text);
  JsonStream& number(double value);  // nlohmann's shortest digits; null when not finite
  template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  JsonStream& number(T value) {
    if constexpr (std::is_signed_v<T>) {
      return signed_integer(static_cast<std::int64_t>(value));
    } else {
      return unsigned_integer(static_cast<std::uint64_t>(value));
    }
  }
  JsonStream& boolean(bool value);
  JsonStream& null();
  JsonStream& value(const nlohmann::ordered_json& value);

 private:
  JsonStream& open(char bracket, bool object);
  JsonStream& close(char bracket);
  JsonStream& signed_integer(std::int64_t value);
  JsonStream& unsigned_integer(std::uint64_t value);
  void before_value();

  struct Level {
    bool object = false;
    bool empty = true;
  };
  std::string& out_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

[[nodiscard]] std::string dump_json(const nlohmann::ordered_json& doc);

}  // namespace salesaudit::report
