// libFuzzer target: the answers loader on arbitrary bytes, against the built-in
// questionnaire; documents that load are scored and written back out.

#include <salesaudit/answers.hpp>
#include <salesaudit/error.hpp>
#include <salesaudit/registry.hpp>
#include <salesaudit/scoring.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const salesaudit::Registry registry;
  static const auto questionnaire = registry.resolve("crisis-mode@1");
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const salesaudit::AnswerSet answers = salesaudit::load_answers(text, "fuzz.json", *questionnaire);
    (void)salesaudit::score(*questionnaire, answers);
    (void)salesaudit::to_json(answers, *questionnaire);
  } catch (const salesaudit::DataError&) {
  }
  try {
    (void)salesaudit::read_answers_pin(text, "fuzz.json");
  } catch (const salesaudit::DataError&) {
  }
  return 0;
}
