// The resources drawn inside subnets: VPC endpoints, Redshift clusters and workgroups, Lambda
// functions, and anything else with network interfaces there.
#include <fmt/format.h>

#include "graph/resource_subnets.h"
#include "graph/topology_builder.h"
#include "lint/lambda_functions.h"
#include "lint/template_values.h"

namespace vpcsynth::graph {
namespace {

using lint::Resource;

/// The last dot-separated part of a literal or `Fn::Sub` endpoint service name: "s3", "ssm".
std::string endpointServiceSuffix(const Resource& endpoint) {
  const Value* name = endpoint.property("ServiceName");
  if (!name) return {};
  const Value* text = name;
  if (name->isFunction(Function::Sub)) {
    const Value& argument = *name->functionCall().argument;
    text =
        argument.isSequence() && !argument.sequence().empty() ? &argument.sequence()[0] : &argument;
  }
  if (!text->isScalar()) return {};
  const std::string_view service = text->text();
  const std::size_t dot = service.rfind('.');
  const std::string_view suffix = dot == std::string_view::npos ? service : service.substr(dot + 1);
  return suffix.find('$') == std::string_view::npos ? std::string(suffix) : std::string();
}

/// The subnet nodes of `list` (what it names that is no subnet is left out); `external` tells
/// whether the list may name subnets the template does not declare.
std::vector<std::size_t> subnetNodes(const TopologyBuilder& builder, const lint::ResourceList& list,
                                     bool& external) {
  std::vector<std::size_t> nodes;
  for (const Resource* subnet : list.resources) {
    if (subnet->type != "AWS::EC2::Subnet") continue;
    nodes.push_back(builder.nodeOf(subnet));
  }
  external = !list.complete;
  return nodes;
}

/// A resource is drawn in the VPC of its first subnet.
std::size_t vpcOfSubnets(const TopologyBuilder& builder, const std::vector<std::size_t>& subnets) {
  return subnets.empty() ? kNone : builder.node(subnets.front()).vpc;
}

void addEndpoints(TopologyBuilder& builder) {
  const lint::LintContext& context = builder.context();
  for (const Resource* endpoint : context.resourcesOfType("AWS::EC2::VPCEndpoint")) {
    Node node = resourceNode(NodeKind::VpcEndpoint, *endpoint);
    const std::string service = endpointServiceSuffix(*endpoint);
    const std::string_view type = lint::endpointType(*endpoint);
    node.detail = fmt::format("{}{}{}", service.empty() ? "service computed" : service,
                              type.empty() ? "" : ", ", type);
    node.subnets =
        subnetNodes(builder, lint::referencedResources(context, endpoint->property("SubnetIds")),
                    node.externalSubnets);
    const std::size_t vpc = builder.vpcIndex(builder.network().vpcOf(*endpoint));
    node.vpc = vpc != kNone ? vpc : vpcOfSubnets(builder, node.subnets);
    builder.addNode(std::move(node));
  }
}

ClustersAndFunctions addClustersAndFunctions(TopologyBuilder& builder) {
  const lint::LintContext& context = builder.context();
  ClustersAndFunctions added{lint::clusterTopologies(context), lint::lambdaFunctions(context)};
  for (const lint::ClusterTopology& cluster : added.clusters) {
    Node node = resourceNode(cluster.isWorkgroup() ? NodeKind::Workgroup : NodeKind::Cluster,
                             *cluster.cluster);
    node.detail = fmt::format("TCP {}", cluster.port);
    node.subnets = subnetNodes(builder, cluster.subnets, node.externalSubnets);
    node.vpc = vpcOfSubnets(builder, node.subnets);
    builder.addNode(std::move(node));
  }
  for (const Resource* function : added.functions) {
    Node node = resourceNode(NodeKind::Function, *function);
    if (const Value* config = function->property("VpcConfig")) {
      node.subnets =
          subnetNodes(builder, lint::functionSubnets(context, *function), node.externalSubnets);
      node.externalSubnets |= !config->isMapping();
    }
    node.vpc = vpcOfSubnets(builder, node.subnets);
    builder.addNode(std::move(node));
  }
  return added;
}

/// Every other resource with network interfaces in the template's subnets.
void addInterfaces(TopologyBuilder& builder) {
  const ResourceSubnets found = resourceSubnets(builder.context());
  for (const auto& [resource, subnets] : found.subnets) {
    if (builder.nodeOf(resource) != kNone) continue;
    Node node = resourceNode(NodeKind::Interface, *resource);
    node.detail = std::string(resource->type);
    for (const Resource* subnet : subnets.resources) node.subnets.push_back(builder.nodeOf(subnet));
    node.externalSubnets = !subnets.complete;
    node.vpc = vpcOfSubnets(builder, node.subnets);
    builder.addNode(std::move(node));
  }
}

}  // namespace

ClustersAndFunctions addResourceNodes(TopologyBuilder& builder) {
  addEndpoints(builder);
  ClustersAndFunctions added = addClustersAndFunctions(builder);
  addInterfaces(builder);
  return added;
}

}  // namespace vpcsynth::graph
