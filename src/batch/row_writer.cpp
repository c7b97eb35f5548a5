#include "batch/row_writer.hpp"

#include <salesaudit/rounding.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>

namespace salesaudit::batch {

namespace {

constexpr std::size_t kMaxHeld = 1000;

void append_number(std::string& out, const std::optional<double>& value) {
  if (value) append_score(out, *value);
}

void append_count(std::string& out, std::size_t count) {
  char digits[24];
  out.append(digits, std::to_chars(digits, digits + sizeof digits, count).ptr);
}

std::string joined_errors(const ScoreRow& row) {
  std::string out;
  for (const auto& e : row.errors) out += (out.empty() ? "" : "; ") + e;
  return out;
}

// Length of the valid UTF-8 sequence at s[i], or 0 if invalid.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = 0;
  unsigned min = 0;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  unsigned code = c & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    code = (code << 6) | (cc & 0x3F);
  }
  if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return n;
}

}  // namespace

// A value rounded to hundredths is the double nearest k / 100, whose shortest form is
// k / 100 with at most two decimals, trailing zeros dropped: integer arithmetic is several
// times cheaper than fmt's general algorithm. Anything unusual still goes through fmt.
void append_score(std::string& out, double value) {
  const double v = round2(value);
  constexpr double kLimit = 1e12;  // far inside the 15 exact digits of a double
  if (!(v > -kLimit && v < kLimit)) {
    fmt::format_to(std::back_inserter(out), "{}", v);
    return;
  }
  const long long cents = std::llround(v * 100.0);
  if (static_cast<double>(cents) / 100.0 != v) {  // not the double nearest k / 100
    fmt::format_to(std::back_inserter(out), "{}", v);
    return;
  }
  const unsigned long long magnitude =
      cents < 0 ? 0ULL - static_cast<unsigned long long>(cents) : static_cast<unsigned long long>(cents);
  // Built in a local buffer and appended once (each append to `out` is a call).
  char text[32];
  char* p = text;
  if (cents < 0) *p++ = '-';
  p = std::to_chars(p, text + sizeof text, magnitude / 100).ptr;
  const auto fraction = static_cast<unsigned>(magnitude % 100);
  if (fraction != 0) {
    *p++ = '.';
    *p++ = static_cast<char>('0' + fraction / 10);
    if (fraction % 10 != 0) *p++ = static_cast<char>('0' + fraction % 10);
  }
  out.append(text, p);
}

void append_csv_cell(std::string& out, std::string_view cell) {
  const bool formula = !cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
  bool quote = false;  // a plain loop: find_first_of calls memchr once per character
  for (char c : cell) {
    if (c == ',' || c == '"' || c == '\r' || c == '\n') {
      quote = true;
      break;
    }
  }
  if (!quote && !formula) {
    out.append(cell);  // the common case: nothing to neutralise or escape
    return;
  }
  if (quote) out += '"';
  if (formula) out += '\'';
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  if (quote) out += '"';
}

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      const std::size_t n = utf8_length(text, i);
      if (n == 0) {
        out += "\\ufffd";
        ++i;
      } else {
        out.append(text.substr(i, n));
        i += n;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (u < 0x20) {
          fmt::format_to(std::back_inserter(out), "\\u{:04x}", u);
        } else {
          out += c;
        }
    }
    ++i;
  }
  out += '"';
}

RowWriter::RowWriter(RowFormat format, std::function<std::shared_ptr<const Questionnaire>()> header_fallback)
    : format_(format), header_fallback_(std::move(header_fallback)) {}

void RowWriter::write_header(const Questionnaire* questionnaire, std::string& out) {
  header_written_ = true;
  if (questionnaire != nullptr) {
    for (const auto& d : questionnaire->dimensions) dimension_ids_.push_back(d.id);
  }
  if (format_ != RowFormat::csv) return;
  out += "source,respondent_id,questionnaire,version,overall,band";
  for (const auto& id : dimension_ids_) {
    out += ',';
    append_csv_cell(out, id);
  }
  out += ",red_flags,top_action,status,error\r\n";
}

void RowWriter::write(ScoreRow&& row, std::string& out) {
  if (!header_written_) {
    if (!row.questionnaire && format_ == RowFormat::csv) {
      held_.push_back(std::move(row));
      if (held_.size() < kMaxHeld) return;
      auto fallback = header_fallback_ ? header_fallback_() : nullptr;
      write_header(fallback.get(), out);
    } else {
      write_header(row.questionnaire.get(), out);
    }
    for (auto& held : held_) write_csv(held, out);
    held_.clear();
    if (!row.questionnaire && format_ == RowFormat::csv) return;  // it was the last one held
  }
  if (format_ == RowFormat::csv) {
    if (!row.text.empty() && row.questionnaire) {
      map_columns(row.questionnaire.get());
      if (identity_) {
        out += row.text;
        return;
      }
    }
    write_csv(row, out);
  } else if (!row.text.empty() && row.questionnaire) {
    out += row.text;
  } else {
    write_ndjson(row, out);
  }
}

void RowWriter::format_own(RowFormat format, const ScoreRow& row, std::string& out) {
  if (format == RowFormat::ndjson) {
    write_ndjson(row, out);
    return;
  }
  write_csv_start(row, out);
  const Questionnaire* q = row.questionnaire.get();
  for (std::size_t d = 0; q != nullptr && d < q->dimensions.size(); ++d) {
    out += ',';
    if (d < row.dimensions.size()) append_number(out, row.dimensions[d]);
  }
  write_csv_end(row, out);
}

void RowWriter::finish(std::string& out) {
  if (header_written_) return;
  auto fallback = header_fallback_ ? header_fallback_() : nullptr;
  write_header(fallback.get(), out);
  for (auto& held : held_) write_csv(held, out);
  held_.clear();
}

void RowWriter::map_columns(const Questionnaire* q) {
  if (q == nullptr || q == mapped_) return;
  mapped_ = q;
  mapping_.assign(dimension_ids_.size(), -1);
  for (std::size_t d = 0; d < q->dimensions.size(); ++d) {
    auto it = std::find(dimension_ids_.begin(), dimension_ids_.end(), q->dimensions[d].id);
    if (it != dimension_ids_.end())
      mapping_[static_cast<std::size_t>(it - dimension_ids_.begin())] = static_cast<int>(d);
  }
  identity_ = mapping_.size() == q->dimensions.size();
  for (std::size_t c = 0; identity_ && c < mapping_.size(); ++c) identity_ = mapping_[c] == static_cast<int>(c);
}

void RowWriter::write_csv_start(const ScoreRow& row, std::string& out) {
  append_csv_cell(out, row.where);
  out += ',';
  if (row.respondent_id) append_csv_cell(out, *row.respondent_id);
  out += ',';
  const Questionnaire* q = row.questionnaire.get();
  if (q != nullptr) {
    append_csv_cell(out, q->id);
    out += ',';
    append_csv_cell(out, q->version);
  } else {
    out += ',';
  }
  out += ',';
  append_number(out, row.overall);
  out += ',';
  if (q != nullptr && row.overall_band) append_csv_cell(out, q->bands[*row.overall_band].id);
}

void RowWriter::write_csv_end(const ScoreRow& row, std::string& out) {
  const Questionnaire* q = row.questionnaire.get();
  out += ',';
  if (row.ok()) append_count(out, row.red_flags);
  out += ',';
  if (q != nullptr && row.top_action) append_csv_cell(out, q->recommendations[*row.top_action].id);
  out += row.ok() ? ",ok," : ",error,";
  if (!row.ok()) append_csv_cell(out, joined_errors(row));
  out += "\r\n";
}

void RowWriter::write_csv(const ScoreRow& row, std::string& out) {
  write_csv_start(row, out);
  const Questionnaire* q = row.questionnaire.get();
  map_columns(q);
  for (std::size_t c = 0; c < dimension_ids_.size(); ++c) {
    out += ',';
    if (q != nullptr && mapping_[c] >= 0 && static_cast<std::size_t>(mapping_[c]) < row.dimensions.size()) {
      append_number(out, row.dimensions[static_cast<std::size_t>(mapping_[c])]);
    }
  }
  write_csv_end(row, out);
}

void RowWriter::write_ndjson(const ScoreRow& row, std::string& out) {
  const Questionnaire* q = row.questionnaire.get();
  out += "{\"source\":";
  append_json_string(out, row.where);
  out += ",\"respondent_id\":";
  if (row.respondent_id) {
    append_json_string(out, *row.respondent_id);
  } else {
    out += "null";
  }
  if (q != nullptr) {
    out += ",\"questionnaire\":";
    append_json_string(out, q->id);
    out += ",\"version\":";
    append_json_string(out, q->version);
    out += ",\"overall\":";
    if (row.overall) {
      append_number(out, row.overall);
    } else {
      out += "null";
    }
    out += ",\"band\":";
    if (row.overall_band) {
      append_json_string(out, q->bands[*row.overall_band].id);
    } else {
      out += "null";
    }
    out += ",\"dimensions\":{";
    for (std::size_t d = 0; d < q->dimensions.size() && d < row.dimensions.size(); ++d) {
      if (d > 0) out += ',';
      append_json_string(out, q->dimensions[d].id);
      out += ':';
      if (row.dimensions[d]) {
        append_number(out, row.dimensions[d]);
      } else {
        out += "null";
      }
    }
    fmt::format_to(std::back_inserter(out), "}},\"red_flags\":{},\"top_action\":", row.red_flags);
    if (row.top_action) {
      append_json_string(out, q->recommendations[*row.top_action].id);
    } else {
      out += "null";
    }
  } else {
    out +=
        ",\"questionnaire\":null,\"version\":null,\"overall\":null,\"band\":null,\"dimensions\":null,"
        "\"red_flags\":null,\"top_action\":null";
  }
  if (row.ok()) {
    out += ",\"status\":\"ok\",\"error\":null}\n";
  } else {
    out += ",\"status\":\"error\",\"error\":";
    append_json_string(out, joined_errors(row));
    out += "}\n";
  }
}

}  // namespace salesaudit::batch
