// dump_json writes exactly what nlohmann's dump(2, ' ', false, replace) writes.
#include "report/json_writer.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <limits>
#include <random>
#include <string>

namespace salesaudit::report {
namespace {

using ordered = nlohmann::ordered_json;

std::string nlohmann_dump(const ordered& doc) {
  return doc.dump(2, ' ', false, ordered::error_handler_t::replace);
}

// Strings of every kind of byte: controls, quotes, backslashes, DEL, multi-byte UTF-8,
// and (when `invalid` is set) sequences that are not UTF-8.
std::string random_string(std::mt19937_64& rng, bool invalid) {
  static const std::string pieces[] = {
      "a",  "Z",  " ",  "\"", "\\", "/",    "\x7f", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
      "\t", "\n", "\r", "\b", "\f", "\x01", "\x1f", "\x00"};
  static const std::string bad[] = {"\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80"};
  std::string out;
  const auto n = rng() % 12;
  for (std::size_t i = 0; i < n; ++i) {
    if (invalid && rng() % 6 == 0) {
      out += bad[rng() % std::size(bad)];
    } else {
      const auto& piece = pieces[rng() % std::size(pieces)];
      out.append(piece.data(), piece == std::string("\x00", 1) ? 1 : piece.size());
    }
  }
  return out;
}

double random_double(std::mt19937_64& rng) {
  switch (rng() % 5) {
    case 0: return static_cast<double>(static_cast<std::int64_t>(rng() % 2001) - 1000) / 100.0;  // report figures
    case 1: return std::bit_cast<double>(rng());  // any bit pattern, NaN and infinities included
    case 2: return static_cast<double>(rng() % 100);
    case 3: return -0.0;
    default: return std::numeric_limits<double>::denorm_min() * static_cast<double>(rng() % 7);
  }
}

ordered random_value(std::mt19937_64& rng, int depth, bool invalid) {
  const auto kind = depth >= 4 ? rng() % 6 : rng() % 8;
  switch (kind) {
    case 0: return nullptr;
    case 1: return rng() % 2 == 0;
    case 2: return static_cast<std::int64_t>(rng());
    case 3: return static_cast<std::uint64_t>(rng());
    case 4: return random_double(rng);
    case 5: return random_string(rng, invalid);
    case 6: {
      ordered object = ordered::object();
      const auto n = rng() % 5;
      for (std::size_t i = 0; i < n; ++i) object[random_string(rng, invalid)] = random_value(rng, depth + 1, invalid);
      return object;
    }
    default: {
      ordered array = ordered::array();
      const auto n = rng() % 5;
      for (std::size_t i = 0; i < n; ++i) array.push_back(random_value(rng, depth + 1, invalid));
      return array;
    }
  }
}

TEST(JsonWriter, MatchesNlohmannOnRandom) {
  std::mt19937_64 rng(20261201);
  for (int i = 0; i < 5000; ++i) {
    const ordered doc = random_value(rng, 0, i % 4 == 3);
    ASSERT_EQ(dump_json(doc), nlohmann_dump(doc)) << "document " << i;
  }
}

TEST(JsonWriter, EscapesLikeNlohmann) {
  const ordered doc = {{"k\"\\\n", std::string("\x00\x01\x1f\x7f", 4)}, {"e", "\xc3\xa9"}, {"bad", "a\xff"}};
  EXPECT_EQ(dump_json(doc), nlohmann_dump(doc));
  EXPECT_EQ(dump_json(ordered::object()), "{}");
  EXPECT_EQ(dump_json(ordered::array()), "[]");
  EXPECT_EQ(dump_json(ordered(2.5)), "2.5");
  EXPECT_EQ(dump_json(ordered(3.0)), "3.0");
}

// Written call by call (as the JSON report is), the same bytes as the DOM's dump.
TEST(JsonWriter, StreamCallsMatchDom) {
  std::string out;
  JsonStream json(out);
  json.begin_object();
  json.key("empty object").begin_object().end_object();
  json.key("empty array").begin_array().end_array();
  json.key("list").begin_array().number(1).number(-2).number(std::size_t{3}).number(0.25).null().boolean(false);
  json.begin_object().key("bad \xff").string("x\ny").end_object().begin_array().end_array().end_array();
  json.key("nested").begin_object().key("a").begin_array().string("\xc3\xa9").end_array().end_object();
  json.key("dom").value(ordered{{"z", 1}, {"y", ordered::array()}});
  json.end_object();
  const ordered doc = {{"empty object", ordered::object()},
                       {"empty array", ordered::array()},
                       {"list", {1, -2, 3u, 0.25, nullptr, false, {{"bad \xff", "x\ny"}}, ordered::array()}},
                       {"nested", {{"a", {"\xc3\xa9"}}}},
                       {"dom", {{"z", 1}, {"y", ordered::array()}}}};
  EXPECT_EQ(out, nlohmann_dump(doc));
}

}  // namespace
}  // namespace salesaudit::report
