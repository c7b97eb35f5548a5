// `salesaudit validate`: check questionnaires and answers documents, reporting every problem.

#include "cli/context.hpp"
#include "cli/language_options.hpp"

#include <salesaudit/answers.hpp>
#include <salesaudit/document.hpp>
#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include <map>

namespace salesaudit::cli {

namespace {

struct ValidateOptions {
  std::vector<std::string> files;
  std::string questionnaire;
};

class Validator {
 public:
  Validator(const ValidateOptions& options, Context& context) : options_(options), context_(context) {}

  int run() {
    // Questionnaires first, so answers given alongside them are checked against them.
    std::vector<std::pair<std::string, std::string>> answers;
    std::vector<std::pair<std::string, std::string>> translations;
    for (const auto& path : options_.files) {
      attempt(path, [&] {
        std::string text = read_input(path);
        const DocumentKind kind = detect_document(text, display_name(path));
        if (kind == DocumentKind::questionnaire) {
          auto q = std::make_shared<const Questionnaire>(load_questionnaire(text, display_name(path)));
          given_[q->id + "@" + q->version] = q;
          ok(path, {});
        } else if (kind == DocumentKind::answers) {
          answers.emplace_back(path, std::move(text));
        } else if (kind == DocumentKind::translation) {
          translations.emplace_back(path, std::move(text));
        } else {
          throw DataError(
              {fmt::format("{}: /format: expected \"salesaudit.questionnaire/v1\", "
                           "\"salesaudit.answers/v1\" or \"salesaudit.translation/v1\"",
                           display_name(path))});
        }
      });
    }
    for (const auto& [path, text] : translations) {
      attempt(path, [&, &p = path, &t = text] {
        (void)read_translation_document(t, display_name(p), context_, given_);
        ok(p, {});
      });
    }
    for (const auto& [path, text] : answers) {
      attempt(path, [&, &p = path, &t = text] {
        const std::string name = display_name(p);
        auto q = questionnaire_for(t, name);
        const AnswerSet set = load_answers(t, name, *q);
        ok(p, set.warnings);
      });
    }
    return worst_;
  }

 private:
  template <typename Fn>
  void attempt(const std::string& path, Fn&& fn) {
    try {
      fn();
    } catch (const DataError& e) {
      for (const auto& diagnostic : e.diagnostics()) fmt::print(context_.err, "{}\n", diagnostic);
      fail(e.code());
    } catch (const Error& e) {
      fmt::print(context_.err, "{}\n", e.what());
      fail(e.code());
    }
    (void)path;
  }

  void fail(ExitCode code) {
    // A missing input outranks invalid content: the run could not even look at it.
    const int value = static_cast<int>(code);
    if (worst_ != static_cast<int>(ExitCode::input_missing)) worst_ = value;
  }

  void ok(const std::string& path, const std::vector<std::string>& warnings) {
    print_warnings(context_.err, display_name(path), warnings);
    fmt::print(context_.out, "{}: ok\n", display_name(path));
  }

  std::shared_ptr<const Questionnaire> questionnaire_for(const std::string& text, const std::string& name) {
    if (!options_.questionnaire.empty()) return context_.registry().resolve(options_.questionnaire);
    const QuestionnairePin pin = read_answers_pin(text, name);
    if (auto it = given_.find(pin.id + "@" + pin.version); it != given_.end()) return it->second;
    return context_.registry().for_pin(pin, name);
  }

  const ValidateOptions& options_;
  Context& context_;
  std::map<std::string, std::shared_ptr<const Questionnaire>> given_;
  int worst_ = 0;
};

}  // namespace

void setup_validate(CLI::App& app, Context& context) {
  auto options = std::make_shared<ValidateOptions>();
  auto* cmd = app.add_subcommand("validate", "Check questionnaires and answers documents; list every problem");
  cmd->footer(R"(Documents are told apart by their "format". Answers are checked against a
questionnaire given on the same command line, else the one they pin.

A translation (salesaudit.translation/v1) is checked against the questionnaire
version it names: given on the command line, else on the search path or built in.

Examples:
  salesaudit validate questionnaires/crisis-mode/1.0.0.json
  salesaudit validate questionnaires/crisis-mode/2.0.0.fr.json
  salesaudit validate my-questionnaire.json answers/*.json)");
  cmd->add_option("files", options->files, "Questionnaire, answers or translation documents; - reads stdin")
      ->required()
      ->type_name("FILE...");
  cmd->add_option("-q,--questionnaire", options->questionnaire, "Check answers against this questionnaire")
      ->type_name("FILE|ID");
  cmd->callback([options, &context] { context.exit_code = Validator(*options, context).run(); });
}

}  // namespace salesaudit::cli
