#include <salesaudit/value.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace salesaudit {

std::optional<long long> as_integer(double value) {
  if (value == std::floor(value) && std::fabs(value) < 9.0e15) return static_cast<long long>(value);
  return std::nullopt;
}

bool values_equal(const Value& a, const Value& b) {
  if (a.index() != b.index()) return false;
  if (const auto* la = std::get_if<std::vector<std::string>>(&a)) {
    auto x = *la;
    auto y = std::get<std::vector<std::string>>(b);
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    return x == y;
  }
  return a == b;
}

namespace {
std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}
}  // namespace

std::string to_display(const Value& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, bool>) {
          return v ? "true" : "false";
        } else if constexpr (std::is_same_v<T, double>) {
          return fmt::format("{}", v);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return quote(v);
        } else {
          std::string out = "[";
          for (std::size_t i = 0; i < v.size(); ++i) {
            if (i != 0) out += ',';
            out += quote(v[i]);
          }
          return out + "]";
        }
      },
      value);
}

}  // namespace salesaudit
