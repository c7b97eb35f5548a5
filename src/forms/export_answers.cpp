#include "forms/export_answers.hpp"

#include "forms/timestamp.hpp"
#include "forms/value_match.hpp"

#include <salesaudit/answers.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace salesaudit::forms {

namespace {

using Kind = PlannedColumn::Kind;

bool blank(const Row& row) {
  return std::all_of(row.fields.begin(), row.fields.end(), [](const std::string& f) { return trim(f).empty(); });
}

std::string quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::optional<std::string> text_of(const std::string& cell) {
  const auto t = trim(cell);
  return t.empty() ? std::nullopt : std::optional<std::string>(t);
}

}  // namespace

void ExportAnswers::convert(const Row& row, BatchRecord& record) const {
  const Questionnaire& q = *questionnaire_;
  const auto& columns = plan_.columns;
  std::size_t used = row.fields.size();
  // A trailing delimiter (Qualtrics legacy, spreadsheets) adds empty fields: not an error.
  while (used > columns.size() && trim(row.fields[used - 1]).empty()) --used;
  if (used > columns.size() || (!pad_rows_ && used < columns.size())) {
    record.errors.push_back(
        fmt::format("{}: row has {} field(s), the header has {}", table_.where(row, 0), used, columns.size()));
    return;
  }
  static const std::string empty;
  AnswerSet set;
  set.questionnaire = QuestionnairePin{q.id, q.version, std::nullopt};
  // The respondents answered the form in the language whose texts the columns matched.
  if (!plan_.view.language.empty()) set.language = plan_.view.language;
  set.answers.resize(q.questions.size());
  set.comments.resize(q.questions.size());
  std::optional<std::string> email;
  std::vector<std::vector<std::string>> ticked(q.questions.size());
  std::vector<bool> ticked_na(q.questions.size(), false);
  std::vector<std::optional<std::size_t>> first_cell(q.questions.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const PlannedColumn& c = columns[i];
    const std::string& cell = i < row.fields.size() ? row.fields[i] : empty;
    switch (c.kind) {
      case Kind::ignore: break;
      case Kind::respondent_id:
        if (!set.respondent.id) set.respondent.id = text_of(cell);
        break;
      case Kind::email: email = text_of(cell); break;
      case Kind::name: set.respondent.name = text_of(cell); break;
      case Kind::team: set.respondent.team = text_of(cell); break;
      case Kind::role: set.respondent.role = text_of(cell); break;
      case Kind::completed_at:
        if (!trim(cell).empty()) {
          set.completed_at = to_utc(cell, c.offset_minutes);
          if (!set.completed_at) {
            record.errors.push_back(fmt::format("{}: {} is not a date and time this export's tool writes",
                                                table_.where(row, i), quote(cell)));
          }
        }
        break;
      case Kind::question: {
        const Question& question = q.questions[c.question];
        // In the export's language first, then as the questionnaire writes it.
        const Question& shown = plan_.view.texts->questions[c.question];
        CellAnswer a = match_cell(shown, reader_.unescape(cell), plan_.view.words);
        if (!a.error.empty() && &shown != &question) {
          CellAnswer own = match_cell(question, reader_.unescape(cell), plan_.view.words);
          if (own.error.empty()) a = std::move(own);
        }
        if (a.answer && a.error.empty()) a.error = check_answer(question, *a.answer);
        if (!a.error.empty()) {
          record.errors.push_back(fmt::format("{}: {} is no answer to question \"{}\" ({}): {}; accepted: {}",
                                              table_.where(row, i), quote(trim(cell)), question.id, shown.text, a.error,
                                              accepted(shown)));
        } else if (a.answer) {
          set.answers[c.question] = std::move(a.answer);
        }
        break;
      }
      case Kind::option:
        if (!first_cell[c.question]) first_cell[c.question] = i;
        if (!is_ticked(cell, plan_.view.words)) break;
        if (c.option) {
          ticked[c.question].push_back(q.questions[c.question].options[*c.option].value);
        } else {
          ticked_na[c.question] = true;
        }
        break;
    }
  }
  for (std::size_t k = 0; k < q.questions.size(); ++k) {
    if (!first_cell[k]) continue;
    const Question& question = q.questions[k];
    if (ticked_na[k] && !ticked[k].empty()) {
      record.errors.push_back(fmt::format("{}: question \"{}\" ({}) has N/A ticked beside other options",
                                          table_.where(row, *first_cell[k]), question.id, question.text));
    } else if (ticked_na[k]) {
      set.answers[k] = Answer{true, {}};
    } else if (!ticked[k].empty()) {
      Answer answer{false, std::move(ticked[k])};
      if (auto problem = check_answer(question, answer); !problem.empty()) {
        record.errors.push_back(fmt::format("{}: the options ticked for question \"{}\" ({}): {}",
                                            table_.where(row, *first_cell[k]), question.id, question.text, problem));
      }
      set.answers[k] = std::move(answer);
    }
  }
  if (!set.respondent.id) set.respondent.id = email;
  if (record.errors.empty()) {
    record.questionnaire = questionnaire_;
    record.answers = std::move(set);
  }
}

bool ExportAnswers::next(BatchRecord& record) {
  record = BatchRecord{};
  for (;;) {
    if (!table_.next(row_)) return false;
    if (row_.error.empty() && blank(row_)) continue;
    break;
  }
  record.where = table_.row_where(row_);
  if (!row_.error.empty()) {
    record.errors = {row_.error};
  } else {
    convert(row_, record);
  }
  if (!record.errors.empty()) record.error_code = ExitCode::data_invalid;
  return true;
}

}  // namespace salesaudit::forms
