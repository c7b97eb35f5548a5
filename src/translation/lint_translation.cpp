// Lint rules for translation documents: what is left untranslated or only copied.

#include "load/json_document.hpp"

#include <salesaudit/lint.hpp>

#include <fmt/format.h>

namespace salesaudit {

namespace {

void copied(std::vector<LintFinding>& out, const std::optional<std::string>& translated, const std::string& original,
            const std::string& pointer) {
  if (translated && !original.empty() && *translated == original) {
    out.push_back({pointer, "copied", "same text as the questionnaire's: translate it, or leave the key out"});
  }
}

}  // namespace

std::vector<LintFinding> lint_translation(const Questionnaire& q, const Translation& t) {
  using detail::pointer_token;
  std::vector<LintFinding> out;
  for (auto& pointer : untranslated_texts(q, t)) {
    out.push_back({std::move(pointer), "untranslated", "not translated: the questionnaire's own text shows"});
  }
  copied(out, t.title, q.title, "/title");
  copied(out, t.description, q.description, "/description");
  for (const auto& dim : q.dimensions) {
    auto it = t.dimensions.find(dim.id);
    if (it == t.dimensions.end()) continue;
    copied(out, it->second.title, dim.title, "/dimensions/" + pointer_token(dim.id) + "/title");
    copied(out, it->second.description, dim.description, "/dimensions/" + pointer_token(dim.id) + "/description");
  }
  for (const auto& question : q.questions) {
    auto it = t.questions.find(question.id);
    if (it == t.questions.end()) continue;
    const std::string at = "/questions/" + pointer_token(question.id);
    copied(out, it->second.text, question.text, at + "/text");
    copied(out, it->second.help, question.help, at + "/help");
    if (it->second.labels && *it->second.labels == question.labels) {
      out.push_back({at + "/labels", "copied", "same labels as the questionnaire's: translate them"});
    }
  }
  for (const auto& rec : q.recommendations) {
    auto it = t.recommendations.find(rec.id);
    if (it == t.recommendations.end()) continue;
    copied(out, it->second.title, rec.title, "/recommendations/" + pointer_token(rec.id) + "/title");
    copied(out, it->second.action, rec.action, "/recommendations/" + pointer_token(rec.id) + "/action");
  }
  for (const auto& flag : q.red_flags) {
    auto it = t.red_flags.find(flag.id);
    if (it != t.red_flags.end()) copied(out, it->second, flag.message, "/red_flags/" + pointer_token(flag.id));
  }
  return out;
}

}  // namespace salesaudit
