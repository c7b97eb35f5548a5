#pragma once
// Question ids of one questionnaire -> their index, for the batch fast path. Exports list
// answers in questionnaire order, so "the one after the previous" is tried first; other
// keys go through a small open-addressing table hashed on the id's length and last bytes
// (ids share prefixes such as "dep-"), always confirmed by a full comparison.

#include <salesaudit/questionnaire.hpp>

#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

namespace salesaudit::batch {

class QuestionIndex {
 public:
  // Indexes `q` (its ids are viewed, not copied: `q` must outlive the lookups).
  void build(const Questionnaire& q) {
    ids_.clear();
    for (const auto& question : q.questions) ids_.emplace_back(question.id);
    std::size_t size = 16;
    while (size < 4 * ids_.size()) size *= 2;
    mask_ = size - 1;
    slots_.assign(size, kEmpty);
    for (std::size_t i = 0; i < ids_.size(); ++i) {
      std::size_t s = hash(ids_[i]) & mask_;
      while (slots_[s] != kEmpty && ids_[slots_[s]] != ids_[i]) s = (s + 1) & mask_;
      if (slots_[s] == kEmpty) slots_[s] = static_cast<std::uint32_t>(i);  // a repeated id keeps its first
    }
  }

  [[nodiscard]] std::optional<std::size_t> find(std::string_view id) const {
    for (std::size_t s = hash(id) & mask_;; s = (s + 1) & mask_) {
      const std::uint32_t i = slots_[s];
      if (i == kEmpty) return std::nullopt;
      if (same(ids_[i], id)) return i;
    }
  }

  // find(), trying the question after the previous hit first.
  [[nodiscard]] std::optional<std::size_t> find(std::string_view id, std::size_t& hint) const {
    if (hint < ids_.size() && same(ids_[hint], id)) return hint++;
    auto i = find(id);
    if (i) hint = *i + 1;
    return i;
  }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFF;

  // Equality of two ids inline, eight bytes at a time (the last word overlapping): ids are
  // a few dozen bytes, and a memcmp call cost more than the comparison.
  static bool same(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    const char* x = a.data();
    const char* y = b.data();
    if (n < 8) {
      for (std::size_t i = 0; i < n; ++i) {
        if (x[i] != y[i]) return false;
      }
      return true;
    }
    for (std::size_t i = 0; i + 8 <= n; i += 8) {
      if (word(x + i) != word(y + i)) return false;
    }
    return word(x + n - 8) == word(y + n - 8);
  }
  static std::uint64_t word(const char* p) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, 8);
    return w;
  }

  static std::size_t hash(std::string_view id) {
    std::uint64_t tail = 0;
    const std::size_t n = id.size() < 8 ? id.size() : 8;
    if (n > 0) std::memcpy(&tail, id.data() + id.size() - n, n);
    const std::uint64_t h = (tail ^ (id.size() * 0x9E3779B97F4A7C15ULL)) * 0xFF51AFD7ED558CCDULL;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }

  std::vector<std::string_view> ids_;
  std::vector<std::uint32_t> slots_ = std::vector<std::uint32_t>(16, kEmpty);
  std::size_t mask_ = 15;
};

}  // namespace salesaudit::batch
