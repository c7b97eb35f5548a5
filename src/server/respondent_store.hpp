#pragma once
// The answers folder as the server sees it: one answers document per respondent
// (DIR/<token>.json), kept in memory too, each behind its own mutex. Every change is on
// disk (atomic write, fsync) before update() returns, so a confirmed answer survives a kill.

#include <salesaudit/answers.hpp>
#include <salesaudit/questionnaire.hpp>

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <vector>

namespace salesaudit::server {

struct RespondentSnapshot {
  std::size_t number = 0;  // 1-based, in the order respondents started
  AnswerSet answers;
};

class RespondentStore {
 public:
  // Loads every DIR/<token>.json of `questionnaire`; other or unreadable files are
  // reported on `log` and left alone.
  RespondentStore(const Questionnaire& questionnaire, std::string dir, std::ostream& log);

  // A new respondent with its file written; returns its token.
  [[nodiscard]] std::string create(const Respondent& who);
  // Runs `change` on a copy of the respondent's answers under its lock; when it returns
  // true the copy is written to disk and then kept. False: no such respondent.
  bool update(const std::string& token, const std::function<bool(AnswerSet&)>& change);
  [[nodiscard]] std::optional<RespondentSnapshot> get(const std::string& token) const;
  // Every respondent, in start order.
  [[nodiscard]] std::vector<RespondentSnapshot> all() const;

 private:
  struct Entry {
    std::mutex mutex;
    std::size_t number = 0;
    AnswerSet answers;
  };
  [[nodiscard]] std::shared_ptr<Entry> find(const std::string& token) const;
  void write(const std::string& token, const AnswerSet& answers) const;

  const Questionnaire* questionnaire_;
  std::string dir_;
  mutable std::shared_mutex map_mutex_;
  std::map<std::string, std::shared_ptr<Entry>> entries_;
  std::size_t count_ = 0;
};

// The facilitator token kept in DIR/.facilitator-token (mode 0600), created on first use.
[[nodiscard]] std::string facilitator_token(const std::string& dir);

}  // namespace salesaudit::server
