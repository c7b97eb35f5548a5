// `salesaudit run`: take the audit interactively, with autosave, resume and safe interrupts.

#include "cli/context.hpp"
#include "cli/language_options.hpp"
#include "cli/report_options.hpp"
#include "interview/answers_file.hpp"
#include "interview/line_terminal.hpp"
#include "interview/raw_terminal.hpp"
#include "interview/signals.hpp"

#include "i18n/messages.hpp"

#include <salesaudit/answers.hpp>
#include <salesaudit/error.hpp>
#include <salesaudit/interview.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/report.hpp>
#include <salesaudit/scoring.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>

#include <unistd.h>

namespace salesaudit::cli {

namespace {

constexpr const char* kDefaultQuestionnaire = "crisis-mode";
constexpr int kInterrupted = static_cast<int>(ExitCode::interrupted);

struct RunOptions {
  std::string questionnaire;
  std::string answers;
  bool resume = false;
  bool restart = false;
  bool accessible = false;
  ReportCliOptions report;
  LanguageCliOptions language;
};

bool term_is_dumb() {
  const char* term = std::getenv("TERM");
  return term != nullptr && std::string_view(term) == "dumb";
}

// The stdout colour rule (Context::stdout_color) applied to stderr, where prompts go.
bool stderr_escapes(const Context& context) {
  if (context.color == ColorMode::never) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return context.color == ColorMode::always || (!term_is_dumb() && ::isatty(STDERR_FILENO) == 1);
}

std::string shell_quote(const std::string& word) {
  if (!word.empty() &&
      word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./_-") ==
          std::string::npos) {
    return word;
  }
  std::string quoted = "'";
  for (const char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string resume_command(const RunOptions& options, const std::string& path) {
  std::string command = "salesaudit run";
  if (!options.questionnaire.empty()) command += " " + shell_quote(options.questionnaire);
  if (!options.answers.empty()) command += " --answers " + shell_quote(path);
  return command + " --resume";
}

int stopped(Context& context, const RunOptions& options, const std::string& path, const Progress& progress) {
  fmt::print(context.err, "saved {} of {} answers to {}; resume with: {}\n", progress.answered, progress.total, path,
             resume_command(options, path));
  return kInterrupted;
}

// Asks whether to resume an unfinished file: true = resume, false = start over, nullopt = interrupted.
std::optional<bool> ask_resume(Terminal& terminal, const std::string& path, const AnswerSet& saved,
                               const Progress& progress) {
  terminal.print(i18n::trf("{} holds an unfinished audit: {} of {} answered (started {}).", path, progress.answered,
                           progress.total, saved.started_at.value_or(i18n::tr("at an unknown time"))));
  for (;;) {
    const auto reply = terminal.read_line(i18n::tr("Resume where you stopped? [Y/n] "));
    if (!reply) return std::nullopt;
    if (reply->empty() || *reply == "y" || *reply == "Y" || *reply == "yes") return true;
    if (*reply == "n" || *reply == "N" || *reply == "no") return false;
    terminal.print(i18n::tr("Type y to resume or n to start over (the old answers are kept as a backup)."));
  }
}

int run_run(const RunOptions& options, Context& context) {
  namespace fs = std::filesystem;
  const Format format = parse_format(options.report.format);
  if (options.answers == "-") throw UsageError("--answers needs a file name: the answers are saved as you go");

  // Which questionnaire: the one named, else the one an existing answers file pins (so a
  // newer built-in version never takes over a file started with an older one).
  std::shared_ptr<const Questionnaire> questionnaire;
  if (!options.questionnaire.empty()) questionnaire = context.registry().resolve(options.questionnaire);
  const std::string path = options.answers.empty()
                               ? default_answers_path(questionnaire ? questionnaire->id : kDefaultQuestionnaire)
                               : options.answers;
  std::optional<std::string> existing;
  if (!options.restart && fs::exists(path)) existing = read_input(path);
  if (!questionnaire) {
    questionnaire = existing ? context.registry().for_pin(read_answers_pin(*existing, path), path)
                             : context.registry().resolve(kDefaultQuestionnaire);
  }
  const Questionnaire& q = *questionnaire;
  if (existing && !options.questionnaire.empty()) {
    const QuestionnairePin pin = read_answers_pin(*existing, path);
    if (pin.id != q.id || pin.version != q.version) {
      throw UsageError(fmt::format(
          "{}: holds answers for {}@{}, not {}@{}; continue it with 'salesaudit run {}@{} --answers {}', or start "
          "over with --restart (the old file is kept as a backup)",
          path, pin.id, pin.version, q.id, q.version, pin.id, pin.version, shell_quote(path)));
    }
  }

  std::optional<AnswerSet> saved;
  if (existing) {
    AnswerSet set = load_answers(*existing, path, q);
    if (set.completed_at) {
      throw UsageError(fmt::format(
          "{}: this audit was finished at {}; see its report with 'salesaudit score {}', or start a new one "
          "with --restart (the finished file is kept as a backup)",
          path, *set.completed_at, shell_quote(path)));
    }
    saved = std::move(set);
  } else if (options.resume) {
    throw InputError(fmt::format("{}: no saved answers to resume; run without --resume to start", path));
  }
  // The respondent's language: --lang, else the one a resumed file was started in, else
  // the environment's; recorded in the answers so every later report follows it.
  const Localized localized =
      localize(options.language, questionnaire, saved ? saved->language : std::nullopt, true, context);
  const Questionnaire& lq = *localized.questionnaire;

  InterruptGuard guard;
  const bool line_mode =
      options.accessible || term_is_dumb() || ::isatty(STDIN_FILENO) != 1 || ::isatty(STDERR_FILENO) != 1;
  std::unique_ptr<Terminal> terminal;
  RawTerminal* raw = nullptr;
  if (line_mode) {
    terminal = std::make_unique<LineTerminal>(STDIN_FILENO, context.err, guard.fd(),
                                              ::isatty(STDIN_FILENO) == 1 ? Echo::off : Echo::on);
  } else {
    const bool unicode = make_render_options(options.report, context).unicode;
    auto owned = std::make_unique<RawTerminal>(STDIN_FILENO, STDERR_FILENO, guard.fd(),
                                               stderr_escapes(context) ? Escapes::on : Escapes::off,
                                               unicode ? Glyphs::unicode : Glyphs::ascii);
    raw = owned.get();
    terminal = std::move(owned);
  }
  const auto restore_terminal = [&] {
    if (raw != nullptr) raw->restore();
  };
  const auto save = [&](const AnswerSet& set) { write_file_atomic(path, to_json(set, q)); };

  if (options.restart && fs::exists(path)) {
    terminal->print(i18n::trf("Kept the previous answers as {}.", keep_backup(path)));
  }
  AnswerSet start;
  bool fresh = true;
  if (saved) {
    const Progress progress = Interview(lq, *saved).progress();
    std::optional<bool> resume = options.resume ? std::optional<bool>(true) : std::nullopt;
    if (!resume) resume = ask_resume(*terminal, path, *saved, progress);
    if (!resume) {
      restore_terminal();
      return stopped(context, options, path, progress);
    }
    fresh = !*resume;
    if (fresh) {
      terminal->print(i18n::trf("Kept the previous answers as {}.", keep_backup(path)));
    } else {
      start = std::move(*saved);
      start.language = localized.language;
      terminal->print(i18n::trf("Resuming: {} of {} answered.", progress.answered, progress.total));
    }
  }
  if (fresh) {
    start.questionnaire = {q.id, q.version, q.sha256().empty() ? std::nullopt : std::optional<std::string>(q.sha256())};
    start.started_at = now_utc();
    start.language = localized.language;
    save(start);
    terminal->print(intro_text(lq));
    terminal->print(
        i18n::trf("Answers are saved to {} after each one: q saves and quits, and you can resume later.", path) + "\n");
    if (!ask_respondent(*terminal, start.respondent)) {
      restore_terminal();
      return stopped(context, options, path, Interview(lq, start).progress());
    }
    save(start);
  }

  Interview interview(lq, std::move(start));
  const InterviewEnd end = run_interview(interview, *terminal, save);
  restore_terminal();
  if (end != InterviewEnd::finished) return stopped(context, options, path, interview.progress());

  AnswerSet done = interview.document();
  done.completed_at = now_utc();
  save(done);
  const ScoreCard card = score(lq, done);
  std::ostringstream report;
  render(card, format, make_render_options(options.report, context), report);
  context.emit(options.report.output, report.str(), {path});
  fmt::print(context.err,
             "Answers saved to {}.\nOther formats: salesaudit score {} --format html --output report.html\n", path,
             shell_quote(path));
  return 0;
}

}  // namespace

void setup_run(CLI::App& app, Context& context) {
  auto options = std::make_shared<RunOptions>();
  auto* cmd = app.add_subcommand("run", "Take the audit interactively (answers are saved as you go)");
  cmd->footer(R"(Examples:
  salesaudit run                                   the crisis-mode audit; answers in salesaudit-crisis-mode-answers.json
  salesaudit run --resume                          continue where you stopped
  salesaudit run --answers me.json --format markdown --output report.md
  salesaudit run --answers me.json < replies.txt    replies from a file: name, team, role, then one per question

Keys at every question: ? help, < back, > skip (optional questions), r review, q save and quit.
Ctrl-C saves and exits with code 130; resume later with --resume.)");
  cmd->add_option("questionnaire", options->questionnaire,
                  "Questionnaire file or ID[@VERSION]; default: crisis-mode, or the one --answers pins")
      ->type_name("FILE|ID");
  cmd->add_option("-a,--answers", options->answers,
                  "Answers file, saved after every answer; default: salesaudit-<id>-answers.json here")
      ->type_name("FILE");
  auto* resume = cmd->add_flag("--resume", options->resume, "Continue an unfinished answers file without asking");
  auto* restart =
      cmd->add_flag("--restart", options->restart, "Start over; an existing answers file is kept as FILE.<n>.bak");
  resume->excludes(restart);
  cmd->add_flag("--accessible", options->accessible,
                "Line mode: plain, append-only prompts, one reply per line (screen readers)");
  add_report_options(*cmd, options->report);
  add_language_options(*cmd, options->language);
  cmd->callback([options, &context] { context.exit_code = run_run(*options, context); });
}

}  // namespace salesaudit::cli
