#include "cli/language_options.hpp"

#include "i18n/messages.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/language.hpp>
#include <salesaudit/translation.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

namespace salesaudit::cli {

namespace {

std::string primary(std::string_view tag) {
  return std::string(tag.substr(0, tag.find('-')));
}

}  // namespace

void add_language_options(CLI::App& cmd, LanguageCliOptions& options, bool translation_file) {
  cmd.add_option("--lang", options.lang,
                 "Language of the texts (BCP 47 tag: fr, fr-CA, es ...); default: the answers' language, then "
                 "LANGUAGE, LC_ALL, LC_MESSAGES, LANG, then the questionnaire's")
      ->type_name("TAG")
      ->check([](const std::string& tag) {
        return normalize_language_tag(tag).empty() ? fmt::format("\"{}\" is not a language tag", tag) : "";
      });
  if (translation_file) {
    cmd.add_option("--translation", options.translation,
                   "Translation document (salesaudit.translation/v1) to use instead of the ones found beside "
                   "the questionnaire")
        ->type_name("FILE");
  }
}

Localized localize(const LanguageCliOptions& options, std::shared_ptr<const Questionnaire> questionnaire,
                   const std::optional<std::string>& answers_language, bool human, Context& context) {
  const Questionnaire& q = *questionnaire;
  std::optional<Translation> translation;
  LanguageChoice choice;
  if (!options.translation.empty()) {
    translation = load_translation(read_input(options.translation), display_name(options.translation), &q);
    choice = options.lang ? LanguageChoice{normalize_language_tag(*options.lang), LanguageSource::option}
                          : LanguageChoice{translation->language, LanguageSource::option};
  } else {
    choice = choose_language(options.lang, answers_language, human, q.language);
    if (primary(choice.tag) != primary(q.language) ||
        (choice.tag != q.language && choice.tag.find('-') != std::string::npos)) {
      translation = context.registry().translation_for(q, choice.tag);
    }
  }
  Localized out{questionnaire, choice.tag};
  if (translation) {
    out.questionnaire = std::make_shared<const Questionnaire>(apply_translation(q, *translation));
  } else if (primary(choice.tag) != primary(q.language) && !options.quiet) {
    fmt::print(context.err, "salesaudit: warning: no {} translation of {}@{}; its texts stay in {}\n", choice.tag, q.id,
               q.version, q.language);
  }
  i18n::set_language(human ? choice.tag : "");
  return out;
}

TranslationDocument read_translation_document(
    const std::string& text, const std::string& name, Context& context,
    const std::map<std::string, std::shared_ptr<const Questionnaire>>& given) {
  const Translation pin = load_translation(text, name);  // the document alone: format, keys, types
  std::shared_ptr<const Questionnaire> q;
  if (auto it = given.find(pin.questionnaire_id + "@" + pin.questionnaire_version); it != given.end()) {
    q = it->second;
  } else {
    std::vector<std::string> versions;
    for (const auto& entry : context.registry().entries()) {
      if (entry.id != pin.questionnaire_id) continue;
      if (entry.version == pin.questionnaire_version) {
        q = context.registry().load(entry);
        break;
      }
      versions.push_back(entry.version);
    }
    if (!q) {
      throw DataError({fmt::format(
          "{}: {}: translates {}@{}, which matches no questionnaire here ({}); add it with --questionnaire-path DIR",
          name, versions.empty() ? "/questionnaire/id" : "/questionnaire/version", pin.questionnaire_id,
          pin.questionnaire_version,
          versions.empty() ? std::string("no such questionnaire")
                           : fmt::format("available versions: {}", fmt::join(versions, ", ")))});
    }
  }
  return {load_translation(text, name, q.get()), q};
}

}  // namespace salesaudit::cli
