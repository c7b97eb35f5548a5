// Warnings as stderr lines (docs/report.md, "Warnings on stderr").

#include "report/escape.hpp"

#include <salesaudit/scoring.hpp>

namespace salesaudit {

namespace {

// "where: pointer: warning: message" ("where: warning: message" without a pointer), by
// appends: fmt::format cost more than the rest of the line on the batch path.
void append_joined(std::string& out, std::string_view where, std::string_view pointer, std::string_view message) {
  out.append(where);
  out += ": ";
  if (!pointer.empty()) {
    out.append(pointer);
    out += ": ";
  }
  out += "warning: ";
  out.append(message);
}

}  // namespace

void append_warning_line(std::string& out, std::string_view where, std::string_view warning) {
  // Loading warnings already start with the record's name, then a pointer when they have
  // one: "warning: " goes after those, so the place reads as in an error.
  // Control characters (from a key in the document) are escaped: the line is for a terminal.
  // The escaped text goes to a buffer kept per thread (a batch writes one per warning).
  thread_local std::string text;
  text.clear();
  report::append_escaped_control(text, warning);
  std::string_view rest = text;
  if (rest.size() > where.size() + 2 && rest.substr(0, where.size()) == where && rest.substr(where.size(), 2) == ": ") {
    rest.remove_prefix(where.size() + 2);
    if (!rest.empty() && rest.front() == '/') {
      const auto end = rest.find(": ");
      if (end != std::string_view::npos) return append_joined(out, where, rest.substr(0, end), rest.substr(end + 2));
    }
  }
  append_joined(out, where, {}, rest);
}

void append_warning_lines(std::string& out, std::string_view where, const std::vector<std::string>& warnings) {
  for (const auto& warning : warnings) {
    append_warning_line(out, where, warning);
    out += '\n';
  }
}

std::string warning_line(std::string_view where, std::string_view warning) {
  std::string line;
  append_warning_line(line, where, warning);
  return line;
}

}  // namespace salesaudit
