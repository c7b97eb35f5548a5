// `salesaudit diff`: compare two audits (answers documents or JSON reports) of one questionnaire.

#include "cli/context.hpp"
#include "cli/language_options.hpp"
#include "i18n/messages.hpp"

#include <salesaudit/answers.hpp>
#include <salesaudit/document.hpp>
#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/language.hpp>
#include <salesaudit/scoring.hpp>
#include <salesaudit/versions.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include <sstream>

namespace salesaudit::cli {

namespace {

struct DiffOptions {
  std::string old_input;
  std::string new_input;
  std::string format = "text";
  std::string output;
  bool fail_on_regression = false;
  LanguageCliOptions language;
};

// One side of the diff, read but not yet scored.
struct Side {
  std::string path;
  std::string name;
  std::string text;
  DocumentKind kind = DocumentKind::unknown;
  std::string id;
  std::string version;
  // Kept alive for the score card, which points into them.
  std::shared_ptr<const Questionnaire> questionnaire;
  std::optional<AnswerSet> answers;
};

Side read_side(const std::string& path) {
  Side s{path, display_name(path), read_input(path), DocumentKind::unknown, {}, {}, nullptr, std::nullopt};
  s.kind = detect_document(s.text, s.name);
  if (s.kind == DocumentKind::answers) {
    const QuestionnairePin pin = read_answers_pin(s.text, s.name);
    s.id = pin.id;
    s.version = pin.version;
  } else if (s.kind == DocumentKind::report) {
    const AuditSnapshot snapshot = snapshot_of_report(s.text, s.name);
    s.id = snapshot.questionnaire_id;
    s.version = snapshot.questionnaire_version;
  } else {
    throw DataError(
        {fmt::format("{}: /format: expected \"salesaudit.answers/v1\" or \"salesaudit.report/v1\"", s.name)});
  }
  return s;
}

std::string major_of(const std::string& version) {
  return version.substr(0, version.find('.'));
}

// The questionnaire the newer side is scored against: what it pins, else the newest of its major.
std::shared_ptr<const Questionnaire> newest_questionnaire(const Side& s, Context& context) {
  if (s.kind == DocumentKind::answers) return context.registry().for_pin(QuestionnairePin{s.id, s.version, {}}, s.name);
  return context.registry().resolve(s.id + "@" + major_of(s.version));
}

// Dimension, band and action titles in the reader's language (the scores do not depend on
// it); a JSON report keeps the titles it was written with.
AuditSnapshot snapshot(Side& s, const Side& newer, std::vector<std::string>& notes, const DiffOptions& options,
                       bool human, Context& context) {
  if (s.kind == DocumentKind::report) return snapshot_of_report(s.text, s.name);
  if (major_of(s.version) != major_of(newer.version)) {
    // Answers from an older major are migrated to the newer side's questionnaire first.
    s.questionnaire = newest_questionnaire(newer, context);
    MigrationResult migrated = migrate_answers(s.text, s.name, *s.questionnaire, context.registry());
    for (const auto& change : migrated.changes) fmt::print(context.err, "{}: migrated: {}\n", s.name, change);
    notes.push_back(i18n::trf("{} was migrated from {}@{} to {}@{} before scoring", s.name, s.id, s.version,
                              s.questionnaire->id, s.questionnaire->version));
    s.answers = std::move(migrated.answers);
  } else {
    s.questionnaire = context.registry().for_pin(QuestionnairePin{s.id, s.version, {}}, s.name);
    s.answers = load_answers(s.text, s.name, *s.questionnaire);
    print_warnings(context.err, s.name, s.answers->warnings);
  }
  s.questionnaire = localize(options.language, s.questionnaire, s.answers->language, human, context).questionnaire;
  return snapshot_of(score(*s.questionnaire, *s.answers), s.name);
}

int run_diff(const DiffOptions& options, Context& context) {
  const DiffFormat format = parse_diff_format(options.format);
  Side old_side = read_side(options.old_input);
  Side new_side = read_side(options.new_input);
  if (old_side.id != new_side.id) {
    throw DataError(
        {fmt::format("{}: /questionnaire/id: \"{}\" differs from \"{}\" in {}; diff compares audits of "
                     "the same questionnaire",
                     new_side.name, new_side.id, old_side.id, old_side.name)});
  }
  const Side& newer = compare_versions(old_side.version, new_side.version) > 0 ? old_side : new_side;
  const bool human = format != DiffFormat::json;
  if (old_side.kind == DocumentKind::report && new_side.kind == DocumentKind::report) {
    // Two reports: no questionnaire to translate, only the tool's phrases.
    i18n::set_language(human ? choose_language(options.language.lang, std::nullopt, true, "en").tag : "");
  }
  std::vector<std::string> notes;
  AuditSnapshot before = snapshot(old_side, newer, notes, options, human, context);
  // When both sides were scored, a missing translation is warned about once.
  DiffOptions second = options;
  second.language.quiet = old_side.kind == DocumentKind::answers;
  AuditSnapshot after = snapshot(new_side, newer, notes, second, human, context);
  AuditDiff diff = diff_audits(std::move(before), std::move(after));
  diff.notes.insert(diff.notes.begin(), notes.begin(), notes.end());
  std::ostringstream rendered;
  render_diff(diff, format, rendered);
  context.emit(options.output, rendered.str(), {options.old_input, options.new_input});
  return options.fail_on_regression && diff.regression() ? static_cast<int>(ExitCode::threshold_failed) : 0;
}

}  // namespace

void setup_diff(CLI::App& app, Context& context) {
  auto options = std::make_shared<DiffOptions>();
  auto* cmd = app.add_subcommand("diff", "Compare two audits: score changes, band changes, actions resolved and new");
  cmd->footer(R"(OLD and NEW are answers documents or JSON reports (score --format json) of the
same questionnaire. Answers of an older major version are migrated first. Questions
improved and regressed are listed when both inputs are answers documents. Text and
Markdown follow the language (--lang, the answers' language, the environment); a
JSON report keeps the titles it was written with.

Examples:
  salesaudit diff audit-2025.json audit-2026.json
  salesaudit diff old-report.json new-answers.json --format markdown
  salesaudit diff baseline.json current.json --fail-on-regression   (exit 1 if a dimension dropped))");
  cmd->add_option("old", options->old_input, "Earlier audit: answers or JSON report; - reads stdin")
      ->required()
      ->type_name("OLD");
  cmd->add_option("new", options->new_input, "Later audit: answers or JSON report")->required()->type_name("NEW");
  cmd->add_option("-f,--format", options->format, "Output format: text, markdown or json")->capture_default_str();
  cmd->add_option("-o,--output", options->output, "Write the diff to FILE (atomically) instead of stdout")
      ->type_name("FILE");
  cmd->add_flag("--fail-on-regression", options->fail_on_regression, "Exit 1 when any dimension's score dropped");
  add_language_options(*cmd, options->language, /*translation_file=*/false);
  cmd->callback([options, &context] { context.exit_code = run_diff(*options, context); });
}

}  // namespace salesaudit::cli
