#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/lint_context.h"

namespace vpcsynth::lint {

/// The keys of the top-level section `name`, in template order; empty when it is missing.
std::vector<std::string_view> sectionNames(const LintContext& context, std::string_view name);

/// The logical IDs of the resources, in template order.
std::vector<std::string_view> resourceNames(const LintContext& context);

/// True when the top-level mapping `section` has the key `name`.
bool declares(const LintContext& context, std::string_view section, std::string_view name);

/// `'name'` followed by a "did you mean" hint drawn from `candidates`.
std::string quotedWithHint(std::string_view name, const std::vector<std::string_view>& candidates);

}  // namespace vpcsynth::lint
