#pragma once

#include <string_view>
#include <vector>

namespace vpcsynth {

/// The Lambda runtimes accepted for new functions (none past its deprecation date), in a stable
/// order.
const std::vector<std::string_view>& lambdaRuntimes();

/// True for runtimes whose code can be given inline (`ZipFile`): Python and Node.js.
bool supportsInlineCode(std::string_view runtime);

}  // namespace vpcsynth
