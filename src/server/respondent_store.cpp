#include "server/respondent_store.hpp"

#include "interview/answers_file.hpp"
#include "server/token.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <filesystem>

namespace salesaudit::server {

namespace fs = std::filesystem;

namespace {

constexpr unsigned kPrivateMode = 0600;

std::string trimmed_token(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace

RespondentStore::RespondentStore(const Questionnaire& questionnaire, std::string dir, std::ostream& log)
    : questionnaire_(&questionnaire), dir_(std::move(dir)) {
  struct Loaded {
    std::string token;
    AnswerSet answers;
  };
  std::vector<Loaded> loaded;
  for (const auto& item : fs::directory_iterator(dir_)) {
    const fs::path& path = item.path();
    if (path.extension() != ".json" || !is_token(path.stem().string())) continue;
    std::error_code ec;
    if (!item.is_regular_file(ec)) continue;
    try {
      const std::string text = read_input(path.string());
      const QuestionnairePin pin = read_answers_pin(text, path.string());
      if (pin.id != questionnaire.id || pin.version != questionnaire.version) {
        fmt::print(log, "salesaudit: {}: answers for {}@{}, not {}@{}; left alone\n", path.string(), pin.id,
                   pin.version, questionnaire.id, questionnaire.version);
        continue;
      }
      loaded.push_back({path.stem().string(), load_answers(text, path.string(), questionnaire)});
    } catch (const DataError& e) {
      for (const auto& d : e.diagnostics()) fmt::print(log, "{}\n", d);
      fmt::print(log, "salesaudit: {}: not loaded\n", path.string());
    } catch (const Error& e) {
      fmt::print(log, "salesaudit: {}\n", e.what());
    }
  }
  // Start order: started_at, then token (stable across restarts).
  std::sort(loaded.begin(), loaded.end(), [](const Loaded& a, const Loaded& b) {
    const auto& sa = a.answers.started_at.value_or("");
    const auto& sb = b.answers.started_at.value_or("");
    return sa != sb ? sa < sb : a.token < b.token;
  });
  for (auto& l : loaded) {
    auto entry = std::make_shared<Entry>();
    entry->number = ++count_;
    entry->answers = std::move(l.answers);
    entries_.emplace(l.token, std::move(entry));
  }
}

void RespondentStore::write(const std::string& token, const AnswerSet& answers) const {
  write_file_atomic((fs::path(dir_) / (token + ".json")).string(), to_json(answers, *questionnaire_), kPrivateMode);
}

std::string RespondentStore::create(const Respondent& who) {
  AnswerSet answers;
  const Questionnaire& q = *questionnaire_;
  answers.questionnaire = {q.id, q.version, q.sha256().empty() ? std::nullopt : std::optional<std::string>(q.sha256())};
  answers.respondent = who;
  answers.language = q.language;  // the language the pages are served in (translations-v1)
  answers.started_at = now_utc();
  answers.answers.resize(q.questions.size());
  answers.comments.resize(q.questions.size());
  std::string token;
  {
    std::shared_lock lock(map_mutex_);
    do token = new_token();
    while (entries_.count(token) != 0);
  }
  write(token, answers);  // on disk before anyone can see the token
  auto entry = std::make_shared<Entry>();
  entry->answers = std::move(answers);
  std::unique_lock lock(map_mutex_);
  entry->number = ++count_;
  entries_.emplace(token, std::move(entry));
  return token;
}

std::shared_ptr<RespondentStore::Entry> RespondentStore::find(const std::string& token) const {
  if (!is_token(token)) return nullptr;
  std::shared_lock lock(map_mutex_);
  const auto it = entries_.find(token);
  return it == entries_.end() ? nullptr : it->second;
}

bool RespondentStore::update(const std::string& token, const std::function<bool(AnswerSet&)>& change) {
  const auto entry = find(token);
  if (!entry) return false;
  std::lock_guard lock(entry->mutex);
  AnswerSet copy = entry->answers;
  if (change(copy)) {
    write(token, copy);
    entry->answers = std::move(copy);
  }
  return true;
}

std::optional<RespondentSnapshot> RespondentStore::get(const std::string& token) const {
  const auto entry = find(token);
  if (!entry) return std::nullopt;
  std::lock_guard lock(entry->mutex);
  return RespondentSnapshot{entry->number, entry->answers};
}

std::vector<RespondentSnapshot> RespondentStore::all() const {
  std::vector<std::shared_ptr<Entry>> list;
  {
    std::shared_lock lock(map_mutex_);
    for (const auto& [token, entry] : entries_) list.push_back(entry);
  }
  std::vector<RespondentSnapshot> out;
  out.reserve(list.size());
  for (const auto& entry : list) {
    std::lock_guard lock(entry->mutex);
    out.push_back({entry->number, entry->answers});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.number < b.number; });
  return out;
}

std::string facilitator_token(const std::string& dir) {
  const std::string path = (fs::path(dir) / ".facilitator-token").string();
  std::error_code ec;
  if (fs::exists(path, ec)) {
    std::string token = trimmed_token(read_input(path));
    if (!is_token(token))
      throw DataError({fmt::format("{}: not a facilitator token; remove the file to make a new one", path)});
    return token;
  }
  std::string token = new_token();
  write_file_atomic(path, token + "\n", kPrivateMode);
  return token;
}

}  // namespace salesaudit::server
