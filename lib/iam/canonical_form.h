#pragma once

#include "model/value.h"

namespace vpcsynth::iam {

/// Rewrites every policy document of `root` (a template) in one canonical form, so that a diff
/// of values sees no change where IAM sees none: `Statement`, `Action`/`NotAction`,
/// `Resource`/`NotResource`, each principal kind and each condition value become sorted lists
/// without duplicates (a string is a one-element list).
void canonicalisePolicies(Value& root);

}  // namespace vpcsynth::iam
