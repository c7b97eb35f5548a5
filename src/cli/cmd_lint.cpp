// `salesaudit lint`: authoring advice for questionnaires that are already valid.

#include "cli/context.hpp"
#include "cli/language_options.hpp"

#include <salesaudit/document.hpp>
#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/lint.hpp>
#include <salesaudit/registry.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

namespace salesaudit::cli {

namespace {

struct LintOptions {
  std::vector<std::string> questionnaires;
  bool strict = false;
  std::optional<std::string> lang;
};

bool is_translation_file(const std::string& ref) {
  if (!is_path_reference(ref) || ref == "-") return false;
  try {
    return detect_document(read_input(ref), ref) == DocumentKind::translation;
  } catch (const Error&) {
    return false;  // the questionnaire loader reports it
  }
}

// The translation's findings, and the count line, like a questionnaire's.
std::size_t lint_one_translation(const Translation& t, const Questionnaire& q, Context& context) {
  const auto findings = lint_translation(q, t);
  for (const auto& f : findings) fmt::print(context.out, "{}: {}: {}\n", t.source, f.pointer, f.advice);
  fmt::print(context.out, "{}: {} finding{} ({} translation of {}@{})\n", t.source, findings.size(),
             findings.size() == 1 ? "" : "s", t.language, q.id, q.version);
  return findings.size();
}

int run_lint(const LintOptions& options, Context& context) {
  int worst = 0;
  std::size_t findings = 0;
  for (const auto& ref : options.questionnaires) {
    if (is_translation_file(ref)) {
      try {
        const TranslationDocument doc = read_translation_document(read_input(ref), ref, context);
        findings += lint_one_translation(doc.translation, *doc.questionnaire, context);
      } catch (const DataError& e) {
        for (const auto& diagnostic : e.diagnostics()) fmt::print(context.err, "{}\n", diagnostic);
        worst = static_cast<int>(ExitCode::data_invalid);
      }
      continue;
    }
    std::shared_ptr<const Questionnaire> q;
    try {
      q = context.registry().resolve(ref);
    } catch (const DataError& e) {
      for (const auto& diagnostic : e.diagnostics()) fmt::print(context.err, "{}\n", diagnostic);
      worst = static_cast<int>(ExitCode::data_invalid);
      continue;
    } catch (const InputError& e) {
      fmt::print(context.err, "salesaudit: {}\n", e.what());
      worst = static_cast<int>(ExitCode::input_missing);
      continue;
    }
    const LintReport report = lint(*q);
    for (const auto& f : report.findings) fmt::print(context.out, "{}: {}: {}\n", q->source, f.pointer, f.advice);
    fmt::print(context.out, "{}: {} finding{}; estimated completion time {} ({} questions)\n", q->source,
               report.findings.size(), report.findings.size() == 1 ? "" : "s",
               format_duration(report.estimated_seconds), report.questions);
    findings += report.findings.size();
    if (options.lang) {  // the translation the questionnaire would be shown in
      try {
        if (auto t = context.registry().translation_for(*q, *options.lang)) {
          findings += lint_one_translation(*t, *q, context);
        } else {
          fmt::print(context.err, "salesaudit: warning: no {} translation of {}@{}\n", *options.lang, q->id,
                     q->version);
        }
      } catch (const DataError& e) {
        for (const auto& diagnostic : e.diagnostics()) fmt::print(context.err, "{}\n", diagnostic);
        worst = static_cast<int>(ExitCode::data_invalid);
      }
    }
  }
  if (worst != 0) return worst;
  return options.strict && findings > 0 ? static_cast<int>(ExitCode::threshold_failed) : 0;
}

}  // namespace

void setup_lint(CLI::App& app, Context& context) {
  auto options = std::make_shared<LintOptions>();
  auto* cmd = app.add_subcommand("lint", "Authoring advice for a valid questionnaire, one line per finding");
  cmd->footer(R"(Findings: bands no answer can reach, dimensions with one question, questions
feeding no recommendation, recommendations fed by no question, a reverse-keyed share
outside a quarter to a third, "and"/"or" in a question. Each line reads
`file: /json/pointer: advice`; a last line per file gives the estimated completion time.
Exit 0 (findings are advice), 1 with --strict when there are findings, 65 if invalid.

A translation document (salesaudit.translation/v1) lists every text it leaves
untranslated or merely copies; so does --lang TAG for each questionnaire's translation.

Examples:
  salesaudit lint my-questionnaire.json
  salesaudit lint crisis-mode --lang fr --strict
  salesaudit lint questionnaires/my-audit/1.0.0.de.json
  salesaudit lint crisis-mode --strict)");
  cmd->add_option("questionnaires", options->questionnaires, "Questionnaire files or ID[@VERSION]")
      ->required()
      ->type_name("QUESTIONNAIRE...");
  cmd->add_flag("--strict", options->strict, "Exit 1 when there is any finding");
  cmd->add_option("--lang", options->lang,
                  "Also lint each questionnaire's translation into TAG (untranslated or copied texts)")
      ->type_name("TAG");
  cmd->callback([options, &context] { context.exit_code = run_lint(*options, context); });
}

}  // namespace salesaudit::cli
