// libFuzzer target: the questionnaire loader on arbitrary bytes. Any outcome but a
// DataError (or a loaded questionnaire that scores) is a bug.

#include <salesaudit/answers.hpp>
#include <salesaudit/error.hpp>
#include <salesaudit/questionnaire.hpp>
#include <salesaudit/scoring.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const salesaudit::Questionnaire q = salesaudit::load_questionnaire(text, "fuzz.json");
    // A questionnaire that loads must score an empty answer set without trouble.
    salesaudit::AnswerSet empty;
    empty.answers.resize(q.questions.size());
    empty.comments.resize(q.questions.size());
    (void)salesaudit::score(q, empty);
  } catch (const salesaudit::DataError&) {
  }
  return 0;
}
