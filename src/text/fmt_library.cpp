// fmt's compiled functions, built into the program in place of loading libfmt.so: the
// shared library cost every run a mapping, its relocations and a place in every symbol
// lookup (docs/performance.md, "Start-up"). fmt documents both ways of using it; this one
// compiles format-inl.h once, here, with the explicit instantiations that format.h
// declares extern, rather than in every source (FMT_HEADER_ONLY doubled the build time).

#include <fmt/format-inl.h>

FMT_BEGIN_NAMESPACE
namespace detail {

template FMT_API auto dragonbox::to_decimal(float x) noexcept -> dragonbox::decimal_fp<float>;
template FMT_API auto dragonbox::to_decimal(double x) noexcept -> dragonbox::decimal_fp<double>;
template FMT_API locale_ref::locale_ref(const std::locale& loc);
template FMT_API auto locale_ref::get<std::locale>() const -> std::locale;
template FMT_API auto thousands_sep_impl(locale_ref) -> thousands_sep_result<char>;
template FMT_API auto decimal_point_impl(locale_ref) -> char;

}  // namespace detail
FMT_END_NAMESPACE
