#include "forms/header_match.hpp"

#include <algorithm>
#include <set>

namespace salesaudit::forms {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::set<std::string> words(std::string_view s) {
  std::set<std::string> out;
  std::string word;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      word += c;
    } else if (!word.empty()) {
      out.insert(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.insert(word);
  return out;
}

}  // namespace

std::string normalise(std::string_view text) {
  // One pass into a buffer of the input's size (the text only shrinks): lower case,
  // U+2018/2019 -> ', U+201C/201D -> ", U+00A0 no-break space -> space, white space
  // collapsed and trimmed at the front (the end below).
  std::string out(text.size(), '\0');
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    char put = static_cast<char>(std::tolower(c));
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      const auto d = static_cast<unsigned char>(text[i + 2]);
      if (d == 0x98 || d == 0x99 || d == 0x9C || d == 0x9D) {
        put = d == 0x98 || d == 0x99 ? '\'' : '"';
        i += 2;
      }
    } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      put = ' ';
      ++i;
    }
    if (is_space(put)) {
      if (n > 0 && out[n - 1] != ' ') out[n++] = ' ';
    } else {
      out[n++] = put;
    }
  }
  out.resize(n);
  while (!out.empty() && (out.back() == ' ' || out.back() == '*')) out.pop_back();
  // A leading number: `3.`, `3)`, `Q3.`, `q3:` followed by a space.
  std::size_t i = out.size() > 1 && out[0] == 'q' && std::isdigit(static_cast<unsigned char>(out[1])) != 0 ? 1 : 0;
  const std::size_t digits = i;
  while (i < out.size() && std::isdigit(static_cast<unsigned char>(out[i])) != 0) ++i;
  if (i > digits && i < out.size() && (out[i] == '.' || out[i] == ')' || out[i] == ':') &&
      (i + 1 == out.size() || out[i + 1] == ' ')) {
    out.erase(0, std::min(out.size(), i + 2));
  }
  return out;
}

QuestionIndex::QuestionIndex(const Questionnaire& questionnaire, const Questionnaire* translated)
    : questionnaire_(questionnaire), shown_(translated != nullptr ? *translated : questionnaire) {
  for (const auto& q : shown_.questions) {
    texts_.push_back(normalise(q.text));
    words_.push_back(words(texts_.back()));
  }
  if (&shown_ != &questionnaire_) {
    for (const auto& q : questionnaire.questions) texts_.push_back(normalise(q.text));
  }
}

QuestionIndex::QuestionIndex(std::shared_ptr<const Questionnaire> questionnaire,
                             std::shared_ptr<const Questionnaire> translated)
    : QuestionIndex(*questionnaire, translated.get()) {
  keep_ = std::move(questionnaire);
  keep_shown_ = std::move(translated);
}

std::optional<std::size_t> QuestionIndex::find(std::string_view heading, bool* translated) const {
  if (translated != nullptr) *translated = false;
  const std::string n = normalise(heading);
  if (n.empty()) return std::nullopt;
  const std::size_t count = questionnaire_.questions.size();
  for (std::size_t i = 0; i < texts_.size(); ++i) {
    if (texts_[i] != n) continue;
    // A translated text that is the same as the own one is not a sign of the language.
    if (translated != nullptr) *translated = i < count && &shown_ != &questionnaire_ && n != texts_[count + i];
    return i % count;
  }
  // A column headed by the question id (forms built with `salesaudit export`, export tags).
  std::string trimmed(heading);
  while (!trimmed.empty() && is_space(trimmed.back())) trimmed.pop_back();
  while (!trimmed.empty() && is_space(trimmed.front())) trimmed.erase(0, 1);
  return questionnaire_.question_index(trimmed);
}

std::vector<std::string> QuestionIndex::closest(std::string_view heading, std::size_t count) const {
  const auto wanted = words(normalise(heading));
  std::vector<std::pair<double, std::size_t>> ranked;
  for (std::size_t i = 0; i < shown_.questions.size(); ++i) {
    const auto& have = words_[i];
    std::size_t common = 0;
    for (const auto& w : wanted) common += have.count(w);
    if (common == 0) continue;
    const double score = static_cast<double>(common) / static_cast<double>(wanted.size() + have.size() - common);
    ranked.emplace_back(-score, i);
  }
  std::stable_sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  for (std::size_t k = 0; k < ranked.size() && k < count; ++k) out.push_back(shown_.questions[ranked[k].second].text);
  return out;
}

std::optional<std::pair<std::string, std::string>> split_bracket(std::string_view heading) {
  std::string_view h = heading;
  while (!h.empty() && is_space(h.back())) h.remove_suffix(1);
  if (h.empty() || h.back() != ']') return std::nullopt;
  const auto open = h.rfind('[');
  if (open == std::string_view::npos || open == 0) return std::nullopt;
  return std::make_pair(std::string(h.substr(0, open)), std::string(h.substr(open + 1, h.size() - open - 2)));
}

}  // namespace salesaudit::forms
