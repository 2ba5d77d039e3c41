// A0003: a function that talks to a Redshift cluster runs in other subnets than the cluster's
// subnet group.
#include <fmt/format.h>

#include <algorithm>

#include "lint/redshift_topology.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

std::string names(std::vector<const Resource*> resources) {
  std::string out;
  for (const Resource* resource : resources) {
    out += (out.empty() ? "" : ", ") + std::string(resource->name);
  }
  return out;
}

class FunctionSubnetsRule final : public Rule {
 public:
  FunctionSubnetsRule()
      : Rule({"A0003", Severity::Warning,
              "A function's subnets differ from its Redshift cluster's subnet group", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const std::vector<ClusterTopology> clusters = clusterTopologies(context);
    for (const ClusterClient& client : clusterClients(context, clusters)) {
      ResourceList functionList = functionSubnets(context, *client.function);
      ResourceList clusterList = client.cluster->subnets;
      if (!functionList.complete || !clusterList.complete || functionList.resources.empty()) {
        continue;
      }
      auto mine = functionList.resources;
      auto theirs = clusterList.resources;
      std::sort(mine.begin(), mine.end());
      std::sort(theirs.begin(), theirs.end());
      mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
      theirs.erase(std::unique(theirs.begin(), theirs.end()), theirs.end());
      if (mine == theirs) continue;
      const Value* config = client.function->property("VpcConfig");
      const Value* at = config ? config->find("SubnetIds") : nullptr;
      findings.add(at ? at->position() : client.function->keyPosition,
                   fmt::format("function '{}' runs in subnets {} but {} is in {}; run the "
                               "function in exactly the subnets of {}",
                               client.function->name, names(functionList.resources),
                               client.cluster->describe(), names(clusterList.resources),
                               client.cluster->describeSubnetOwner()));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeFunctionSubnetsRule() { return std::make_unique<FunctionSubnetsRule>(); }

}  // namespace vpcsynth::lint
