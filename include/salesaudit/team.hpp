#pragma once
// The team report: many respondents of one questionnaire summarized together.
// Compute once (summarize_team), render many (render_team).

#include <salesaudit/questionnaire.hpp>
#include <salesaudit/report.hpp>
#include <salesaudit/scoring.hpp>

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace salesaudit {

// Cronbach's alpha and item-rest correlations need at least this many respondents.
inline constexpr std::size_t kMinReliabilityRespondents = 10;

// One respondent's results, indexed like the team questionnaire (unrounded).
struct TeamMember {
  std::string label;  // respondent id, else where the record came from
  std::optional<std::string> role;
  std::optional<double> overall;
  std::optional<std::size_t> overall_band;        // index into bands (after the cap)
  std::vector<std::optional<double>> dimensions;  // score per dimension; nullopt = no score
  std::vector<double> coverage;                   // per dimension
  std::vector<std::optional<double>> items;       // item score s in [0, 1] per question; nullopt = not answered
  std::vector<double> gains;                      // per recommendation; 0 = not triggered
};

// Maps a score card onto `team` by dimension, question, band and recommendation id, so
// respondents of different minor versions of one questionnaire can be compared.
[[nodiscard]] TeamMember team_member(const Questionnaire& team, const ScoreCard& card, std::string label);

// Re-indexes a member built for `from` onto `to` (another version of the questionnaire).
// Questions, dimensions and recommendations missing from `from` stay unanswered/zero.
[[nodiscard]] TeamMember remap_member(const TeamMember& member, const Questionnaire& from, const Questionnaire& to);

// Respondents' scores for one dimension (or overall).
struct Distribution {
  std::size_t n = 0;         // respondents with a score
  std::size_t no_score = 0;  // respondents without one (insufficient answers)
  std::optional<double> mean;
  std::optional<double> median;
  std::optional<double> min;
  std::optional<double> max;
  std::vector<std::size_t> bands;  // respondents per band, questionnaire band order
};

struct ItemRest {
  std::size_t question = 0;
  std::optional<double> r;  // nullopt: undefined (everyone answered alike)
};

struct TeamDimension {
  Distribution scores;
  std::optional<double> coverage;  // mean coverage over respondents
  // Reliability, only from kMinReliabilityRespondents respondents up: over the dimension's
  // scored questions without enable_when that at least two respondents answered (needs
  // at least two), with pairwise-complete covariances (docs/team.md).
  std::optional<double> alpha;
  std::vector<ItemRest> item_rest;  // one per question used, questionnaire order
};

// A question's mean item score across the respondents who answered it (0-100 scale).
struct TeamItem {
  std::size_t question = 0;
  std::size_t n = 0;
  double mean = 0;
};

// A recommendation's mean gain over all respondents (0 for those it does not concern).
struct TeamAction {
  std::size_t recommendation = 0;
  double gain = 0;
  double priority = 0;
  int horizon_days = 30;
  std::size_t respondents = 0;  // respondents for whom it was triggered
};

// Managers' own scores against the rest of the team (role "manager", any case).
struct RoleGap {
  std::size_t managers = 0;
  std::size_t others = 0;
  std::optional<double> manager_overall;
  std::optional<double> team_overall;
  std::vector<std::optional<double>> manager;  // mean per dimension
  std::vector<std::optional<double>> team;     // mean per dimension
};

struct TeamReport {
  const Questionnaire* questionnaire = nullptr;  // must outlive the report
  std::vector<std::string> respondents;          // labels, input order
  Distribution overall;
  std::vector<TeamDimension> dimensions;  // questionnaire order
  std::vector<TeamItem> weakest;          // every answered scored question, weakest first
  std::vector<TeamAction> actions;        // ranked like contract section 4
  std::optional<RoleGap> gap;             // when there are managers and others
  bool reliability = false;               // enough respondents for alpha
};

// Builds the team report in one pass over the respondents (input order), keeping running
// sums and co-moments plus one score per respondent and dimension (exact medians) and
// the respondent's label: memory grows by a few dozen bytes per respondent.
class TeamBuilder {
 public:
  TeamBuilder();
  ~TeamBuilder();
  TeamBuilder(const TeamBuilder&) = delete;
  TeamBuilder& operator=(const TeamBuilder&) = delete;

  // `member` is indexed like `own`; kept alive by the builder.
  void add(const std::shared_ptr<const Questionnaire>& own, const TeamMember& member);
  [[nodiscard]] std::size_t size() const;
  // The newest version among the respondents' questionnaires (the first of equals);
  // nullptr before any respondent.
  [[nodiscard]] std::shared_ptr<const Questionnaire> newest() const;
  // The report, by id onto `team` (normally newest()). Call once.
  [[nodiscard]] TeamReport finish(const Questionnaire& team);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The report of `members`, all indexed like `questionnaire` (a TeamBuilder fed in order).
[[nodiscard]] TeamReport summarize_team(const Questionnaire& questionnaire, const std::vector<TeamMember>& members);

// The difference of two reported (rounded) values, itself rounded: a - b.
[[nodiscard]] std::optional<double> rounded_gap(const std::optional<double>& a, const std::optional<double>& b);

// Renderers; `options.top` limits the weakest questions and actions shown (0 = all).
void render_team_json(const TeamReport& report, const RenderOptions& options, std::ostream& out);
void render_team_text(const TeamReport& report, const RenderOptions& options, std::ostream& out);
void render_team_markdown(const TeamReport& report, const RenderOptions& options, std::ostream& out);
void render_team_html(const TeamReport& report, const RenderOptions& options, std::ostream& out);
void render_team(const TeamReport& report, Format format, const RenderOptions& options, std::ostream& out);

}  // namespace salesaudit
