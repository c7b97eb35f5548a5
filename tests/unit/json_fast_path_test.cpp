// parse_json takes a simdjson fast path for valid documents and falls back to the
// guarded nlohmann parser; both must give the same value (down to the kind of number,
// which the canonical SHA-256 depends on) or the same error message.

#include "load/json_document.hpp"

#include <salesaudit/error.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace salesaudit::detail {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The same value with the same kind at every node (1 and 1.0 compare equal in json).
bool same_kinds(const json& a, const json& b) {
  if (a.type() != b.type()) return false;
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto it = a.begin(); it != a.end(); ++it) {
      if (!b.contains(it.key()) || !same_kinds(it.value(), b.at(it.key()))) return false;
    }
  }
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!same_kinds(a[i], b[i])) return false;
    }
  }
  return true;
}

std::string outcome(const std::function<json()>& parse) {
  try {
    const json value = parse();
    return "ok " + value.dump();
  } catch (const DataError& e) {
    std::string out = "error";
    for (const auto& d : e.diagnostics()) out += " | " + d;
    return out;
  }
}

void expect_same(const std::string& text, const JsonLimits& limits = {}) {
  const std::string fast = outcome([&] { return parse_json(text, "doc.json", limits); });
  const std::string guarded = outcome([&] { return parse_json_guarded(text, "doc.json", limits); });
  ASSERT_EQ(fast, guarded) << text.substr(0, 200);
  if (fast.rfind("ok", 0) == 0) {
    EXPECT_TRUE(same_kinds(parse_json(text, "doc.json", limits), parse_json_guarded(text, "doc.json", limits)))
        << text.substr(0, 200);
  }
}

TEST(JsonFastPath, NumberKinds) {
  for (const char* text : {"0",
                           "-0",
                           "7",
                           "-7",
                           "1.0",
                           "-0.0",
                           "0.0",
                           "1e2",
                           "1E-2",
                           "2.5e+3",
                           "9223372036854775807",
                           "9223372036854775808",
                           "18446744073709551615",
                           "18446744073709551616",
                           "-9223372036854775808",
                           "-9223372036854775809",
                           "123456789012345678901234567890",
                           "1e400",
                           "-1e400",
                           "4.9e-324",
                           "0.1",
                           "[1, -1, 1.5, -1.5]"}) {
    expect_same(text);
  }
}

TEST(JsonFastPath, GuardedErrors) {
  for (const char* text : {"",
                           " ",
                           "{",
                           "}",
                           "[1,]",
                           "{\"a\":1,}",
                           "{\"a\":1} x",
                           "{\"a\":1,\"a\":2}",
                           "{\"a\":{\"b\":1,\"b\":1}}",
                           "[\"\\ud800\"]",
                           "[\"\\udc00x\"]",
                           "\"\xff\"",
                           "\"\xc3\"",
                           "\"a\tb\"",
                           "\xEF\xBB\xBF{\"a\":1}",
                           "{'a':1}",
                           "[01]",
                           "[1.]",
                           "[.5]",
                           "[+1]",
                           "nul",
                           "[true false]",
                           "{\"a\" 1}",
                           "\"\\x\"",
                           "[1e]",
                           "/* c */ 1"}) {
    expect_same(text);
  }
}

TEST(JsonFastPath, SameLimitMessages) {
  JsonLimits limits;
  limits.max_depth = 4;
  limits.max_string_bytes = 8;
  expect_same("[[[[1]]]]", limits);
  expect_same("[[[[[1]]]]]", limits);
  expect_same("{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}", limits);
  expect_same("[\"12345678\"]", limits);
  expect_same("[\"123456789\"]", limits);
  expect_same(std::string(200, '[') + std::string(200, ']'));  // past the default depth
}

TEST(JsonFastPath, BundledSame) {
  std::size_t files = 0;
  for (const char* dir : {"questionnaires", "examples", "schemas", "tests/e2e/data"}) {
    const fs::path root = fs::path(SALESAUDIT_SOURCE_DIR) / dir;
    if (!fs::exists(root)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      expect_same(text.str());
      ++files;
    }
  }
  EXPECT_GT(files, 20u);
}

// Random documents, some of them damaged by a flipped or dropped byte.
TEST(JsonFastPath, RandomSame) {
  std::mt19937 rng(17);
  auto pick = [&](unsigned n) { return static_cast<unsigned>(rng() % n); };
  std::function<std::string(int)> value = [&](int depth) -> std::string {
    switch (depth > 3 ? pick(5) : pick(7)) {
      case 0: return std::to_string(static_cast<int>(pick(2000)) - 1000);
      case 1:
        return std::to_string(static_cast<int>(pick(2000)) - 1000) + "." + std::to_string(pick(100)) + "e" +
               std::to_string(static_cast<int>(pick(40)) - 20);
      case 2: {
        const char* strings[] = {"\"a\"", "\"\\u00e9\\n\"", "\"\xc3\xa9\"", "\"\"", "\"\\ud83d\\ude00\"", "\"x\\\"y\""};
        return strings[pick(6)];
      }
      case 3: return pick(2) ? "true" : "false";
      case 4: return "null";
      case 5: {
        std::string out = "[";
        for (unsigned i = 0, n = pick(4); i < n; ++i) out += (i ? "," : "") + value(depth + 1);
        return out + "]";
      }
      default: {
        std::string out = "{";
        for (unsigned i = 0, n = pick(4); i < n; ++i) {
          out += (i ? "," : "") + std::string("\"k") + std::to_string(pick(5)) + "\": " + value(depth + 1);
        }
        return out + "}";
      }
    }
  };
  for (int i = 0; i < 3000; ++i) {
    std::string text = value(0);
    if (i % 3 == 1 && !text.empty()) text[pick(static_cast<unsigned>(text.size()))] = "{}[],:\"\\x\xff"[pick(11)];
    if (i % 3 == 2 && text.size() > 1) text.erase(pick(static_cast<unsigned>(text.size())), 1);
    expect_same(text);
    if (::testing::Test::HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace salesaudit::detail
