#include "batch/answers_parser.hpp"

#include "batch/line_chunker.hpp"
#include "load/messages.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/language.hpp>
#include <salesaudit/limits.hpp>

#include <simdjson.h>

#include <algorithm>
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
constexpr std::size_t kMaxDepth = limits::kMaxNestingDepth;

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

// The same lists as vectors, for "did you mean" hints (one per list: N differs).
template <std::size_t N>
const std::vector<std::string_view>& as_vector(const std::array<std::string_view, N>& names) {
  static const std::vector<std::string_view> v(names.begin(), names.end());
  return v;
}

// Objects and arrays nested inside each other and strings, as the guarded parser limits
// them; nested objects may not repeat a key. For values the loader ignores (unknown keys).
bool acceptable(element value, std::size_t depth) {
  switch (value.type()) {
    case element_type::OBJECT: {
      if (depth >= kMaxDepth) return false;
      object obj;
      if (value.get_object().get(obj)) return false;
      std::vector<std::string_view> keys;
      for (auto field : obj) {
        keys.push_back(field.key);
        if (!acceptable(field.value, depth + 1)) return false;
      }
      std::sort(keys.begin(), keys.end());  // sorted, so a hostile object costs n log n
      return std::adjacent_find(keys.begin(), keys.end()) == keys.end();
    }
    case element_type::ARRAY: {
      if (depth >= kMaxDepth) return false;
      simdjson::dom::array array;
      if (value.get_array().get(array)) return false;
      for (element item : array) {
        if (!acceptable(item, depth + 1)) return false;
      }
      return true;
    }
    case element_type::STRING: return value.get_string().value_unsafe().size() <= kMaxString;
    default: return true;
  }
}

// Keys the loader warns about in one object, in the loader's (sorted) order, then their
// warnings "where: /pointer/key: unknown key ...; ignored". False on a repeated key.
bool unknown_key_warnings(std::vector<std::string_view>& keys, std::string_view pointer,
                          const std::vector<std::string_view>& allowed, const std::string& where,
                          std::vector<std::string>& warnings, detail::HintBudget& hints) {
  if (keys.empty()) return true;
  std::sort(keys.begin(), keys.end());
  if (std::adjacent_find(keys.begin(), keys.end()) != keys.end()) return false;
  for (std::string_view key : keys) {
    const std::string at = std::string(pointer) + "/" + detail::pointer_token(key);
    warnings.push_back(detail::locate(where, at, detail::unknown_key_message(key, allowed, hints) + "; ignored"));
  }
  keys.clear();
  return true;
}

// Reads an object whose known values must be strings (keys from `names`, no duplicates)
// into `out`; other keys go to `unknown` if their values are acceptable. False for
// anything the loader would reject.
template <std::size_t N>
bool string_fields(element value, const std::array<std::string_view, N>& names,
                   std::array<std::optional<std::string>, N>& out, std::vector<std::string_view>& unknown) {
  object obj;
  if (value.get_object().get(obj)) return false;
  for (auto field : obj) {
    std::size_t k = 0;
    while (k < N && names[k] != field.key) ++k;
    if (k == N) {
      if (!acceptable(field.value, 2)) return false;
      unknown.push_back(field.key);
      continue;
    }
    if (out[k]) return false;
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
  std::vector<std::string_view> unknown;  // keys the loader warns about, per object
  detail::HintBudget hints;               // per document, as the loader's Diagnostics
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

  // True when the document was fully handled here (valid, with the loader's warnings);
  // false = invalid or unusual, so the full loader gives its exact messages.
  bool try_fast(std::string_view text, bool padded, const std::string& where, QuestionnaireCache& cache,
                BatchRecord& record) {
    if (text.size() > kMaxDocument) return false;
    element root;
    if (parser.parse(text.data(), text.size(), !padded).get(root)) return false;
    object top;
    if (root.get_object().get(top)) return false;
    std::array<element, kTopCount> fields;
    std::array<bool, kTopCount> present{};
    unknown.clear();
    for (auto field : top) {
      std::size_t k = 0;
      while (k < kTopCount && kTopNames[k] != field.key) ++k;
      if (k == kTopCount) {
        if (!acceptable(field.value, 1)) return false;
        unknown.push_back(field.key);
        continue;
      }
      if (present[k]) return false;
      present[k] = true;
      fields[k] = field.value;
    }
    if (!present[kFormat] || !present[kQuestionnaire] || !present[kAnswers]) return false;
    std::string_view format;
    if (fields[kFormat].get_string().get(format) || format != "salesaudit.answers/v1") return false;
    if (present[kSchema] && !acceptable(fields[kSchema], 1)) return false;  // the loader does not read it

    // Filled in place: a record reused from line to line keeps its buffers. On failure
    // the caller resets it before the full loader runs.
    AnswerSet& set = record.answers ? *record.answers : record.answers.emplace();
    std::vector<std::string>& warnings = set.warnings;
    warnings.clear();
    hints = detail::HintBudget{};
    if (!unknown_key_warnings(unknown, "", as_vector(kTopNames), where, warnings, hints)) return false;
    std::array<std::optional<std::string>, 3> pin;
    if (!string_fields(fields[kQuestionnaire], kPinNames, pin, unknown) || !pin[0] || !pin[1]) return false;
    if (!unknown_key_warnings(unknown, "/questionnaire", as_vector(kPinNames), where, warnings, hints)) return false;
    set.questionnaire.id = std::move(*pin[0]);
    set.questionnaire.version = std::move(*pin[1]);
    set.questionnaire.sha256 = std::move(pin[2]);
    if (set.questionnaire.id.empty() || set.questionnaire.version.empty()) return false;
    const auto* found = questionnaire_for(set.questionnaire, record.where, cache);
    if (found == nullptr) return false;
    const std::shared_ptr<const Questionnaire>& q = *found;
    // Another minor version, a changed sha256 (warnings), another id or major (errors).
    if (auto problem = detail::check_pin(set.questionnaire, *q)) {
      if (problem->error) return false;
      warnings.push_back(detail::locate(where, problem->pointer, problem->message));
    }
    if (present[kRespondent]) {
      std::array<std::optional<std::string>, 4> r;
      if (!string_fields(fields[kRespondent], kRespondentNames, r, unknown)) return false;
      if (!unknown_key_warnings(unknown, "/respondent", as_vector(kRespondentNames), where, warnings, hints))
        return false;
      set.respondent = Respondent{std::move(r[0]), std::move(r[1]), std::move(r[2]), std::move(r[3])};
    } else {
      set.respondent = Respondent{};
    }
    if (!present[kStartedAt]) set.started_at.reset();
    if (!present[kCompletedAt]) set.completed_at.reset();
    if (present[kStartedAt] && !optional_time(fields[kStartedAt], set.started_at)) return false;
    if (present[kCompletedAt] && !optional_time(fields[kCompletedAt], set.completed_at)) return false;
    set.language.reset();
    if (present[kLanguage]) {
      std::string_view language;
      if (fields[kLanguage].get_string().get(language) || language.size() > kMaxString) return false;
      set.language = normalize_language_tag(language);
      if (set.language->empty()) return false;  // the loader's error
    }

    index_questions(q);
    const std::size_t n = q->questions.size();
    set.answers.assign(n, std::nullopt);
    set.comments.resize(n);
    for (auto& comment : set.comments) comment.clear();
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
    if (present[kComments] && !read_comments(fields[kComments], *q, where, set)) return false;
    if (record.questionnaire != q) record.questionnaire = q;
    ++fast;
    return true;
  }

  // Comments on known questions into the set; on unknown ones, the loader's warning.
  bool read_comments(element value, const Questionnaire& q, const std::string& where, AnswerSet& set) {
    object comments;
    if (value.get_object().get(comments)) return false;
    seen.assign(q.questions.size(), 0);
    for (auto field : comments) {
      std::string_view comment;
      if (field.value.get_string().get(comment) || comment.size() > kMaxString) return false;
      const auto i = question(field.key);
      if (!i) {
        unknown.push_back(field.key);
        continue;
      }
      if (seen[*i]) return false;
      seen[*i] = 1;
      set.comments[*i].assign(comment);
    }
    if (unknown.empty()) return true;
    std::sort(unknown.begin(), unknown.end());
    if (std::adjacent_find(unknown.begin(), unknown.end()) != unknown.end()) return false;
    for (std::string_view id : unknown) {
      set.warnings.push_back(detail::locate(where, "/comments/" + detail::pointer_token(id),
                                            detail::unknown_question_message(id, q, hints) + "; comment ignored"));
    }
    unknown.clear();
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
  const std::string prefix = name + ":1:";
  for (auto& d : diagnostics) {
    if (d.compare(0, prefix.size(), prefix) == 0) d = name + ":" + d.substr(prefix.size());
  }
}

}  // namespace salesaudit::batch
