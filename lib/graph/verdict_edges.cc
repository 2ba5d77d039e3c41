// The reachability edges: whether each function reaches the clusters it connects to and the
// AWS service APIs it calls, as the lint engine judges it, and the hop that stops it.
#include <fmt/format.h>

#include "graph/topology_builder.h"
#include "lint/function_calls.h"
#include "lint/reachability.h"

namespace vpcsynth::graph {
namespace {

EdgeKind edgeKind(const lint::PathVerdict& verdict) {
  switch (verdict.kind) {
    case lint::PathVerdict::Kind::Open: return EdgeKind::Open;
    case lint::PathVerdict::Kind::Blocked: return EdgeKind::Blocked;
    case lint::PathVerdict::Kind::Unknown: return EdgeKind::Unknown;
  }
  return EdgeKind::Unknown;
}

/// "TCP 5439", "HTTPS: blocked by <hop>", "HTTPS: unknown".
std::string verdictLabel(std::string_view what, const lint::PathVerdict& verdict) {
  if (verdict.isBlocked()) return fmt::format("{}: blocked by {}", what, verdict.hop);
  if (verdict.isOpen()) return std::string(what);
  return fmt::format("{}: unknown", what);
}

void addVerdictEdge(TopologyBuilder& builder, std::size_t from, std::size_t to,
                    std::string_view what, const lint::PathVerdict& verdict) {
  builder.addEdge(from, to, edgeKind(verdict), verdictLabel(what, verdict));
}

/// The node for a service API, made the first time a function calls it.
std::size_t serviceNode(TopologyBuilder& builder, const lint::AwsService& service) {
  const std::string id = fmt::format("service:{}", service.endpoint);
  const std::size_t known = builder.nodeWithId(id);
  if (known != kNone) return known;
  Node node;
  node.kind = NodeKind::Service;
  node.id = id;
  node.label = std::string(service.name);
  node.detail = fmt::format("{} API", service.endpoint);
  return builder.addNode(std::move(node));
}

}  // namespace

void addVerdictEdges(TopologyBuilder& builder, const ClustersAndFunctions& ends) {
  if (ends.functions.empty()) return;
  const lint::LintContext& context = builder.context();
  const lint::Reachability reachability(context);
  for (const lint::ClusterClient& client : lint::clusterClients(context, ends.clusters)) {
    const lint::NetworkSource source = lint::functionSource(context, *client.function);
    if (source.subnets.resources.empty()) continue;
    const lint::ClusterTopology& cluster = *client.cluster;
    const lint::ListeningTarget target{std::string(cluster.cluster->name), cluster.subnets,
                                       cluster.securityGroups, cluster.port};
    addVerdictEdge(builder, builder.nodeOf(client.function), builder.nodeOf(cluster.cluster),
                   fmt::format("TCP {}", cluster.port), reachability.toListener(source, target));
  }
  const lint::FunctionCalls calls(context);
  for (const lint::Resource* function : ends.functions) {
    const lint::NetworkSource source = lint::functionSource(context, *function);
    if (source.subnets.resources.empty()) continue;  // outside a VPC: AWS's own network
    for (const lint::AwsService* service : calls.servicesOf(*function)) {
      const std::size_t node = serviceNode(builder, *service);
      addVerdictEdge(builder, builder.nodeOf(function), node, "HTTPS",
                     reachability.toService(source, *service));
    }
  }
}

}  // namespace vpcsynth::graph
