#pragma once

#include <string>
#include <string_view>

namespace vpcsynth {

/// `text` with XML's five special characters escaped. Control characters other than tab and line
/// feed are dropped: XML 1.0 cannot carry most of them even escaped.
std::string xmlEscape(std::string_view text);

}  // namespace vpcsynth
