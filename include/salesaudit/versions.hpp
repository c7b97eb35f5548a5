#pragma once
// Questionnaire versions over time (format contract, section 6): content hashes,
// migrating answers to a newer version, and comparing two audits.

#include <salesaudit/answers.hpp>
#include <salesaudit/questionnaire.hpp>
#include <salesaudit/registry.hpp>
#include <salesaudit/scoring.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit {

// SHA-256 of `bytes`, 64 lowercase hex digits.
[[nodiscard]] std::string sha256_hex(std::string_view bytes);

// SHA-256 of a JSON document's canonical form: parsed, then re-serialised with keys
// sorted and no insignificant whitespace. Formatting-only edits keep the hash.
// Throws DataError on invalid JSON.
[[nodiscard]] std::string canonical_sha256(std::string_view json_text, const std::string& display_name);

// --- migrate --------------------------------------------------------------------

struct MigrationResult {
  AnswerSet answers;                 // bound to the target questionnaire, pinning it
  std::vector<std::string> steps;    // "crisis-mode@1.0.0 -> crisis-mode@2.0.0", in order
  std::vector<std::string> changes;  // what was renamed, remapped and dropped, in order
};

// Turns an answers document into answers of `target`, applying the chain of `migrations`
// from the answers' version (intermediate versions come from `registry`). Answers that the
// target does not know or no longer accepts are dropped, each with a line in `changes`.
// Throws DataError when the document is invalid, is for another questionnaire id, is
// newer than `target`, or no chain of migrations leads to `target`.
[[nodiscard]] MigrationResult migrate_answers(std::string_view text, const std::string& display_name,
                                              const Questionnaire& target, const Registry& registry);

// --- diff -----------------------------------------------------------------------

// What one audit says, read from a scored answers document or from a JSON report.
struct AuditSnapshot {
  struct Dimension {
    std::string id;
    std::string title;
    std::optional<double> score;  // rounded to 2 decimals
    std::optional<std::string> band;
    std::optional<std::string> band_label;
  };
  struct Item {
    std::string id;
    std::optional<double> score;  // 0..100, rounded; nullopt when not answered
  };
  std::string source;  // display name of the input
  std::string questionnaire_id;
  std::string questionnaire_version;
  std::optional<std::string> respondent;  // name, else id
  std::optional<double> overall;
  std::optional<std::string> overall_band;
  std::optional<std::string> overall_label;
  std::vector<Dimension> dimensions;               // questionnaire order
  std::vector<std::string> recommendations;        // triggered recommendation ids, ranked
  std::vector<std::string> recommendation_titles;  // parallel to recommendations
  std::optional<std::vector<Item>> items;          // answers documents only
};

[[nodiscard]] AuditSnapshot snapshot_of(const ScoreCard& card, const std::string& source);
// Reads a `salesaudit.report/v1` document. Throws DataError naming the place of a problem.
[[nodiscard]] AuditSnapshot snapshot_of_report(std::string_view text, const std::string& display_name);

struct AuditDiff {
  struct Change {
    std::string id;
    std::string title;
    std::optional<double> before;
    std::optional<double> after;
    std::optional<double> delta;  // after - before when both exist, rounded
    std::optional<std::string> band_before;
    std::optional<std::string> band_after;
  };
  struct Action {
    std::string id;
    std::string title;
  };
  AuditSnapshot before;
  AuditSnapshot after;
  Change overall;
  std::vector<Change> dimensions;  // order of `after`, then dimensions only in `before`
  bool items_compared = false;     // both inputs were answers documents
  std::vector<Change> improved;    // item score rose; largest rise first, then id
  std::vector<Change> regressed;   // item score fell; largest fall first, then id
  std::vector<Action> resolved;    // triggered before, not after (before's rank order)
  std::vector<Action> added;       // triggered after, not before (after's rank order)
  std::vector<std::string> notes;  // e.g. the versions compared differ

  // True when any dimension's score fell.
  [[nodiscard]] bool regression() const;
};

[[nodiscard]] AuditDiff diff_audits(AuditSnapshot before, AuditSnapshot after);

enum class DiffFormat { text, markdown, json };
// Parses "text", "markdown"/"md", "json"; throws UsageError otherwise.
[[nodiscard]] DiffFormat parse_diff_format(std::string_view name);
void render_diff(const AuditDiff& diff, DiffFormat format, std::ostream& out);

}  // namespace salesaudit
