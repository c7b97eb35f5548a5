// Warnings as stderr lines (docs/report.md, "Warnings on stderr").

#include "report/escape.hpp"

#include <salesaudit/scoring.hpp>

#include <fmt/format.h>

namespace salesaudit {

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
      if (end != std::string_view::npos)
        return fmt::format("{}: {}: warning: {}", where, rest.substr(0, end), rest.substr(end + 2));
    }
  }
  return fmt::format("{}: warning: {}", where, rest);
}

}  // namespace salesaudit
