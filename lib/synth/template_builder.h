#pragma once

#include "model/value.h"
#include "pattern/network_plan.h"
#include "pattern/pattern.h"

namespace vpcsynth {

/// The CloudFormation template of a validated `spec` with its address plan. The same input
/// always gives the same template, resources in a fixed order.
Value buildTemplate(const PatternSpec& spec, const NetworkPlan& plan);

}  // namespace vpcsynth
