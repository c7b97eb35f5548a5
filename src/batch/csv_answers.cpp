#include "batch/csv_answers.hpp"

#include "load/diagnostics.hpp"
#include "load/json_document.hpp"
#include "report/escape.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace salesaudit::batch {

ColumnMap load_column_map(const std::string& path) {
  const std::string text = read_input(path);
  const nlohmann::json doc = detail::parse_json(text, path);
  if (!doc.is_object()) {
    throw DataError({fmt::format("{}: expected an object {{\"Column title\": \"question-id\"}}, got {}", path,
                                 detail::describe(doc))});
  }
  ColumnMap map;
  std::vector<std::string> errors;
  for (const auto& [title, target] : doc.items()) {
    if (target.is_string()) {
      map[title] = target.get<std::string>();
    } else if (target.is_null()) {
      map[title] = std::nullopt;
    } else {
      errors.push_back(fmt::format("{}: /{}: expected a question id or null, got {}", path,
                                   detail::pointer_token(title), detail::describe(target)));
    }
  }
  if (!errors.empty()) throw DataError(std::move(errors));
  return map;
}

namespace {

// Spaces and tabs off both ends (a loop: find_first_not_of searches the set per byte).
std::string_view trim(std::string_view s) {
  std::size_t first = 0;
  std::size_t last = s.size();
  while (first < last && (s[first] == ' ' || s[first] == '\t')) ++first;
  while (last > first && (s[last - 1] == ' ' || s[last - 1] == '\t')) --last;
  return s.substr(first, last - first);
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::optional<double> parse_number(std::string_view s) {
  // Most cells are a few digits: up to 15 of them are exact in a double, so the loop
  // gives the value from_chars gives, at a fraction of its cost.
  if (!s.empty() && s.size() <= 15) {
    std::uint64_t digits = 0;
    bool all_digits = true;
    for (const char c : s) {
      if (c < '0' || c > '9') {
        all_digits = false;
        break;
      }
      digits = digits * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (all_digits) return static_cast<double>(digits);
  }
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<bool> parse_boolean(std::string_view s) {
  const std::string v = lower(s);
  if (v == "true" || v == "yes" || v == "1") return true;
  if (v == "false" || v == "no" || v == "0") return false;
  return std::nullopt;
}

// The answer a cell stands for; nullopt when the text cannot be one of this type.
std::optional<Answer> to_answer(const Question& q, std::string_view raw) {
  const std::string_view cell = trim(raw);
  if (cell == "na") return Answer{true, {}};
  switch (q.type) {
    case QuestionType::likert:
    case QuestionType::number:
      if (auto n = parse_number(cell)) return Answer{false, *n};
      return std::nullopt;
    case QuestionType::boolean:
      if (auto b = parse_boolean(cell)) return Answer{false, *b};
      return std::nullopt;
    case QuestionType::choice: return Answer{false, std::string(cell)};
    case QuestionType::text: return Answer{false, std::string(raw)};
    case QuestionType::multi_choice: {
      std::vector<std::string> items;
      std::size_t start = 0;
      while (start <= cell.size()) {
        const auto semicolon = cell.find(';', start);
        const auto item = trim(cell.substr(start, semicolon == std::string_view::npos ? semicolon : semicolon - start));
        if (!item.empty()) items.emplace_back(item);
        if (semicolon == std::string_view::npos) break;
        start = semicolon + 1;
      }
      return Answer{false, std::move(items)};
    }
  }
  return std::nullopt;
}

std::string quote_cell(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string CsvAnswers::cell_error(const CsvRecord& row, std::size_t i, const std::string& message) const {
  return fmt::format("{}:{}:{}: {}", reader_.name(), row.line, row.columns[i], message);
}

bool CsvAnswers::read_header(BatchRecord& record) {
  header_done_ = true;
  CsvRecord header;
  if (!reader_.next(header)) {
    ended_ = true;
    return false;  // an empty file has no respondents
  }
  record.where = fmt::format("{}:{}", reader_.name(), header.line);
  if (!header.error.empty()) {
    record.errors = {header.error};
  } else if (header.fields.size() == 1 && header.fields[0].find_first_of(";\t") != std::string::npos) {
    const char used = header.fields[0].find(';') != std::string::npos ? ';' : '\t';
    record.errors = {cell_error(header, 0,
                                fmt::format("the header has a single column and contains {}: the file seems to use "
                                            "{} as the delimiter; export it with commas",
                                            used == ';' ? "';'" : "tabs", used == ';' ? "';'" : "tab"))};
  } else {
    const Questionnaire& q = *questionnaire_;
    std::vector<std::string> ids;
    for (const auto& question : q.questions) ids.push_back(question.id);
    ids.insert(ids.end(), {"respondent_id", "respondent_name", "team", "role"});
    std::vector<std::string> used;
    detail::HintBudget hints;  // the first 100 unknown columns get a hint, as a JSON document's keys
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
      Column column;
      column.title = std::string(trim(header.fields[i]));
      std::optional<std::string> target = column.title;
      if (auto it = map_.find(column.title); it != map_.end()) target = it->second;
      if (!target) {
        columns_.push_back(column);
        continue;
      }
      if (*target == "respondent_id") {
        column.field = Field::respondent_id;
      } else if (*target == "respondent_name") {
        column.field = Field::respondent_name;
      } else if (*target == "team") {
        column.field = Field::team;
      } else if (*target == "role") {
        column.field = Field::role;
      } else if (auto index = q.question_index(*target)) {
        column.field = Field::question;
        column.question = *index;
      } else {
        std::string message =
            fmt::format("unknown column \"{}\": not a question of {}@{}", column.title, q.id, q.version);
        if (auto hint = hints.take() ? detail::closest(*target, ids) : std::nullopt)
          message += fmt::format(" (did you mean \"{}\"?)", *hint);
        message += "; map it with --map or remove it";
        record.errors.push_back(cell_error(header, i, message));
        continue;
      }
      if (std::find(used.begin(), used.end(), *target) != used.end()) {
        record.errors.push_back(cell_error(header, i, fmt::format("a second column for \"{}\"", *target)));
        continue;
      }
      used.push_back(*target);
      columns_.push_back(column);
    }
    if (record.errors.empty() && std::find(used.begin(), used.end(), "respondent_id") == used.end()) {
      record.errors.push_back(cell_error(header, 0, "missing column \"respondent_id\""));
    }
  }
  if (record.errors.empty()) return true;
  record.error_code = ExitCode::data_invalid;
  ended_ = true;
  return false;
}

void CsvAnswers::convert(const CsvRecord& row, BatchRecord& record) const {
  const Questionnaire& q = *questionnaire_;
  if (row.fields.size() != columns_.size()) {
    record.errors.push_back(fmt::format("{}:{}:1: row has {} field(s), the header has {}", reader_.name(), row.line,
                                        row.fields.size(), columns_.size()));
    return;
  }
  AnswerSet set;
  set.questionnaire = QuestionnairePin{q.id, q.version, std::nullopt};
  set.answers.resize(q.questions.size());
  set.comments.resize(q.questions.size());
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    const Column& column = columns_[i];
    const std::string& cell = row.fields[i];
    auto text = [&]() -> std::optional<std::string> {
      const auto t = trim(cell);
      return t.empty() ? std::nullopt : std::optional<std::string>(t);
    };
    switch (column.field) {
      case Field::ignore: break;
      case Field::respondent_id: set.respondent.id = text(); break;
      case Field::respondent_name: set.respondent.name = text(); break;
      case Field::team: set.respondent.team = text(); break;
      case Field::role: set.respondent.role = text(); break;
      case Field::question: {
        if (trim(cell).empty()) break;  // unanswered
        const Question& question = q.questions[column.question];
        auto answer = to_answer(question, cell);
        const std::string problem = answer ? check_answer(question, *answer) : expected_answer(question);
        if (!problem.empty()) {
          record.errors.push_back(
              cell_error(row, i,
                         fmt::format("invalid answer {} to {} question \"{}\": {}", quote_cell(cell),
                                     to_string(question.type), question.id, problem)));
          break;
        }
        set.answers[column.question] = std::move(*answer);
        break;
      }
    }
  }
  if (record.errors.empty()) {
    record.questionnaire = questionnaire_;
    record.answers = std::move(set);
  }
}

bool CsvAnswers::next_row(CsvRecord& row, BatchRecord& record) {
  record = BatchRecord{};
  if (!header_done_ && !read_header(record)) return !record.errors.empty();
  for (;;) {
    if (ended_ || !reader_.next(row)) {
      ended_ = true;
      return false;
    }
    if (row.error.empty() && row.blank()) continue;  // blank lines between rows
    break;
  }
  record.where = fmt::format("{}:{}", reader_.name(), row.line);
  if (!row.error.empty()) {
    record.errors = {row.error};
    record.error_code = ExitCode::data_invalid;
  }
  return true;
}

void CsvAnswers::convert_row(const CsvRecord& row, BatchRecord& record) const {
  convert(row, record);
  if (!record.errors.empty()) record.error_code = ExitCode::data_invalid;
}

bool CsvAnswers::header(BatchRecord& record) {
  record = BatchRecord{};
  return read_header(record);
}

void CsvAnswers::row_record(const CsvRecord& row, BatchRecord& record) const {
  record = BatchRecord{};
  record.where = fmt::format("{}:{}", reader_.name(), row.line);
  if (!row.error.empty()) {
    record.errors = {report::escape_control(row.error)};
    record.error_code = ExitCode::data_invalid;
    return;
  }
  convert_row(row, record);
  // As read_records does for every record: cells quoted in messages may hold control bytes.
  for (auto& error : record.errors) error = report::escape_control(error);
}

bool CsvAnswers::next(BatchRecord& record) {
  if (!next_row(row_, record)) return false;
  if (record.errors.empty()) convert_row(row_, record);
  return true;
}

}  // namespace salesaudit::batch
