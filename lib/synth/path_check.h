#pragma once

#include "model/value.h"
#include "pattern/pattern.h"
#include "pattern/problem.h"

namespace vpcsynth {

/// Runs the lint reachability engine on `document`, the template built for `spec`: can the
/// function open a connection to its cluster, and reach every AWS service its role calls and the
/// one its credentials mode needs (Parameter Store for a password, the Redshift API for IAM
/// credentials)? Each blocked path is a problem keyed by the option that fixes it: a warning when
/// the variant leaves the credentials service out of reach, an error when the built template
/// itself is broken (which would be a defect of the generator).
Problems checkPaths(const PatternSpec& spec, const Value& document);

}  // namespace vpcsynth
