#include "graph/resource_subnets.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace vpcsynth::graph {
namespace {

using lint::LintContext;
using lint::Resource;
using lint::ResourceList;

bool isSubnetGroup(std::string_view type) { return type.ends_with("SubnetGroup"); }

/// Types the graph draws by their own rules, or that hold subnets without being in them.
bool drawnElsewhere(std::string_view type) {
  constexpr std::string_view kTypes[] = {"AWS::EC2::Subnet",
                                         "AWS::EC2::SubnetRouteTableAssociation",
                                         "AWS::EC2::SubnetNetworkAclAssociation",
                                         "AWS::EC2::SubnetCidrBlock",
                                         "AWS::EC2::NatGateway",
                                         "AWS::EC2::VPCEndpoint",
                                         "AWS::Redshift::Cluster",
                                         "AWS::Lambda::Function",
                                         "AWS::Serverless::Function",
                                         "AWS::CloudFormation::Stack",
                                         "AWS::Serverless::Application"};
  return std::find(std::begin(kTypes), std::end(kTypes), type) != std::end(kTypes);
}

/// Keys whose values name subnets: a value there that names no subnet of the template is a
/// subnet the template does not declare.
bool isSubnetKey(std::string_view key) {
  return key.find("Subnet") != std::string_view::npos || key == "VPCZoneIdentifier";
}

class Walker {
 public:
  Walker(const LintContext& context,
         const std::unordered_map<const Resource*, ResourceList>& groups)
      : context_(context), groups_(groups) {}

  void walk(const Value& value, bool underSubnetKey, ResourceList& found) const {
    // `!GetAtt Subnet.AvailabilityZone` and the like read a subnet without being in it.
    if (value.isFunction(Function::GetAtt)) return;
    if (const Resource* named = context_.referencedResource(value)) {
      if (named->type == "AWS::EC2::Subnet") {
        add(named, found);
      } else if (const auto group = groups_.find(named); group != groups_.end()) {
        for (const Resource* subnet : group->second.resources) add(subnet, found);
        found.complete &= group->second.complete;
      } else if (underSubnetKey) {
        found.complete = false;
      }
      return;
    }
    switch (value.kind()) {
      case Value::Kind::Mapping:
        for (const MappingEntry& entry : value.mapping()) {
          walk(entry.value, underSubnetKey || isSubnetKey(entry.key), found);
        }
        break;
      case Value::Kind::Sequence:
        for (const Value& item : value.sequence()) walk(item, underSubnetKey, found);
        break;
      case Value::Kind::Function:
        if (underSubnetKey) found.complete = false;
        walk(*value.functionCall().argument, false, found);
        break;
      case Value::Kind::Scalar:
        // A literal subnet ID ("subnet-0abc") names a subnet of another stack.
        if (underSubnetKey && value.text().starts_with("subnet-")) found.complete = false;
        break;
      case Value::Kind::Null: break;
    }
  }

 private:
  static void add(const Resource* subnet, ResourceList& found) {
    if (std::find(found.resources.begin(), found.resources.end(), subnet) ==
        found.resources.end()) {
      found.resources.push_back(subnet);
    }
  }

  const LintContext& context_;
  const std::unordered_map<const Resource*, ResourceList>& groups_;
};

}  // namespace

ResourceSubnets resourceSubnets(const LintContext& context) {
  const std::unordered_map<const Resource*, ResourceList> noGroups;
  std::unordered_map<const Resource*, ResourceList> groups;
  const Walker groupWalker(context, noGroups);
  for (const Resource& resource : context.resources()) {
    if (!isSubnetGroup(resource.type) || !resource.properties) continue;
    ResourceList subnets;
    groupWalker.walk(*resource.properties, false, subnets);
    groups.emplace(&resource, std::move(subnets));
  }
  ResourceSubnets result;
  const Walker walker(context, groups);
  for (const Resource& resource : context.resources()) {
    if (!resource.properties || isSubnetGroup(resource.type) || drawnElsewhere(resource.type)) {
      continue;
    }
    ResourceList subnets;
    walker.walk(*resource.properties, false, subnets);
    if (!subnets.resources.empty() || !subnets.complete) {
      result.subnets.emplace_back(&resource, std::move(subnets));
    }
  }
  return result;
}

}  // namespace vpcsynth::graph
