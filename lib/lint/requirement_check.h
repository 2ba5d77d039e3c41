#pragma once

#include <vector>

#include "lint/lint_context.h"
#include "lint/resource_data_check.h"

namespace vpcsynth::lint {

/// Checks `resource` against the requirements the resource data cannot express (the table in
/// facts/property_requirements.cc): a missing alternative is `MissingRequired`, properties AWS
/// refuses together are `Conflicting`. Terms whose value is a function are not judged. `where`
/// names the resource in messages.
void checkPropertyRequirements(const Resource& resource, std::string_view where,
                               std::vector<DataIssue>& issues);

}  // namespace vpcsynth::lint
