// The parse-only floor for the batch benchmark: reads an NDJSON file and parses every
// line with simdjson On Demand (one thread), reading every value of every record's
// "answers" object (numbers, strings, booleans, array items) and nothing else. Prints
// the count and a checksum of what it read, so the compiler cannot skip the reads.

#include <simdjson.h>

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace {

using namespace simdjson;

// Touches one answer value; false on a parse error.
bool touch(ondemand::value value, std::uint64_t& sum) {
  ondemand::json_type type;
  if (value.type().get(type)) return false;
  switch (type) {
    case ondemand::json_type::number: {
      double d;
      if (value.get_double().get(d)) return false;
      sum += static_cast<std::uint64_t>(d);
      return true;
    }
    case ondemand::json_type::string: {
      std::string_view s;
      if (value.get_string().get(s)) return false;
      sum += s.size();
      return true;
    }
    case ondemand::json_type::boolean: {
      bool b;
      if (value.get_bool().get(b)) return false;
      sum += b ? 1 : 0;
      return true;
    }
    case ondemand::json_type::array: {
      ondemand::array array;
      if (value.get_array().get(array)) return false;
      for (auto item : array) {
        std::string_view s;
        if (item.get_string().get(s)) return false;
        sum += s.size();
      }
      return true;
    }
    case ondemand::json_type::null: return !value.is_null().error();
    default: return false;
  }
}

bool record(ondemand::parser& parser, const char* p, std::size_t size, std::size_t capacity, std::uint64_t& sum) {
  ondemand::document doc;
  if (parser.iterate(p, size, capacity).get(doc)) return false;
  ondemand::object top;
  if (doc.get_object().get(top)) return false;
  for (auto field : top) {
    std::string_view key;
    if (field.unescaped_key().get(key)) return false;
    if (key != "answers") continue;  // skipped values are still scanned for structure
    ondemand::object answers;
    if (field.value().get_object().get(answers)) return false;
    for (auto answer : answers) {
      std::string_view id;
      if (answer.unescaped_key().get(id)) return false;
      sum += id.size();
      if (!touch(answer.value(), sum)) return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: parse_floor FILE.ndjson\n");
    return 2;
  }
  padded_string text;
  if (padded_string::load(argv[1]).get(text)) {
    std::fprintf(stderr, "%s: cannot read\n", argv[1]);
    return 66;
  }
  ondemand::parser parser;
  const char* p = text.data();
  const char* const end = p + text.size();
  std::size_t documents = 0;
  std::size_t errors = 0;
  std::uint64_t sum = 0;
  while (p < end) {
    const auto* newline = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    const char* stop = newline != nullptr ? newline : end;
    if (stop > p) {
      // The rest of the file plus its padding follows the line, so no copy is needed.
      const auto size = static_cast<std::size_t>(stop - p);
      const auto capacity = static_cast<std::size_t>(end - p) + SIMDJSON_PADDING;
      if (record(parser, p, size, capacity, sum)) {
        ++documents;
      } else {
        ++errors;
      }
    }
    p = stop + 1;
  }
  std::printf("%zu documents, %zu errors, checksum %llu\n", documents, errors, static_cast<unsigned long long>(sum));
  return errors == 0 ? 0 : 65;
}
