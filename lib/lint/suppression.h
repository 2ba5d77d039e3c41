#pragma once

#include <cstddef>
#include <string_view>

#include "diagnostic.h"
#include "model/value.h"

namespace vpcsynth::lint {

/// Removes from `findings` those the template itself suppresses, and returns how many:
/// - `Metadata: vpcsynth-lint: ignore: [ID prefixes]`, on a resource (its findings) or at the
///   top level (the whole file);
/// - cfn-lint's `Metadata: cfn-lint: config: ignore_checks: [IDs]`, for our rules that map to
///   one of those cfn-lint rules;
/// - a comment `# vpcsynth-lint: disable=ID[,ID...]` on the finding's line, or alone on the
///   line above it.
/// Lists found at several levels add up. `root` may be null (a file that did not parse).
std::size_t applySuppressions(const Value* root, std::string_view source, Diagnostics& findings);

}  // namespace vpcsynth::lint
