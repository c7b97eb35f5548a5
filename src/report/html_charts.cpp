// Inline SVG charts for the HTML report. Coordinates are printed with one decimal so
// the same input gives the same bytes.

#include "report/html_charts.hpp"

#include "report/escape.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace salesaudit::report {

namespace {

std::string svg_text(std::string_view text) {
  return escape_html(text);
}

// Band zones [min_i, min_{i+1}) drawn across a scale of `width` pixels starting at x.
std::string band_zones(const Questionnaire& q, double x, double y, double width, double height) {
  std::string out;
  for (std::size_t b = 0; b < q.bands.size(); ++b) {
    const double from = q.bands[b].min;
    const double to = b + 1 < q.bands.size() ? q.bands[b + 1].min : 100.0;
    out += fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}" opacity="0.22"/>)",
                       x + width * from / 100, y, width * (to - from) / 100, height,
                       tone_color(band_tone(b, q.bands.size())));
  }
  return out;
}

std::string thresholds(const Questionnaire& q, double x, double y, double width, double height, bool labels) {
  std::string out;
  for (std::size_t b = 1; b < q.bands.size(); ++b) {
    const double tx = x + width * q.bands[b].min / 100;
    out += fmt::format(R"(<line x1="{0:.1f}" y1="{1:.1f}" x2="{0:.1f}" y2="{2:.1f}" class="threshold"/>)", tx, y,
                       y + height);
    if (labels) {
      out += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" class="tick">{}</text>)", tx, y - 4, shortest(q.bands[b].min));
    }
  }
  return out;
}

}  // namespace

std::string_view tone_color(std::optional<Tone> tone) {
  if (!tone) return "#7f8c8d";
  switch (*tone) {
    case Tone::bad: return "#c0392b";
    case Tone::poor: return "#9a5b00";
    case Tone::fair: return "#2471a3";
    case Tone::good: return "#1e8449";
  }
  return "#7f8c8d";
}

std::string_view tone_class(std::optional<Tone> tone) {
  if (!tone) return "tone-none";
  switch (*tone) {
    case Tone::bad: return "tone-bad";
    case Tone::poor: return "tone-poor";
    case Tone::fair: return "tone-fair";
    case Tone::good: return "tone-good";
  }
  return "tone-none";
}

std::string dimension_bars_svg(const ReportModel& m) {
  const Questionnaire& q = *m.questionnaire;
  const double label_w = 190;
  const double bar_w = 380;
  const double row_h = 34;
  const double top = 22;
  const double width = label_w + bar_w + 150;
  const double height = top + row_h * static_cast<double>(q.dimensions.size()) + 6;
  std::string out =
      fmt::format(R"(<svg class="chart bars" viewBox="0 0 {:.0f} {:.0f}" role="img" aria-labelledby="bars-title">)"
                  R"(<title id="bars-title">Dimension scores from 0 to 100, with band thresholds</title>)",
                  width, height);
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    const DimensionResult& dim = m.card->dimensions[d];
    const double y = top + row_h * static_cast<double>(d);
    const auto tone = m.dimensions[d].tone;
    out +=
        fmt::format(R"(<text x="0" y="{:.1f}" class="dim-label">{}</text>)", y + 17, svg_text(q.dimensions[d].title));
    out += band_zones(q, label_w, y + 5, bar_w, 16);
    if (dim.score) {
      out += fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="16" rx="2" fill="{}"/>)", label_w, y + 5,
                         bar_w * std::clamp(*dim.score, 0.0, 100.0) / 100, tone_color(tone));
    }
    const std::string value =
        dim.score ? fixed2(*dim.score) + " " + svg_text(q.bands[*dim.band].label) : "n/a: too few answers";
    out +=
        fmt::format(R"(<text x="{:.1f}" y="{:.1f}" class="dim-value">{}</text>)", label_w + bar_w + 8, y + 17, value);
  }
  out += thresholds(q, label_w, top - 6, bar_w, height - top, true);
  out += "</svg>";
  return out;
}

std::string overall_bullet_svg(const ReportModel& m) {
  const Questionnaire& q = *m.questionnaire;
  const double width = 360;
  std::string out = R"(<svg class="chart bullet" viewBox="0 0 360 56" role="img" aria-labelledby="bullet-title">)"
                    R"(<title id="bullet-title">Overall score on a 0 to 100 scale with the band ranges</title>)";
  out += band_zones(q, 0, 14, width, 26);
  out += thresholds(q, 0, 14, width, 26, true);
  if (m.card->overall) {
    out += fmt::format(R"(<rect x="0" y="22" width="{:.1f}" height="10" fill="{}"/>)",
                       width * std::clamp(*m.card->overall, 0.0, 100.0) / 100, tone_color(m.overall_tone));
  }
  out += R"(<text x="0" y="52" class="tick start">0</text><text x="360" y="52" class="tick end">100</text></svg>)";
  return out;
}

std::string radar_svg(const ReportModel& m) {
  const Questionnaire& q = *m.questionnaire;
  const std::size_t n = q.dimensions.size();
  if (n < 3) return {};
  const double cx = 260;
  const double cy = 160;
  const double r = 110;
  const auto point = [&](std::size_t i, double value) {
    const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
    return std::pair{cx + r * value / 100 * std::cos(angle), cy + r * value / 100 * std::sin(angle)};
  };
  const auto polygon = [&](auto value_of) {
    std::string points;
    for (std::size_t i = 0; i < n; ++i) {
      const auto [x, y] = point(i, value_of(i));
      points += fmt::format("{}{:.1f},{:.1f}", i == 0 ? "" : " ", x, y);
    }
    return points;
  };
  std::string out = R"(<svg class="chart radar" viewBox="0 0 520 320" role="img" aria-labelledby="radar-title">)"
                    R"(<title id="radar-title">Radar of the dimension scores; rings mark the band thresholds</title>)";
  out += fmt::format(R"(<polygon points="{}" class="ring outer"/>)", polygon([](std::size_t) { return 100.0; }));
  for (std::size_t b = 1; b < q.bands.size(); ++b) {
    out += fmt::format(R"(<polygon points="{}" class="ring"/>)", polygon([&](std::size_t) { return q.bands[b].min; }));
  }
  for (std::size_t i = 0; i < n; ++i) {
    const auto [x, y] = point(i, 100);
    out += fmt::format(R"(<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" class="axis"/>)", cx, cy, x, y);
  }
  out += fmt::format(R"(<polygon points="{}" fill="{}" fill-opacity="0.25" stroke="{}" stroke-width="2"/>)",
                     polygon([&](std::size_t i) { return m.card->dimensions[i].score.value_or(0); }),
                     tone_color(m.overall_tone), tone_color(m.overall_tone));
  for (std::size_t i = 0; i < n; ++i) {
    const auto& score = m.card->dimensions[i].score;
    const auto [x, y] = point(i, 118);
    const char* anchor = std::abs(x - cx) < 1 ? "middle" : x > cx ? "start" : "end";
    out += fmt::format(
        R"(<text x="{:.1f}" y="{:.1f}" text-anchor="{}" class="radar-label">{} <tspan class="num">{}</tspan></text>)",
        x, y + (y > cy ? 12 : 0), anchor, svg_text(q.dimensions[i].title), score ? fixed2(*score) : std::string("n/a"));
  }
  out += "</svg>";
  return out;
}

}  // namespace salesaudit::report
