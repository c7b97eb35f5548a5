#pragma once
// "did you mean" hints of the batch fast path, remembered per unknown key.

#include "load/diagnostics.hpp"
#include "load/messages.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace salesaudit::batch {

// "did you mean" hints for unknown keys: closest() over one list of names, remembered per
// key (exports repeat the same few unknown keys on every line). Bounded: past kMax keys,
// and for keys longer than kMaxKey, hints are computed and not kept.
class HintCache {
 public:
  void set_candidates(std::vector<std::string> names) {
    names_ = std::move(names);
    found_.clear();
  }
  template <std::size_t N>
  void set_candidates(const std::array<std::string_view, N>& names) {
    set_candidates(std::vector<std::string>(names.begin(), names.end()));
  }
  // The hint for `key`, or nullopt when `hints` has none left (then none is shown).
  const std::optional<std::string>& get(std::string_view key, const detail::HintBudget& hints) {
    static const std::optional<std::string> kNone;
    if (hints.used >= detail::HintBudget::kMaxHints) return kNone;
    if (key.size() > kMaxKey) return scratch_ = detail::closest(key, names_);
    auto it = found_.find(std::string(key));
    if (it != found_.end()) return it->second;
    if (found_.size() >= kMax) return scratch_ = detail::closest(key, names_);
    return found_.emplace(std::string(key), detail::closest(key, names_)).first->second;
  }

 private:
  static constexpr std::size_t kMax = 256;    // keys remembered
  static constexpr std::size_t kMaxKey = 64;  // longer keys are not kept (memory stays small)
  std::vector<std::string> names_;
  std::unordered_map<std::string, std::optional<std::string>> found_;
  std::optional<std::string> scratch_;
};

}  // namespace salesaudit::batch
