// Writes C++ that builds each built-in questionnaire's model without parsing its JSON.
// A one-file run spent a third of its instructions parsing, checking and freeing the
// built-in it scores against (docs/performance.md, "Start-up"); the build now does that
// once. Every document is loaded here by the same loader as at run time, so an invalid
// built-in fails the build with the loader's messages, and the code written is the model
// that load gave (tests/unit/registry_precompiled_test.cpp compares the two).
//
// Usage: precompile_questionnaires OUTPUT DIR FILE...
//   FILE: a path under DIR, "<id>/<version>.json"; translations are skipped.

#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/questionnaire.hpp>
#include <salesaudit/translation.hpp>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace salesaudit;

// A field added to the model must be written here too: these fail to compile until the
// writer below (and the comparison in the test) are taught about it.
static_assert(sizeof(Question) == 472, "Question changed: update write_question and the test's comparison");
static_assert(sizeof(Condition) == 144, "Condition changed: update write_condition");
static_assert(sizeof(Questionnaire) == 440, "Questionnaire changed: update write_questionnaire");

// A C++ string literal of any bytes: octal escapes (at most three digits, so the next
// character can never extend them) for everything but printable ASCII.
std::string literal(std::string_view text) {
  std::string out = "\"";
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c >= 0x20 && c < 0x7f && c != '?') {  // '?': no trigraph can ever form
      out += ch;
    } else {
      char buf[5];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    }
  }
  return out + "\"";
}

// The shortest text that reads back as the same double, always with a '.' or an
// exponent so it is a double literal.
std::string number(double v) {
  char buf[64];
  const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  std::string out(buf, end);
  if (out.find_first_of(".e") == std::string::npos) out += ".0";
  return out;
}

std::string optional_number(const std::optional<double>& v) {
  return v ? "std::optional<double>(" + number(*v) + ")" : "std::nullopt";
}

std::string optional_index(const std::optional<std::size_t>& v) {
  return v ? "std::optional<std::size_t>(" + std::to_string(*v) + ")" : "std::nullopt";
}

std::string strings(const std::vector<std::string>& list) {
  std::string out = "std::vector<std::string>{";
  for (std::size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + literal(list[i]);
  return out + "}";
}

std::string value(const Value& v) {
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "Value(true)" : "Value(false)";
  if (const auto* d = std::get_if<double>(&v)) return "Value(" + number(*d) + ")";
  if (const auto* s = std::get_if<std::string>(&v)) return "Value(std::string(" + literal(*s) + "))";
  return "Value(" + strings(std::get<std::vector<std::string>>(v)) + ")";
}

std::string values(const std::vector<Value>& list) {
  std::string out = "std::vector<Value>{";
  for (std::size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + value(list[i]);
  return out + "}";
}

const char* op_name(Condition::Op op) {
  switch (op) {
    case Condition::Op::equals: return "equals";
    case Condition::Op::not_equals: return "not_equals";
    case Condition::Op::in: return "in";
    case Condition::Op::at_least: return "at_least";
    case Condition::Op::at_most: return "at_most";
    case Condition::Op::all: return "all";
    case Condition::Op::any: return "any";
  }
  return "equals";
}

std::string write_condition(const Condition& c) {
  std::string children = "std::vector<Condition>{";
  for (std::size_t i = 0; i < c.children.size(); ++i) children += (i ? ", " : "") + write_condition(c.children[i]);
  children += "}";
  return "condition(Condition::Op::" + std::string(op_name(c.op)) + ", " + literal(c.question_id) + ", " +
         std::to_string(c.question) + ", " + value(c.value) + ", " + values(c.values) + ", " + number(c.number) + ", " +
         children + ")";
}

void write_question(std::ostream& out, const Question& q) {
  out << "  {\n    Question& x = q.questions.emplace_back();\n";
  out << "    x.id = " << literal(q.id) << ";\n";
  out << "    x.type = QuestionType::" << to_string(q.type) << ";\n";
  out << "    x.text = " << literal(q.text) << ";\n";
  if (!q.help.empty()) out << "    x.help = " << literal(q.help) << ";\n";
  out << "    x.dimension = " << optional_index(q.dimension) << ";\n";
  out << "    x.weight = " << number(q.weight) << ";\n";
  out << "    x.required = " << (q.required ? "true" : "false") << ";\n";
  out << "    x.allow_na = " << (q.allow_na ? "true" : "false") << ";\n";
  if (q.enable_when) out << "    x.enable_when = " << write_condition(*q.enable_when) << ";\n";
  out << "    x.recommendation = " << optional_index(q.recommendation) << ";\n";
  out << "    x.points = " << q.points << ";\n";
  if (!q.labels.empty()) out << "    x.labels = " << strings(q.labels) << ";\n";
  out << "    x.reverse = " << (q.reverse ? "true" : "false") << ";\n";
  for (const auto& o : q.options) {
    out << "    x.options.push_back(Option{" << literal(o.value) << ", " << literal(o.label) << ", " << number(o.score)
        << "});\n";
  }
  out << "    x.yes_score = " << number(q.yes_score) << ";\n";
  out << "    x.no_score = " << number(q.no_score) << ";\n";
  out << "    x.min = " << optional_number(q.min) << ";\n";
  out << "    x.max = " << optional_number(q.max) << ";\n";
  if (!q.unit.empty()) out << "    x.unit = " << literal(q.unit) << ";\n";
  for (const auto& b : q.score_bands) {
    out << "    x.score_bands.push_back(ScoreBand{" << optional_number(b.max) << ", " << number(b.score) << "});\n";
  }
  out << "  }\n";
}

void write_questionnaire(std::ostream& out, const Questionnaire& q, std::size_t index) {
  out << "Questionnaire build_" << index << "() {\n  Questionnaire q;\n";
  out << "  q.id = " << literal(q.id) << ";\n";
  out << "  q.version = " << literal(q.version) << ";\n";
  out << "  q.title = " << literal(q.title) << ";\n";
  out << "  q.description = " << literal(q.description) << ";\n";
  out << "  q.language = " << literal(q.language) << ";\n";
  out << "  q.min_coverage = " << number(q.min_coverage) << ";\n";
  out << "  q.dimensions.reserve(" << q.dimensions.size() << ");\n";
  for (const auto& d : q.dimensions) {
    out << "  q.dimensions.push_back(Dimension{" << literal(d.id) << ", " << literal(d.title) << ", "
        << literal(d.description) << ", " << number(d.weight) << "});\n";
  }
  out << "  q.bands.reserve(" << q.bands.size() << ");\n";
  for (const auto& b : q.bands) {
    out << "  q.bands.push_back(Band{" << literal(b.id) << ", " << literal(b.label) << ", " << number(b.min) << "});\n";
  }
  if (q.band_cap) out << "  q.band_cap = BandCap{" << q.band_cap->when_band << ", " << q.band_cap->cap << "};\n";
  out << "  q.recommendations.reserve(" << q.recommendations.size() << ");\n";
  for (const auto& r : q.recommendations) {
    out << "  q.recommendations.push_back(Recommendation{" << literal(r.id) << ", " << literal(r.title) << ", "
        << literal(r.action) << ", Effort::" << to_string(r.effort) << "});\n";
  }
  for (const auto& f : q.red_flags) {
    out << "  q.red_flags.push_back(RedFlag{" << literal(f.id) << ", " << write_condition(f.when) << ", "
        << literal(f.message) << "});\n";
  }
  out << "  q.questions.reserve(" << q.questions.size() << ");\n";
  for (const auto& question : q.questions) write_question(out, question);
  for (const auto& m : q.migrations) {
    out << "  {\n    Migration& m = q.migrations.emplace_back();\n    m.from = " << literal(m.from) << ";\n";
    for (const auto& [from, to] : m.rename)
      out << "    m.rename.emplace_back(" << literal(from) << ", " << literal(to) << ");\n";
    if (!m.drop.empty()) out << "    m.drop = " << strings(m.drop) << ";\n";
    for (const auto& [question, pairs] : m.values) {
      out << "    {\n      auto& v = m.values.emplace_back(" << literal(question)
          << ", std::vector<std::pair<std::string, Value>>{}).second;\n";
      for (const auto& [from, to] : pairs)
        out << "      v.emplace_back(" << literal(from) << ", " << value(to) << ");\n";
      out << "    }\n";
    }
    out << "  }\n";
  }
  out << "  q.build_index();\n  return q;\n}\n\n";
}

int run(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: precompile_questionnaires OUTPUT DIR FILE...\n";
    return 64;
  }
  const std::filesystem::path output = argv[1];
  const std::filesystem::path dir = argv[2];
  std::vector<std::string> files(argv + 3, argv + argc);
  std::sort(files.begin(), files.end());

  std::ostringstream out;
  out << "// Generated by tools/precompile_questionnaires.cpp from questionnaires/: do not edit.\n"
         "#include \"cli/precompiled.hpp\"\n\n"
         "namespace salesaudit::cli {\n\nnamespace {\n\n"
         "Condition condition(Condition::Op op, std::string question_id, std::size_t question, Value value,\n"
         "                    std::vector<Value> values, double number, std::vector<Condition> children) {\n"
         "  return Condition{op, std::move(question_id), question, std::move(value), std::move(values), number,\n"
         "                   std::move(children)};\n}\n\n";
  std::vector<std::pair<std::string, std::size_t>> table;  // path, text size
  for (const auto& file : files) {
    if (parse_translation_file_name(std::filesystem::path(file).filename().string())) continue;
    const std::string text = read_input((dir / file).string());
    const Questionnaire q = load_questionnaire(text, file);
    write_questionnaire(out, q, table.size());
    table.emplace_back(file, text.size());
  }
  out << "}  // namespace\n\n"
         "std::span<const PrecompiledQuestionnaire> precompiled_questionnaires() {\n"
         "  static constexpr PrecompiledQuestionnaire kAll[] = {\n";
  for (std::size_t i = 0; i < table.size(); ++i) {
    out << "      {" << literal(table[i].first) << ", " << table[i].second << ", &build_" << i << "},\n";
  }
  if (table.empty()) out << "      {\"\", 0, nullptr},\n";
  out << "  };\n  return std::span<const PrecompiledQuestionnaire>(kAll, " << table.size()
      << ");\n}\n\n}  // namespace salesaudit::cli\n";

  // Rewritten only when it changes, and never left half-written.
  const std::string text = out.str();
  {
    std::ifstream old(output, std::ios::binary);
    std::ostringstream current;
    current << old.rdbuf();
    if (old && current.str() == text) return 0;
  }
  const std::filesystem::path tmp = output.string() + ".tmp";
  {
    std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file.flush()) {
      std::cerr << "precompile_questionnaires: cannot write " << tmp.string() << "\n";
      return 73;
    }
  }
  std::filesystem::rename(tmp, output);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const salesaudit::Error& e) {
    std::cerr << e.what() << "\n";
    return 65;
  } catch (const std::exception& e) {
    std::cerr << "precompile_questionnaires: " << e.what() << "\n";
    return 70;
  }
}
