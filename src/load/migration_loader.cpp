// Parses `migrations` (format contract, section 6); applying them is migrate's job.

#include "load/questionnaire_parts.hpp"

#include <fmt/format.h>

namespace salesaudit::detail {

using nlohmann::json;

namespace {
bool known(const Questionnaire& q, const std::string& id) {
  for (const auto& question : q.questions) {
    if (question.id == id) return true;
  }
  return false;
}

}  // namespace

void parse_migrations(const json& array, const std::string& pointer, Diagnostics& d, Questionnaire& q) {
  for (std::size_t i = 0; i < array.size(); ++i) {
    ObjectReader r(array[i], fmt::format("{}/{}", pointer, i), d, {"from", "rename", "drop", "values"});
    if (!r.ok()) continue;
    Migration m;
    m.from = r.string("from").value_or("");
    if (const json* rename = r.object("rename", false)) {
      for (const auto& [old_id, new_id] : rename->items()) {
        const std::string at = r.at("rename") + "/" + old_id;
        if (!new_id.is_string()) {
          d.error(at, fmt::format("expected a question id, got {}", describe(new_id)));
          continue;
        }
        if (!known(q, new_id.get<std::string>())) {
          d.error(at, fmt::format("\"{}\" is not a question of this questionnaire", new_id.get<std::string>()));
        }
        m.rename.emplace_back(old_id, new_id.get<std::string>());
      }
    }
    if (const json* drop = r.array("drop", false)) {
      for (std::size_t k = 0; k < drop->size(); ++k) {
        if (!(*drop)[k].is_string()) {
          d.error(fmt::format("{}/{}", r.at("drop"), k),
                  fmt::format("expected a question id, got {}", describe((*drop)[k])));
          continue;
        }
        m.drop.push_back((*drop)[k].get<std::string>());
      }
    }
    if (const json* values = r.object("values", false)) {
      for (const auto& [question_id, mapping] : values->items()) {
        const std::string at = r.at("values") + "/" + question_id;
        if (!known(q, question_id))
          d.error(at, fmt::format("\"{}\" is not a question of this questionnaire", question_id));
        if (!mapping.is_object()) {
          d.error(at, fmt::format("expected an object mapping old values to new ones, got {}", describe(mapping)));
          continue;
        }
        std::vector<std::pair<std::string, Value>> pairs;
        for (const auto& [old_value, new_value] : mapping.items()) {
          auto v = to_value(new_value);
          if (!v) {
            d.error(at + "/" + old_value, fmt::format("expected an answer value, got {}", describe(new_value)));
            continue;
          }
          pairs.emplace_back(old_value, std::move(*v));  // old answers match by their text: "often", "3"
        }
        m.values.emplace_back(question_id, std::move(pairs));
      }
    }
    q.migrations.push_back(std::move(m));
  }
}

}  // namespace salesaudit::detail
