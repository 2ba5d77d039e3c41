// The few functions of fmt that are compiled into libfmt.so rather than its headers, for the
// static binary: Debian ships fmt as a shared library only. format-inl.h defines them when
// FMT_HEADER_ONLY is not set; the templates the objects use are instantiated here.
#include <fmt/format-inl.h>

namespace fmt {
FMT_BEGIN_DETAIL_NAMESPACE
template auto thousands_sep_impl<char>(locale_ref) -> thousands_sep_result<char>;
template auto decimal_point_impl<char>(locale_ref) -> char;
FMT_END_DETAIL_NAMESPACE
}  // namespace fmt
