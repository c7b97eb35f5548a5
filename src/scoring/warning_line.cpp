// Warnings as stderr lines (docs/report.md, "Warnings on stderr").

#include "report/escape.hpp"

#include <salesaudit/scoring.hpp>

#include <fmt/format.h>

namespace salesaudit {

namespace {

// "where: pointer: warning: message" ("where: warning: message" without a pointer), by
// appends: fmt::format cost more than the rest of the line on the batch path.
std::string joined(std::string_view where, std::string_view pointer, std::string_view message) {
  std::string line;
  line.reserve(where.size() + pointer.size() + message.size() + 13);
  line.append(where);
  line += ": ";
  if (!pointer.empty()) {
    line.append(pointer);
    line += ": ";
  }
  line += "warning: ";
  line.append(message);
  return line;
}

}  // namespace

std::string warning_line(std::string_view where, std::string_view warning) {
  // Loading warnings already start with the record's name, then a pointer when they have
  // one: "warning: " goes after those, so the place reads as in an error.
  // Control characters (from a key in the document) are escaped: the line is for a terminal.
  const std::string text = report::escape_control(warning);
  std::string_view rest = text;
  if (rest.size() > where.size() + 2 && rest.substr(0, where.size()) == where && rest.substr(where.size(), 2) == ": ") {
    rest.remove_prefix(where.size() + 2);
    if (!rest.empty() && rest.front() == '/') {
      const auto end = rest.find(": ");
      if (end != std::string_view::npos) return joined(where, rest.substr(0, end), rest.substr(end + 2));
    }
  }
  return joined(where, {}, rest);
}

}  // namespace salesaudit
