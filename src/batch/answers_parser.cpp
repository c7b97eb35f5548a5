#include "batch/answers_parser.hpp"

#include "batch/line_chunker.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/limits.hpp>

#include <simdjson.h>

#include <array>
#include <cmath>
#include <unordered_map>

namespace salesaudit::batch {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

constexpr std::size_t kMaxString = limits::kMaxStringBytes;  // the loader's limits
constexpr std::size_t kMaxDocument = limits::kMaxDocumentBytes;

enum TopKey { kSchema, kFormat, kQuestionnaire, kRespondent, kStartedAt, kCompletedAt, kAnswers, kComments, kTopCount };
constexpr std::array<std::string_view, kTopCount> kTopNames = {
    "$schema", "format", "questionnaire", "respondent", "started_at", "completed_at", "answers", "comments"};

// Reads an object whose values must all be strings and whose keys come from `names`
// (no duplicates) into `out`; false for anything the loader would warn or complain about.
template <std::size_t N>
bool string_fields(element value, const std::array<std::string_view, N>& names,
                   std::array<std::optional<std::string>, N>& out) {
  object obj;
  if (value.get_object().get(obj)) return false;
  for (auto field : obj) {
    std::size_t k = 0;
    while (k < N && names[k] != field.key) ++k;
    if (k == N || out[k]) return false;
    std::string_view text;
    if (field.value.get_string().get(text) || text.size() > kMaxString) return false;
    out[k] = std::string(text);
  }
  return true;
}

// Assigns into the string already there, if any, so its capacity is reused.
void assign(std::optional<std::string>& out, std::string_view text) {
  if (out) {
    out->assign(text);
  } else {
    out.emplace(text);
  }
}

bool optional_time(element value, std::optional<std::string>& out) {
  if (value.is_null()) {
    out.reset();
    return true;
  }
  std::string_view text;
  if (value.get_string().get(text) || text.size() > kMaxString) return false;
  assign(out, text);
  return true;
}

// The answer a JSON value stands for, or nullopt when the loader would reject its shape.
std::optional<Answer> to_answer(element value) {
  switch (value.type()) {
    case element_type::STRING: {
      std::string_view text = value.get_string().value_unsafe();
      if (text.size() > kMaxString) return std::nullopt;
      if (text == "na") return Answer{true, {}};
      return Answer{false, std::string(text)};
    }
    case element_type::BOOL: return Answer{false, value.get_bool().value_unsafe()};
    case element_type::INT64: return Answer{false, static_cast<double>(value.get_int64().value_unsafe())};
    case element_type::UINT64: return Answer{false, static_cast<double>(value.get_uint64().value_unsafe())};
    case element_type::DOUBLE: {
      const double d = value.get_double().value_unsafe();
      if (!std::isfinite(d)) return std::nullopt;
      return Answer{false, d};
    }
    case element_type::ARRAY: {
      simdjson::dom::array array;  // a named value: value_unsafe() of a temporary would dangle
      if (value.get_array().get(array)) return std::nullopt;
      std::vector<std::string> items;
      for (element item : array) {
        std::string_view text;
        if (item.get_string().get(text) || text.size() > kMaxString) return std::nullopt;
        items.emplace_back(text);
      }
      return Answer{false, std::move(items)};
    }
    default: return std::nullopt;
  }
}

}  // namespace

struct AnswersParser::Impl {
  simdjson::dom::parser parser;
  std::size_t fast = 0;
  // Question ids of the last questionnaire seen, as views into it (kept alive by `indexed`).
  std::shared_ptr<const Questionnaire> indexed;
  std::unordered_map<std::string_view, std::size_t> index;
  std::vector<char> seen;
  // The last pin resolved, so consecutive records skip the shared cache.
  QuestionnairePin last_pin;
  std::shared_ptr<const Questionnaire> last_questionnaire;

  // &last_questionnaire, or nullptr when the pin resolves to nothing (the full loader
  // then reports it). A pointer, not a copy: copying a shared_ptr per record is an atomic
  // operation on a counter that every thread touches.
  const std::shared_ptr<const Questionnaire>* questionnaire_for(const QuestionnairePin& pin, const std::string& name,
                                                                QuestionnaireCache& cache) {
    if (last_questionnaire && (cache.has_fixed() || (pin.id == last_pin.id && pin.version == last_pin.version))) {
      return &last_questionnaire;
    }
    try {
      last_questionnaire = cache.get(pin, name);
    } catch (const Error&) {
      return nullptr;
    }
    last_pin = pin;
    return &last_questionnaire;
  }

  void index_questions(const std::shared_ptr<const Questionnaire>& q) {
    if (indexed == q) return;
    indexed = q;
    index.clear();
    for (std::size_t i = 0; i < q->questions.size(); ++i) index.emplace(q->questions[i].id, i);
  }

  // Exports list answers in questionnaire order, so the question after the previous one
  // is tried before hashing the key.
  std::optional<std::size_t> question(std::string_view id, std::size_t& hint) const {
    const auto& questions = indexed->questions;
    if (hint < questions.size() && questions[hint].id == id) return hint++;
    auto it = index.find(id);
    if (it == index.end()) return std::nullopt;
    hint = it->second + 1;
    return it->second;
  }

  std::optional<std::size_t> question(std::string_view id) const {
    auto it = index.find(id);
    if (it == index.end()) return std::nullopt;
    return it->second;
  }

  // True when the document was fully handled here; false = use the full loader.
  bool try_fast(std::string_view text, bool padded, QuestionnaireCache& cache, BatchRecord& record) {
    if (text.size() > kMaxDocument) return false;
    element root;
    if (parser.parse(text.data(), text.size(), !padded).get(root)) return false;
    object top;
    if (root.get_object().get(top)) return false;
    std::array<element, kTopCount> fields;
    std::array<bool, kTopCount> present{};
    for (auto field : top) {
      std::size_t k = 0;
      while (k < kTopCount && kTopNames[k] != field.key) ++k;
      if (k == kTopCount || present[k]) return false;
      present[k] = true;
      fields[k] = field.value;
    }
    if (!present[kFormat] || !present[kQuestionnaire] || !present[kAnswers]) return false;
    std::string_view format;
    if (fields[kFormat].get_string().get(format) || format != "salesaudit.answers/v1") return false;
    if (present[kSchema] && !fields[kSchema].is_string()) return false;

    // Filled in place: a record reused from line to line keeps its buffers. On failure
    // the caller resets it before the full loader runs.
    AnswerSet& set = record.answers ? *record.answers : record.answers.emplace();
    std::array<std::optional<std::string>, 3> pin;
    if (!string_fields(fields[kQuestionnaire], std::array<std::string_view, 3>{"id", "version", "sha256"}, pin) ||
        !pin[0] || !pin[1]) {
      return false;
    }
    set.questionnaire.id = std::move(*pin[0]);
    set.questionnaire.version = std::move(*pin[1]);
    set.questionnaire.sha256 = std::move(pin[2]);
    const auto* found = questionnaire_for(set.questionnaire, record.where, cache);
    if (found == nullptr) return false;
    const std::shared_ptr<const Questionnaire>& q = *found;
    // A pin the loader warns about or rejects (also with --questionnaire).
    if (q->id != set.questionnaire.id || q->version != set.questionnaire.version) return false;
    if (set.questionnaire.sha256 && *set.questionnaire.sha256 != q->sha256()) return false;  // content changed
    if (present[kRespondent]) {
      std::array<std::optional<std::string>, 4> r;
      if (!string_fields(fields[kRespondent], std::array<std::string_view, 4>{"id", "name", "role", "team"}, r)) {
        return false;
      }
      set.respondent = Respondent{std::move(r[0]), std::move(r[1]), std::move(r[2]), std::move(r[3])};
    } else {
      set.respondent = Respondent{};
    }
    if (!present[kStartedAt]) set.started_at.reset();
    if (!present[kCompletedAt]) set.completed_at.reset();
    if (present[kStartedAt] && !optional_time(fields[kStartedAt], set.started_at)) return false;
    if (present[kCompletedAt] && !optional_time(fields[kCompletedAt], set.completed_at)) return false;

    index_questions(q);
    const std::size_t n = q->questions.size();
    set.answers.assign(n, std::nullopt);
    set.comments.resize(n);
    for (auto& comment : set.comments) comment.clear();
    set.warnings.clear();
    object answers;
    if (fields[kAnswers].get_object().get(answers)) return false;
    seen.assign(n, 0);
    std::size_t hint = 0;
    for (auto field : answers) {
      const auto i = question(field.key, hint);
      if (!i || seen[*i]) return false;
      seen[*i] = 1;
      if (field.value.is_null()) continue;
      auto answer = to_answer(field.value);
      if (!answer || !check_answer(q->questions[*i], *answer).empty()) return false;
      set.answers[*i] = std::move(*answer);
    }
    if (present[kComments]) {
      object comments;
      if (fields[kComments].get_object().get(comments)) return false;
      seen.assign(n, 0);
      for (auto field : comments) {
        const auto i = question(field.key);
        std::string_view comment;
        if (!i || seen[*i] || field.value.get_string().get(comment) || comment.size() > kMaxString) return false;
        seen[*i] = 1;
        set.comments[*i].assign(comment);
      }
    }
    if (record.questionnaire != q) record.questionnaire = q;
    ++fast;
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
  if (impl_->try_fast(text, padded, cache, record)) return;
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
  const std::string prefix = name + ":1:";
  for (auto& d : diagnostics) {
    if (d.compare(0, prefix.size(), prefix) == 0) d = name + ":" + d.substr(prefix.size());
  }
}

}  // namespace salesaudit::batch
