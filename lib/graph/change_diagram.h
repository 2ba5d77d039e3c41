#pragma once

#include <cstddef>
#include <string>

#include "diff/template_diff.h"
#include "model/value.h"

namespace vpcsynth::graph {

/// A Mermaid flowchart of the part of the network that changes between two templates: the
/// elements added, removed, replaced (or maybe replaced) and modified, the routes and verdicts
/// that appear or go, and the subnets and VPCs around them, each marked (`[+]`, `[-]`,
/// `[replaced]`, `[~]`) and coloured. At most `limit` characters (repeated elements collapse);
/// empty when no network element changes.
std::string changeDiagram(const Value& oldTemplate, const Value& newTemplate,
                          const TemplateDiff& diff, std::size_t limit);

}  // namespace vpcsynth::graph
