#include <salesaudit/report.hpp>
namespace salesaudit {
void render_html(const ScoreCard&, const RenderOptions&, std::ostream&) {}
}  // namespace salesaudit
