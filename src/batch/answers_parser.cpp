#include "batch/answers_parser.hpp"

#include "batch/hint_cache.hpp"
#include "batch/line_chunker.hpp"
#include "batch/ondemand_fields.hpp"
#include "batch/question_index.hpp"
#include "load/diagnostics.hpp"
#include "load/messages.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/language.hpp>
#include <salesaudit/limits.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace salesaudit::batch {

namespace {

using namespace ondemand_values;

constexpr std::size_t kMaxDocument = limits::kMaxDocumentBytes;
static_assert(kLinePadding >= simdjson::SIMDJSON_PADDING);

enum TopKey {
  kSchema,
  kFormat,
  kQuestionnaire,
  kRespondent,
  kStartedAt,
  kCompletedAt,
  kAnswers,
  kComments,
  kLanguage,
  kTopCount
};
// The loader's kTopKeys, in its order (the "did you mean" hints pick from them).
constexpr std::array<std::string_view, kTopCount> kTopNames = {"$schema",    "format",     "questionnaire",
                                                               "respondent", "started_at", "completed_at",
                                                               "answers",    "comments",   "language"};
constexpr std::array<std::string_view, 3> kPinNames = {"id", "version", "sha256"};
constexpr std::array<std::string_view, 4> kRespondentNames = {"id", "name", "role", "team"};

// Assigns into the string already there, if any, so its capacity is reused.
void assign(std::optional<std::string>& out, const std::optional<std::string_view>& text) {
  if (!text) {
    out.reset();
  } else if (out) {
    out->assign(*text);
  } else {
    out.emplace(*text);
  }
}

}  // namespace

struct AnswersParser::Impl {
  od::parser parser;
  std::vector<char> padded_copy;  // a document without simdjson's padding, copied
  std::size_t fast = 0;
  // The question index of the last questionnaire seen (kept alive by `indexed`).
  std::shared_ptr<const Questionnaire> indexed;
  QuestionIndex index;
  std::vector<char> seen;
  // What one document held, as views into the parser's buffers (valid until the next).
  std::array<bool, kTopCount> present{};
  std::vector<std::string_view> unknown_top, unknown_pin, unknown_respondent, unknown_comments;
  std::array<std::optional<std::string_view>, 3> pin;
  std::array<std::optional<std::string_view>, 4> respondent;
  std::optional<std::string_view> started_at, completed_at, language;
  std::vector<RawAnswer> answers;
  std::vector<std::string_view> items;
  std::vector<RawComment> comments;
  detail::HintBudget hints;  // per document, as the loader's Diagnostics
  HintCache top_hints, pin_hints, respondent_hints, question_hints;
  // The last pin resolved, so consecutive records skip the shared cache.
  QuestionnairePin last_pin;
  std::shared_ptr<const Questionnaire> last_questionnaire;

  Impl() {
    top_hints.set_candidates(kTopNames);
    pin_hints.set_candidates(kPinNames);
    respondent_hints.set_candidates(kRespondentNames);
  }

  // &last_questionnaire, or nullptr when the pin resolves to nothing (the full loader
  // then reports it). A pointer, not a copy: copying a shared_ptr per record is an atomic
  // operation on a counter that every thread touches.
  const std::shared_ptr<const Questionnaire>* questionnaire_for(const QuestionnairePin& wanted, const std::string& name,
                                                                QuestionnaireCache& cache) {
    if (last_questionnaire && (cache.has_fixed() || (wanted.id == last_pin.id && wanted.version == last_pin.version))) {
      return &last_questionnaire;
    }
    try {
      last_questionnaire = cache.get(wanted, name);
    } catch (const Error&) {
      return nullptr;
    }
    last_pin = wanted;
    return &last_questionnaire;
  }

  void index_questions(const std::shared_ptr<const Questionnaire>& q) {
    if (indexed == q) return;
    indexed = q;
    index.build(*q);
    std::vector<std::string> ids;
    for (const auto& question : q->questions) ids.push_back(question.id);
    question_hints.set_candidates(std::move(ids));
  }

  // Keys the loader warns about in one object, in the loader's (sorted) order, as its
  // warnings "where: /pointer/key: unknown key ...; ignored". False on a repeated key.
  bool unknown_key_warnings(std::vector<std::string_view>& keys, std::string_view pointer, HintCache& names,
                            const std::string& where, std::vector<std::string>& warnings) {
    if (keys.empty()) return true;
    if (!distinct(keys)) return false;
    for (std::string_view key : keys) {
      // detail::locate(where, pointer + "/" + token, unknown_key_message(...) + "; ignored"),
      // built in one string by the same message functions.
      const std::optional<std::string>& hint = names.get(key, hints);
      std::string& line = warnings.emplace_back();
      line.append(where);
      line += ": ";
      line.append(pointer);
      line += '/';
      detail::append_pointer_token(line, key);
      line += ": ";
      detail::append_unknown_key_message(line, key, hint, hints);
      line += "; ignored";
    }
    return true;
  }

  // Reads every value of the document (see ondemand_values.hpp) into the views above.
  // False when it is not an object the loader could accept.
  bool read_document(const char* data, std::size_t size, std::size_t capacity) {
    present.fill(false);
    for (auto* keys : {&unknown_top, &unknown_pin, &unknown_respondent, &unknown_comments}) keys->clear();
    pin.fill(std::nullopt);
    respondent.fill(std::nullopt);
    started_at.reset();
    completed_at.reset();
    language.reset();
    answers.clear();
    items.clear();
    comments.clear();
    od::document doc;
    od::object top;
    if (parser.iterate(data, size, capacity).get(doc) || doc.get_object().get(top)) return false;
    const bool read = read_fields(top, kTopNames, 1, unknown_top, [this](std::size_t k, od::field& field) {
      if (present[k]) return false;
      present[k] = true;
      switch (k) {
        case kSchema: return acceptable(field.value(), 1);  // the loader does not read it
        case kFormat: {
          std::string_view format;
          return string_value(field.value(), format) && format == "salesaudit.answers/v1";
        }
        case kQuestionnaire: return string_fields(field.value(), kPinNames, pin, unknown_pin);
        case kRespondent: return string_fields(field.value(), kRespondentNames, respondent, unknown_respondent);
        case kStartedAt: return optional_time(field.value(), started_at);
        case kCompletedAt: return optional_time(field.value(), completed_at);
        case kAnswers: return read_answers(field.value(), answers, items);
        case kComments: return read_comments(field.value(), comments);
        case kLanguage: {
          std::string_view text;
          const bool ok = string_value(field.value(), text);
          language = text;
          return ok;
        }
        default: return false;
      }
    });
    if (!read) return false;
    // Nothing after the object (On Demand stops at its end unless asked).
    return doc.current_location().error() == simdjson::OUT_OF_BOUNDS;
  }

  // The answer `raw` stands for, written over `slot` (whose buffers are reused).
  void fill(const RawAnswer& raw, std::optional<Answer>& slot) const {
    Answer& answer = slot ? *slot : slot.emplace();
    answer.na = raw.kind == RawAnswer::na_value;
    switch (raw.kind) {
      case RawAnswer::string_value:
        if (auto* text = std::get_if<std::string>(&answer.value)) {
          text->assign(raw.text);
        } else {
          answer.value.emplace<std::string>(raw.text);
        }
        break;
      case RawAnswer::bool_value: answer.value = raw.flag; break;
      case RawAnswer::number_value: answer.value = raw.number; break;
      case RawAnswer::list_value: {
        auto* list = std::get_if<std::vector<std::string>>(&answer.value);
        if (list == nullptr) list = &answer.value.emplace<std::vector<std::string>>();
        list->resize(raw.count);
        for (std::uint32_t k = 0; k < raw.count; ++k) (*list)[k].assign(items[raw.first + k]);
        break;
      }
      default: answer.value = false;  // "na": as Answer{true, {}}
    }
  }

  // True when the document was fully handled here (valid, with the loader's warnings);
  // false = invalid or unusual, so the full loader gives its exact messages.
  bool try_fast(std::string_view text, bool padded, const std::string& where, QuestionnaireCache& cache,
                BatchRecord& record) {
    if (text.size() > kMaxDocument) return false;
    const char* data = text.data();
    std::size_t capacity = text.size() + kLinePadding;
    if (!padded) {
      padded_copy.assign(text.begin(), text.end());
      padded_copy.resize(capacity);
      data = padded_copy.data();
    }
    if (!read_document(data, text.size(), capacity)) return false;
    if (!present[kFormat] || !present[kQuestionnaire] || !present[kAnswers] || !pin[0] || !pin[1]) return false;

    // Filled in place: a record reused from line to line keeps its buffers. On failure
    // the caller resets it before the full loader runs.
    AnswerSet& set = record.answers ? *record.answers : record.answers.emplace();
    std::vector<std::string>& warnings = set.warnings;
    warnings.clear();
    hints = detail::HintBudget{};
    if (!unknown_key_warnings(unknown_top, "", top_hints, where, warnings)) return false;
    if (!unknown_key_warnings(unknown_pin, "/questionnaire", pin_hints, where, warnings)) return false;
    set.questionnaire.id.assign(*pin[0]);
    set.questionnaire.version.assign(*pin[1]);
    assign(set.questionnaire.sha256, pin[2]);
    if (set.questionnaire.id.empty() || set.questionnaire.version.empty()) return false;
    const auto* found = questionnaire_for(set.questionnaire, record.where, cache);
    if (found == nullptr) return false;
    const std::shared_ptr<const Questionnaire>& q = *found;
    // Another minor version, a changed sha256 (warnings), another id or major (errors).
    if (auto problem = detail::check_pin(set.questionnaire, *q)) {
      if (problem->error) return false;
      warnings.push_back(detail::locate(where, problem->pointer, problem->message));
    }
    if (!unknown_key_warnings(unknown_respondent, "/respondent", respondent_hints, where, warnings)) return false;
    assign(set.respondent.id, respondent[0]);
    assign(set.respondent.name, respondent[1]);
    assign(set.respondent.role, respondent[2]);
    assign(set.respondent.team, respondent[3]);
    assign(set.started_at, started_at);
    assign(set.completed_at, completed_at);
    set.language.reset();
    if (language) {
      set.language = normalize_language_tag(*language);
      if (set.language->empty()) return false;  // the loader's error
    }

    index_questions(q);
    const std::size_t n = q->questions.size();
    set.answers.resize(n);
    seen.assign(n, 0);
    std::size_t hint = 0;
    for (const RawAnswer& raw : answers) {
      const auto i = index.find(raw.key, hint);
      if (!i || seen[*i]) return false;
      seen[*i] = 1;
      if (raw.kind == RawAnswer::null_value) continue;
      seen[*i] = 2;
      fill(raw, set.answers[*i]);
      if (!check_answer(q->questions[*i], *set.answers[*i]).empty()) return false;
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (seen[i] != 2) set.answers[i].reset();
    }
    if (!attach_comments(*q, where, set)) return false;
    if (record.questionnaire != q) record.questionnaire = q;
    ++fast;
    return true;
  }

  // Comments on known questions into the set; on unknown ones, the loader's warning.
  bool attach_comments(const Questionnaire& q, const std::string& where, AnswerSet& set) {
    set.comments.resize(q.questions.size());
    for (auto& comment : set.comments) comment.clear();
    if (comments.empty()) return true;
    seen.assign(q.questions.size(), 0);
    for (const RawComment& raw : comments) {
      const auto i = index.find(raw.key);
      if (!i) {
        unknown_comments.push_back(raw.key);
        continue;
      }
      if (seen[*i]) return false;
      seen[*i] = 1;
      set.comments[*i].assign(raw.text);
    }
    if (unknown_comments.empty()) return true;
    if (!distinct(unknown_comments)) return false;
    for (std::string_view id : unknown_comments) {
      set.warnings.push_back(detail::locate(
          where, "/comments/" + detail::pointer_token(id),
          detail::unknown_question_message(id, q, question_hints.get(id, hints), hints) + "; comment ignored"));
    }
    return true;
  }
};

AnswersParser::AnswersParser() : impl_(std::make_unique<Impl>()) {}
AnswersParser::~AnswersParser() = default;

std::size_t AnswersParser::fast_count() const {
  return impl_->fast;
}

void AnswersParser::parse(std::string_view text, bool padded, const std::string& name, QuestionnaireCache& cache,
                          BatchRecord& record) {
  if (impl_->try_fast(text, padded, name, cache, record)) return;
  parse_slow(text, name, cache, record);
}

void AnswersParser::parse_slow(std::string_view text, const std::string& name, QuestionnaireCache& cache,
                               BatchRecord& record) {
  record.answers.reset();  // whatever the fast path left, or a previous document
  record.questionnaire.reset();
  try {
    const QuestionnairePin pin = cache.has_fixed() ? QuestionnairePin{} : read_answers_pin(text, name);
    auto q = cache.get(pin, name);
    record.answers = load_answers(text, name, *q);
    record.questionnaire = std::move(q);
  } catch (const DataError& e) {
    record.errors = e.diagnostics();
    record.error_code = e.code();
  } catch (const Error& e) {
    record.errors = {e.what()};
    record.error_code = e.code();
  }
}

void relocate_line_diagnostics(std::vector<std::string>& diagnostics, const std::string& name) {
  if (diagnostics.empty()) return;  // most records: no prefix string to build
  const std::string prefix = name + ":1:";
  for (auto& d : diagnostics) {
    if (d.compare(0, prefix.size(), prefix) == 0) d = name + ":" + d.substr(prefix.size());
  }
}

}  // namespace salesaudit::batch
