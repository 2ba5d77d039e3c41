#pragma once

#include <string>
#include <vector>

#include "cost/cost_change.h"
#include "diff/template_diff.h"

namespace vpcsynth {

class JsonOut;

/// One line of a diff's "Monthly cost" section: Added for a cost that appears or grows, Removed
/// for one that goes or shrinks, Modified for a cost the templates do not fix.
struct CostLine {
  ChangeKind kind = ChangeKind::Modified;
  std::string text;
};

/// "+2 NAT gateways, +2 public IPv4 addresses: +$73.00/month fixed, plus $0.045/GB processed by
/// NAT gateways".
std::string costSummary(const CostChange& cost);

/// The section's lines under the summary: each fixed change with its arithmetic and resources,
/// each price by use that appears or goes, each unknown.
std::vector<CostLine> costLines(const CostChange& cost);

/// The `cost` member of the JSON report.
void writeCostJson(JsonOut& json, const CostChange& cost);

/// The "Monthly cost" heading and table of the Markdown report.
std::string costMarkdown(const CostChange& cost);

}  // namespace vpcsynth
