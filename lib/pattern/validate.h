#pragma once

#include "pattern/pattern.h"
#include "pattern/problem.h"

namespace vpcsynth {

/// Every problem of `spec` in one pass: the network plan's, then Redshift's, Lambda's and the
/// on-premises connection's, plus warnings about risky but valid choices.
Problems validatePattern(const PatternSpec& spec);

}  // namespace vpcsynth
