// P0008: a Redshift cluster whose NumberOfNodes does not fit its ClusterType.
#include <fmt/format.h>

#include "lint/deploy_support.h"
#include "lint/rule.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {
namespace {

class RedshiftNodeCountRule final : public Rule {
 public:
  RedshiftNodeCountRule()
      : Rule({"P0008", Severity::Error,
              "A Redshift cluster whose NumberOfNodes does not fit its ClusterType", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* cluster : context.resourcesOfType("AWS::Redshift::Cluster")) {
      auto type = literalText(cluster->property("ClusterType"));
      const Value* nodes = cluster->property("NumberOfNodes");
      std::optional<long> count = integerValue(nodes);
      if (!type || !count) continue;
      if (*type == "single-node") {
        findings.add(nodes->position(),
                     fmt::format("cluster '{}' is single-node but sets NumberOfNodes: {}; Redshift "
                                 "refuses it: \"Number of nodes must be not be supplied for "
                                 "cluster type single-node\"",
                                 cluster->name, *count));
      } else if (*type == "multi-node" && *count < 2) {
        findings.add(nodes->position(),
                     fmt::format("cluster '{}' is multi-node with NumberOfNodes: {}; Redshift "
                                 "refuses it: \"Number of nodes for cluster type multi-node must "
                                 "be greater than or equal to 2\"",
                                 cluster->name, *count));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeRedshiftNodeCountRule() {
  return std::make_unique<RedshiftNodeCountRule>();
}

}  // namespace vpcsynth::lint
