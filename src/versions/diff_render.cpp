// Renders an AuditDiff as text, Markdown or JSON (`salesaudit.diff/v1`).

#include "i18n/messages.hpp"
#include "report/escape.hpp"

#include <salesaudit/versions.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <nlohmann/json.hpp>

#include <ostream>

namespace salesaudit {

namespace {

using ordered = nlohmann::ordered_json;
using i18n::tr;
using i18n::trc;
using i18n::trf;

// Text and Markdown are read by people: the language's decimal separator and words.
std::string score_text(const std::optional<double>& v) {
  return v ? i18n::decimal(fmt::format("{:.2f}", *v)) : std::string(tr("n/a"));
}

std::string delta_text(const std::optional<double>& v) {
  if (!v) return tr("n/a");
  return i18n::decimal(*v > 0 ? fmt::format("+{:.2f}", *v) : fmt::format("{:.2f}", *v));
}

std::string band_text(const std::optional<std::string>& before, const std::optional<std::string>& after) {
  // TRANSLATORS: the band of an audit that has no overall or dimension score.
  const std::string a = before.value_or(trc("band", "none"));
  const std::string b = after.value_or(trc("band", "none"));
  return a == b ? a : a + " -> " + b;
}

std::string who(const AuditSnapshot& s) {
  std::string out = fmt::format("{}  {}@{}", s.source, s.questionnaire_id, s.questionnaire_version);
  if (s.respondent) out += "  " + *s.respondent;
  return report::escape_control(out);  // names come from the input: no terminal escapes
}

void text_changes(std::ostream& out, const char* heading, const std::vector<AuditDiff::Change>& changes) {
  fmt::print(
      out, "\n{}\n",
      changes.empty() ? trf("{} ({}): none", heading, 0) : trf("{} ({}, item scores 0-100):", heading, changes.size()));
  for (const auto& c : changes) {
    fmt::print(out, "  {:<28} {:>7} -> {:>7}  {:>8}\n", c.id, score_text(c.before), score_text(c.after),
               delta_text(c.delta));
  }
}

void text_actions(std::ostream& out, const char* heading, const std::vector<AuditDiff::Action>& actions) {
  fmt::print(out, "\n{}\n",
             actions.empty() ? trf("{} ({}): none", heading, 0) : trf("{} ({}):", heading, actions.size()));
  for (const auto& a : actions) fmt::print(out, "  - {}: {}\n", a.id, a.title);
}

void render_text(const AuditDiff& diff, std::ostream& out) {
  fmt::print(out, "{}\n", trf("Audit diff ({})", diff.after.questionnaire_id));
  fmt::print(out, "  {}\n  {}\n\n", trf("old: {}", who(diff.before)), trf("new: {}", who(diff.after)));
  fmt::print(out, "  {:<28} {:>7}    {:>7}  {:>8}  {}\n", "", trc("diff table", "old"), trc("diff table", "new"),
             trc("diff table", "change"), trc("diff table", "band"));
  auto row = [&out](const AuditDiff::Change& c, const std::string& title) {
    fmt::print(out, "  {:<28} {:>7} -> {:>7}  {:>8}  {}\n", title, score_text(c.before), score_text(c.after),
               delta_text(c.delta), band_text(c.band_before, c.band_after));
  };
  row(diff.overall, trc("diff table", "Overall"));
  for (const auto& c : diff.dimensions) row(c, "  " + c.title);
  if (diff.items_compared) {
    text_changes(out, tr("Questions improved"), diff.improved);
    text_changes(out, tr("Questions regressed"), diff.regressed);
  }
  text_actions(out, tr("Actions resolved"), diff.resolved);
  text_actions(out, tr("Actions new"), diff.added);
  if (!diff.notes.empty()) {
    fmt::print(out, "\n{}\n", tr("Notes:"));
    for (const auto& n : diff.notes) fmt::print(out, "  - {}\n", n);
  }
  fmt::print(out, "\n{}\n",
             diff.regression() ? tr("Regression: at least one dimension dropped.") : tr("No dimension dropped."));
}

std::string md(std::string text) {  // a table cell: pipes would split it
  std::string out;
  for (char c : report::escape_control(text)) {
    if (c == '|') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

void md_changes(std::ostream& out, const char* heading, const std::vector<AuditDiff::Change>& changes) {
  fmt::print(out, "\n### {} ({})\n\n", heading, changes.size());
  if (changes.empty()) {
    fmt::print(out, "{}\n", tr("None."));
    return;
  }
  out << tr("Item scores from 0 to 100.\n\n| Question | Old | New | Change |\n|---|---:|---:|---:|\n");
  for (const auto& c : changes) {
    fmt::print(out, "| `{}` | {} | {} | {} |\n", md(c.id), score_text(c.before), score_text(c.after),
               delta_text(c.delta));
  }
}

void md_actions(std::ostream& out, const char* heading, const std::vector<AuditDiff::Action>& actions) {
  fmt::print(out, "\n### {} ({})\n\n", heading, actions.size());
  if (actions.empty()) fmt::print(out, "{}\n", tr("None."));
  for (const auto& a : actions) fmt::print(out, "- **{}** (`{}`)\n", md(a.title), md(a.id));
}

void render_markdown(const AuditDiff& diff, std::ostream& out) {
  out << trf("## Audit diff: {}\n\n", md(diff.after.questionnaire_id));
  out << tr("| | Old | New |\n|---|---|---|\n");
  out << trf("| Input | `{}` | `{}` |\n", md(diff.before.source), md(diff.after.source));
  out << trf("| Version | {} | {} |\n", md(diff.before.questionnaire_version), md(diff.after.questionnaire_version));
  out << trf("| Respondent | {} | {} |\n\n", md(diff.before.respondent.value_or("")),
             md(diff.after.respondent.value_or("")));
  out << tr("| Score | Old | New | Change | Band |\n|---|---:|---:|---:|---|\n");
  auto row = [&out](const AuditDiff::Change& c, const std::string& title) {
    fmt::print(out, "| {} | {} | {} | {} | {} |\n", title, score_text(c.before), score_text(c.after),
               delta_text(c.delta), md(band_text(c.band_before, c.band_after)));
  };
  row(diff.overall, "**" + std::string(trc("diff table", "Overall")) + "**");
  for (const auto& c : diff.dimensions) row(c, md(c.title));
  if (diff.items_compared) {
    md_changes(out, tr("Questions improved"), diff.improved);
    md_changes(out, tr("Questions regressed"), diff.regressed);
  }
  md_actions(out, tr("Actions resolved"), diff.resolved);
  md_actions(out, tr("Actions new"), diff.added);
  if (!diff.notes.empty()) {
    fmt::print(out, "\n### {}\n\n", tr("Notes"));
    for (const auto& n : diff.notes) fmt::print(out, "- {}\n", md(n));
  }
  fmt::print(out, "\n{}\n",
             diff.regression() ? tr("**Regression:** at least one dimension dropped.") : tr("No dimension dropped."));
}

ordered opt(const std::optional<double>& v) {
  return v ? ordered(*v) : ordered(nullptr);
}
ordered opt(const std::optional<std::string>& v) {
  return v ? ordered(*v) : ordered(nullptr);
}

ordered side(const AuditSnapshot& s) {
  ordered out;
  out["source"] = s.source;
  out["questionnaire"] = {{"id", s.questionnaire_id}, {"version", s.questionnaire_version}};
  out["respondent"] = opt(s.respondent);
  return out;
}

ordered change_json(const AuditDiff::Change& c, bool with_bands) {
  ordered out;
  out["id"] = c.id;
  if (with_bands) out["title"] = c.title;
  out["old"] = opt(c.before);
  out["new"] = opt(c.after);
  out["delta"] = opt(c.delta);
  if (with_bands) {
    out["old_band"] = opt(c.band_before);
    out["new_band"] = opt(c.band_after);
  }
  return out;
}

ordered actions_json(const std::vector<AuditDiff::Action>& actions) {
  ordered out = ordered::array();
  for (const auto& a : actions) out.push_back({{"id", a.id}, {"title", a.title}});
  return out;
}

void render_json(const AuditDiff& diff, std::ostream& out) {
  ordered doc;
  doc["format"] = "salesaudit.diff/v1";
  doc["old"] = side(diff.before);
  doc["new"] = side(diff.after);
  doc["overall"] = change_json(diff.overall, true);
  ordered dims = ordered::array();
  for (const auto& c : diff.dimensions) dims.push_back(change_json(c, true));
  doc["dimensions"] = dims;
  if (diff.items_compared) {
    ordered improved = ordered::array();
    ordered regressed = ordered::array();
    for (const auto& c : diff.improved) improved.push_back(change_json(c, false));
    for (const auto& c : diff.regressed) regressed.push_back(change_json(c, false));
    doc["questions"] = {{"improved", improved}, {"regressed", regressed}};
  } else {
    doc["questions"] = nullptr;  // reports carry no item scores
  }
  doc["actions"] = {{"resolved", actions_json(diff.resolved)}, {"new", actions_json(diff.added)}};
  doc["regression"] = diff.regression();
  doc["notes"] = diff.notes;
  out << doc.dump(2, ' ', false, ordered::error_handler_t::replace) << '\n';
}

}  // namespace

void render_diff(const AuditDiff& diff, DiffFormat format, std::ostream& out) {
  switch (format) {
    case DiffFormat::text: render_text(diff, out); break;
    case DiffFormat::markdown: render_markdown(diff, out); break;
    case DiffFormat::json: render_json(diff, out); break;
  }
}

}  // namespace salesaudit
