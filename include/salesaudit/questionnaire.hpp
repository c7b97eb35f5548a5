#pragma once
// The questionnaire model (format contract, section 1): plain data, validated on load.

#include <salesaudit/value.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace salesaudit {

enum class QuestionType { likert, choice, multi_choice, boolean, number, text };
enum class Effort { low, medium, high };

[[nodiscard]] std::string_view to_string(QuestionType type);
[[nodiscard]] std::string_view to_string(Effort effort);
// Effort cost used by the priority (low 1, medium 2, high 3) and horizon (30/60/90 days).
[[nodiscard]] int effort_cost(Effort effort);
[[nodiscard]] int horizon_days(Effort effort);

// Each part compares field by field (tests check the precompiled built-ins against the loader).
struct Option {
  std::string value;
  std::string label;
  double score = 0;
  friend bool operator==(const Option&, const Option&) = default;
};

struct ScoreBand {
  std::optional<double> max;  // absent on the last, catch-all entry
  double score = 0;
  friend bool operator==(const ScoreBand&, const ScoreBand&) = default;
};

// A condition (section 1.1). Leaf conditions compare one question's answer;
// `all` / `any` combine children.
struct Condition {
  enum class Op { equals, not_equals, in, at_least, at_most, all, any };
  Op op = Op::equals;
  std::string question_id;
  std::size_t question = 0;         // index into Questionnaire::questions
  Value value{};                    // equals / not_equals
  std::vector<Value> values;        // in
  double number = 0;                // at_least / at_most
  std::vector<Condition> children;  // all / any
  friend bool operator==(const Condition&, const Condition&) = default;
};

struct Question {
  std::string id;
  QuestionType type = QuestionType::likert;
  std::string text;
  std::string help;
  std::optional<std::size_t> dimension;  // index; absent only for text questions
  double weight = 1;
  bool required = true;
  bool allow_na = false;
  std::optional<Condition> enable_when;
  std::optional<std::size_t> recommendation;  // index
  // likert
  int points = 0;
  std::vector<std::string> labels;
  bool reverse = false;
  // choice / multi_choice
  std::vector<Option> options;
  // boolean
  double yes_score = 1;
  double no_score = 0;
  // number
  std::optional<double> min;
  std::optional<double> max;
  std::string unit;
  std::vector<ScoreBand> score_bands;

  [[nodiscard]] bool scored() const { return type != QuestionType::text; }
  [[nodiscard]] const Option* find_option(std::string_view value) const;
  friend bool operator==(const Question&, const Question&) = default;
};

struct Dimension {
  std::string id;
  std::string title;
  std::string description;
  double weight = 1;
  friend bool operator==(const Dimension&, const Dimension&) = default;
};

struct Band {
  std::string id;
  std::string label;
  double min = 0;
  friend bool operator==(const Band&, const Band&) = default;
};

struct BandCap {
  std::size_t when_band = 0;  // index into bands
  std::size_t cap = 0;        // index into bands
  friend bool operator==(const BandCap&, const BandCap&) = default;
};

struct Recommendation {
  std::string id;
  std::string title;
  std::string action;
  Effort effort = Effort::low;
  friend bool operator==(const Recommendation&, const Recommendation&) = default;
};

struct RedFlag {
  std::string id;
  Condition when;
  std::string message;
  friend bool operator==(const RedFlag&, const RedFlag&) = default;
};

// One step of section 6: turns answers of an older version into answers of this one.
struct Migration {
  std::string from;                                         // version prefix, e.g. "1" or "1.2"
  std::vector<std::pair<std::string, std::string>> rename;  // old id -> new id
  std::vector<std::string> drop;
  // new question id -> (old value as text -> new value)
  std::vector<std::pair<std::string, std::vector<std::pair<std::string, Value>>>> values;
  friend bool operator==(const Migration&, const Migration&) = default;
};

struct Questionnaire {
  std::string id;
  std::string version;
  std::string title;
  std::string description;
  std::string language = "en";  // BCP 47 tag of the texts (translations-v1: default "en")
  double min_coverage = 0.5;
  std::vector<Dimension> dimensions;
  std::vector<Band> bands;
  std::optional<BandCap> band_cap;
  std::vector<Recommendation> recommendations;
  std::vector<RedFlag> red_flags;
  std::vector<Question> questions;
  std::vector<Migration> migrations;
  std::string source;  // where it was loaded from, for messages ("built-in" or a path)

  // SHA-256 of the canonical content (section 6), or "" when no content was set.
  // Computed on first use, once, thread-safely: most runs never need it, and the
  // canonical re-serialisation costs as much as loading the questionnaire.
  [[nodiscard]] const std::string& sha256() const;
  // The document text sha256() is computed from (already known to be valid JSON).
  void set_content(std::string json_text);
  // The same for text that outlives every copy (a built-in's, in the program's data): not copied.
  void set_static_content(std::string_view json_text);

  [[nodiscard]] std::optional<std::size_t> question_index(std::string_view question_id) const;
  // Index of the band a score falls in: the last band whose min <= score.
  [[nodiscard]] std::size_t band_for(double score) const;
  void build_index();

 private:
  std::unordered_map<std::string, std::size_t> question_index_;
  struct LazyDigest;
  std::shared_ptr<LazyDigest> digest_;  // shared by copies: they hold the same content
};

// Parses and validates a questionnaire. `display_name` prefixes every diagnostic.
// Throws DataError listing every problem found.
[[nodiscard]] Questionnaire load_questionnaire(std::string_view text, const std::string& display_name);
// Reads a file first: InputError (exit 66) when it is missing or unreadable.
[[nodiscard]] Questionnaire load_questionnaire_file(const std::string& path);

}  // namespace salesaudit
