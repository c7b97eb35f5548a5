#include "forms/read_export.hpp"

#include "batch/csv_answers.hpp"
#include "forms/column_plan.hpp"
#include "forms/delimited_table.hpp"
#include "forms/export_answers.hpp"
#include "forms/language_view.hpp"
#include "forms/tool_reader.hpp"
#include "forms/value_match.hpp"
#include "forms/xlsx_table.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/forms.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <tuple>

namespace salesaudit::forms {

std::vector<std::string> from_names() {
  std::vector<std::string> names = {"auto"};
  for (const auto* reader : tool_readers()) names.emplace_back(reader->name());
  names.insert(names.end(), {"surveyjs", "salesaudit"});
  return names;
}

void check_from(const std::string& from) {
  const auto names = from_names();
  if (std::find(names.begin(), names.end(), from) != names.end()) return;
  throw UsageError(fmt::format("unknown --from \"{}\" (expected {})", from, fmt::join(names, ", ")));
}

bool names_tool(const std::string& from) {
  return !from.empty() && from != "auto" && from != "salesaudit";
}

std::vector<std::shared_ptr<const Questionnaire>> candidate_questionnaires(const std::string& ref,
                                                                           const Registry& registry) {
  std::vector<std::shared_ptr<const Questionnaire>> out;
  if (!ref.empty() && is_path_reference(ref)) return {registry.resolve(ref)};
  const QuestionnaireRef parsed = ref.empty() ? QuestionnaireRef{} : parse_reference(ref);
  for (const auto& entry : registry.entries()) {
    if (!ref.empty() && (entry.id != parsed.id || !version_matches(entry.version, parsed.version))) continue;
    try {
      out.push_back(registry.load(entry));
    } catch (const Error&) {
      if (!ref.empty()) throw;  // a broken questionnaire nobody asked for is not a candidate
    }
  }
  if (out.empty()) return {registry.resolve(ref.empty() ? "crisis-mode" : ref)};
  return out;
}

namespace {

// An export opened and its header read: the tool, the headings and where they are.
struct OpenedExport {
  std::unique_ptr<Table> table;
  const ToolReader* reader = nullptr;
  std::vector<Row> header;
  std::vector<Heading> headings;
  bool xlsx = false;
};

// nullopt: salesaudit's own CSV (not detected and not named by --from).
std::optional<OpenedExport> open_export(const BatchInput& input, const std::string& name, const std::string& from,
                                        const batch::ColumnMap& map) {
  OpenedExport e;
  e.table = open_table(input, name);
  e.xlsx = dynamic_cast<const DelimitedTable*>(e.table.get()) == nullptr;
  Row first;
  bool any = false;
  try {
    any = e.table->next(first);
  } catch (const DataError&) {
    if (!names_tool(from) && !e.xlsx) return std::nullopt;  // no header to detect: salesaudit's reader says why
    throw;
  }
  if (!any) {
    if (!names_tool(from)) return std::nullopt;
    throw DataError({fmt::format("{}: the export is empty: no header row", name)});
  }
  if (!first.error.empty()) throw DataError({first.error});
  std::vector<std::string> fields;
  for (const auto& f : first.fields) fields.emplace_back(trim(f));
  // A `respondent_id` column, or a map naming one, is salesaudit's own layout (format-v1
  // section 2), read as before; maps that `salesaudit map` writes never name it.
  const bool own = std::find(fields.begin(), fields.end(), "respondent_id") != fields.end() ||
                   std::any_of(map.begin(), map.end(), [](const auto& m) { return m.second == "respondent_id"; });
  if (own && !names_tool(from) && !e.xlsx) return std::nullopt;
  e.reader = names_tool(from) ? find_reader(from) : detect_reader(fields, e.table->first_field_quoted());
  if (e.reader == nullptr) {
    if (!e.xlsx) return std::nullopt;
    throw DataError(
        {fmt::format("{}: the first sheet's header is no export layout salesaudit knows (pass --from "
                     "TOOL); its first column is \"{}\"",
                     e.table->where(first, 0), fields.empty() ? "" : fields[0])});
  }
  e.header.push_back(std::move(first));
  while (e.header.size() < e.reader->header_rows()) {
    Row more;
    if (!e.table->next(more)) break;
    if (!more.error.empty()) throw DataError({more.error});
    e.header.push_back(std::move(more));
  }
  e.headings = e.reader->headings(e.header);
  return e;
}

// The language views of a candidate: the batch's cached ones, or loaded for `map`.
using ViewsOf = std::function<std::vector<LanguageView>(const std::shared_ptr<const Questionnaire>&)>;

struct Chosen {
  std::shared_ptr<const Questionnaire> questionnaire;
  ColumnPlan plan;
};

// The candidate whose questions the headings match best: the most columns matched, then
// the fewest of its questions left without a column (so an export of a form built from
// one version keeps that version when a newer one adds questions); remaining ties go to
// the first listed (the registry lists each id's versions newest first). Each candidate
// is tried in each language it has (language_views), so a form exported with --lang
// reads back with no map: the language whose texts match the most columns wins, and a
// tie keeps the first view (the --lang language, else the questionnaire's own).
Chosen choose(const OpenedExport& e, const std::vector<std::shared_ptr<const Questionnaire>>& candidates,
              const ViewsOf& views_of, const batch::ColumnMap& map) {
  const auto where = [&](std::size_t i) { return e.table->where(e.header[0], i); };
  // More matched, fewer missing, then more matched by text: headings that are ids
  // (Qualtrics export tags) match every language alike, the texts tell which it is.
  const auto rank = [](const Questionnaire& c, const ColumnPlan& p) {
    return std::make_tuple(p.matched, -static_cast<long>(c.questions.size() - p.matched), p.by_text);
  };
  // Ranked without "closest question" hints, which only the chosen plan's messages show
  // and which cost most of the ranking (a comparison with every question, for every
  // unmatched column, in every candidate and language).
  Chosen best;
  for (const auto& q : candidates) {
    for (const auto& view : views_of(q)) {
      ColumnPlan plan = plan_columns(*e.reader, e.headings, *q, view, map, where, false);
      if (!best.questionnaire || rank(*q, plan) > rank(*best.questionnaire, best.plan)) best = {q, std::move(plan)};
    }
  }
  if (best.questionnaire && !best.plan.errors.empty()) {
    const LanguageView view = best.plan.view;
    best.plan = plan_columns(*e.reader, e.headings, *best.questionnaire, view, map, where, true);
  }
  return best;
}

}  // namespace

bool read_export(const BatchInput& input, const BatchOptions& options, batch::QuestionnaireCache& cache,
                 const std::function<bool(BatchRecord&&)>& sink) {
  if (options.from == "salesaudit") return false;
  if (input.format == InputFormat::ndjson && ndjson_is_surveyjs(input, options, cache)) {
    read_surveyjs(input, options, cache, sink);
    return true;
  }
  if (options.from == "surveyjs") {
    if (input.format == InputFormat::json) return false;  // read_records reads it as SurveyJS JSON
    read_surveyjs(input, options, cache, sink);
    return true;
  }
  if (!names_tool(options.from) && (input.format != InputFormat::csv || input.path == "-")) return false;
  const std::string name = input.path == "-" ? "<stdin>" : input.path;
  const batch::ColumnMap map = options.map_file.empty() ? batch::ColumnMap{} : batch::load_column_map(options.map_file);
  auto opened = open_export(input, name, options.from, map);
  if (!opened) return false;
  const ViewsOf views_of = [&](const auto& q) { return cache.language_views(q, options.language); };
  Chosen chosen = choose(*opened, cache.candidates(), views_of, map);
  const std::size_t matched = chosen.plan.matched;
  if (!chosen.plan.errors.empty() || matched == 0) {
    BatchRecord record;
    record.where = opened->table->row_where(opened->header[0]);
    record.errors = std::move(chosen.plan.errors);
    if (matched == 0) {
      record.errors.push_back(fmt::format("{}: no column of this {} export matches a question of {}@{}", record.where,
                                          opened->reader->title(), chosen.questionnaire->id,
                                          chosen.questionnaire->version));
    }
    record.error_code = ExitCode::data_invalid;
    if (!sink(std::move(record)) || matched == 0) return true;
  }
  ExportAnswers answers(*opened->table, *opened->reader, chosen.questionnaire, std::move(chosen.plan), opened->xlsx);
  BatchRecord record;
  while (answers.next(record)) {
    if (!sink(std::move(record))) break;
  }
  return true;
}

bool is_own_csv_file(const BatchInput& input, const BatchOptions& options) {
  if (input.format != InputFormat::csv || input.path == "-" || !input.problem.empty() || input.bytes) return false;
  if (options.from == "salesaudit") return true;
  if (options.from == "surveyjs" || names_tool(options.from)) return false;
  try {
    const batch::ColumnMap map =
        options.map_file.empty() ? batch::ColumnMap{} : batch::load_column_map(options.map_file);
    return !open_export(input, input.path, options.from, map).has_value();
  } catch (const Error&) {
    return false;
  }
}

InferredMap infer_map(const std::string& path, const std::string& from, const std::string& questionnaire,
                      const std::string& map_file, const Registry& registry, const std::string& language) {
  check_from(from);
  if (from == "surveyjs" || from == "salesaudit") {
    throw UsageError(fmt::format("map reads form tools' CSV and xlsx exports; --from {} needs no map", from));
  }
  const batch::ColumnMap map = map_file.empty() ? batch::ColumnMap{} : batch::load_column_map(map_file);
  auto opened = open_export(BatchInput{path, InputFormat::csv, {}, {}}, path == "-" ? "<stdin>" : path, from, map);
  if (!opened) {
    throw DataError({fmt::format("{}: the header is no form tool's export layout (pass --from TOOL)", path)});
  }
  const ViewsOf views_of = [&](const auto& q) { return language_views(q, registry, language); };
  Chosen chosen = choose(*opened, candidate_questionnaires(questionnaire, registry), views_of, map);
  InferredMap out;
  out.language = chosen.plan.view.language.empty() ? chosen.questionnaire->language : chosen.plan.view.language;
  out.tool = std::string(opened->reader->name());
  out.questionnaire = chosen.questionnaire->id + "@" + chosen.questionnaire->version;
  out.errors = chosen.plan.errors;
  const Questionnaire& q = *chosen.questionnaire;
  for (std::size_t i = 0; i < opened->headings.size(); ++i) {
    const PlannedColumn& c = chosen.plan.columns[i];
    InferredColumn column;
    column.title = opened->headings[i].key;
    column.how = c.how;
    using Kind = PlannedColumn::Kind;
    switch (c.kind) {
      case Kind::question:
      case Kind::option: column.target = q.questions[c.question].id; break;
      case Kind::respondent_id: break;  // null keeps the metadata role (a respondent_id map is salesaudit's CSV)
      case Kind::name: column.target = "respondent_name"; break;
      case Kind::team: column.target = "team"; break;
      case Kind::role: column.target = "role"; break;
      default: break;
    }
    out.columns.push_back(std::move(column));
  }
  return out;
}

}  // namespace salesaudit::forms
