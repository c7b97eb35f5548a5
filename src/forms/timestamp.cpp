#include "forms/timestamp.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstdint>

namespace salesaudit::forms {

namespace {

// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::string format_utc(std::int64_t seconds) {
  std::int64_t days = seconds / 86400;
  std::int64_t rest = seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  // civil_from_days
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", y, m, d, rest / 3600, rest / 60 % 60, rest % 60);
}

// A cursor over the text reading the pieces of a date.
struct Scan {
  std::string_view s;
  std::size_t i = 0;
  bool number(unsigned& out, std::size_t min_digits, std::size_t max_digits) {
    std::size_t j = i;
    unsigned v = 0;
    while (j < s.size() && j - i < max_digits && s[j] >= '0' && s[j] <= '9')
      v = v * 10 + static_cast<unsigned>(s[j++] - '0');
    if (j - i < min_digits) return false;
    out = v;
    i = j;
    return true;
  }
  bool literal(char c) {
    if (i < s.size() && s[i] == c) {
      ++i;
      return true;
    }
    return false;
  }
  void spaces() {
    while (i < s.size() && s[i] == ' ') ++i;
  }
  bool done() const { return i == s.size(); }
};

bool valid(unsigned y, unsigned mo, unsigned d, unsigned h, unsigned mi, unsigned se) {
  return y >= 1900 && y <= 9999 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && se <= 60;
}

// "h:mm[:ss][ AM|PM]" into hours, minutes, seconds.
bool clock(Scan& sc, unsigned& h, unsigned& mi, unsigned& se) {
  se = 0;
  if (!sc.number(h, 1, 2) || !sc.literal(':') || !sc.number(mi, 2, 2)) return false;
  if (sc.literal(':') && !sc.number(se, 2, 2)) return false;
  if (sc.literal('.')) {  // fractions of a second are dropped
    unsigned ignored = 0;
    sc.number(ignored, 1, 9);
  }
  const std::size_t before = sc.i;
  sc.spaces();
  const auto rest = sc.s.substr(sc.i);
  const bool am = rest.substr(0, 2) == "AM" || rest.substr(0, 2) == "am";
  const bool pm = rest.substr(0, 2) == "PM" || rest.substr(0, 2) == "pm";
  if (am || pm) {
    if (h < 1 || h > 12) return false;
    h = (h % 12) + (pm ? 12 : 0);
    sc.i += 2;
  } else {
    sc.i = before;
  }
  return true;
}

}  // namespace

std::optional<int> zone_offset(std::string_view zone) {
  if (zone.empty() || zone == "Z" || zone == "UTC" || zone == "GMT" || zone == "Etc/UTC") return 0;
  Scan sc{zone};
  const bool minus = sc.literal('-');
  if (!minus && !sc.literal('+')) return std::nullopt;
  unsigned h = 0;
  unsigned m = 0;
  if (!sc.number(h, 1, 2)) return std::nullopt;
  if (sc.literal(':') && !sc.number(m, 2, 2)) return std::nullopt;
  if (!sc.done() || h > 14 || m > 59) return std::nullopt;
  const int total = static_cast<int>(h * 60 + m);
  return minus ? -total : total;
}

std::optional<std::string> to_utc(std::string_view text, int offset_minutes) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  if (text.empty()) return std::nullopt;
  unsigned y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
  Scan sc{text};
  unsigned first = 0;
  if (!sc.number(first, 1, 5)) return std::nullopt;
  if (sc.done() || sc.s[sc.i] == '.') {
    // An Excel serial: days since 1899-12-30 (1900 date system, its leap-year bug included).
    double serial = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), serial);
    if (ec != std::errc() || end != text.data() + text.size() || serial < 1 || serial > 2958465) return std::nullopt;
    const auto total = static_cast<std::int64_t>(std::llround(serial * 86400.0));
    const std::int64_t epoch = days_from_civil(1899, 12, 30) * 86400;
    return format_utc(epoch + total - std::int64_t{offset_minutes} * 60);
  }
  if (sc.literal('/')) {
    unsigned second = 0;
    unsigned third = 0;
    if (!sc.number(second, 1, 2) || !sc.literal('/') || !sc.number(third, 1, 4)) return std::nullopt;
    if (first >= 1000) {  // YYYY/MM/DD (Google Forms)
      y = first, mo = second, d = third;
    } else {  // M/D/YYYY (US locale: Sheets, SurveyMonkey)
      mo = first, d = second, y = third < 100 ? third + 2000 : third;
    }
  } else if (sc.literal('-')) {
    if (!sc.number(mo, 2, 2) || !sc.literal('-') || !sc.number(d, 2, 2)) return std::nullopt;
    y = first;
  } else {
    return std::nullopt;
  }
  if (!sc.literal(' ') && !sc.literal('T')) return std::nullopt;
  sc.spaces();
  if (!clock(sc, h, mi, se)) return std::nullopt;
  sc.spaces();
  int offset = offset_minutes;
  if (!sc.done()) {
    auto rest = sc.s.substr(sc.i);
    if (rest.substr(0, 3) == "GMT" || rest.substr(0, 3) == "UTC") rest.remove_prefix(3);
    auto zone = zone_offset(rest);
    if (!zone) return std::nullopt;
    offset = *zone;
  }
  if (!valid(y, mo, d, h, mi, se)) return std::nullopt;
  const std::int64_t local = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
  return format_utc(local - std::int64_t{offset} * 60);
}

}  // namespace salesaudit::forms
