// A0009: a Redshift cluster with enhanced VPC routing has no path to Amazon S3: its subnets'
// route tables have neither an S3 gateway endpoint nor a default route out through NAT, or its
// security groups allow no HTTPS out. COPY and UNLOAD would then hang.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "lint/network_model.h"
#include "lint/redshift_topology.h"
#include "lint/rule.h"
#include "lint/security_groups.h"
#include "lint/template_values.h"
#include "net/cidr.h"

namespace vpcsynth::lint {
namespace {

constexpr std::string_view kS3 = ".s3";
constexpr long kHttps = 443;

// True when `table`'s default route may carry the cluster's traffic to S3's public addresses:
// through NAT, an instance, a transit gateway, a VPN (or a target the template computes); an
// Internet Gateway only serves a publicly accessible cluster, and a peering is not transitive.
bool routesOut(const NetworkModel& network, const Resource& table, bool publicCluster) {
  const Route* route = network.defaultRoute(table);
  if (!route) return false;
  if (!route->target) return true;
  if (route->target->type == "AWS::EC2::InternetGateway") return publicCluster;
  return route->target->type != "AWS::EC2::VPCPeeringConnection";
}

// True when a literal block names only private addresses, which S3's are not.
bool onlyPrivateAddresses(const Value* block) {
  if (!block || !block->isScalar()) return false;
  std::optional<net::Cidr> cidr = net::parseCidr(block->text());
  return cidr && !cidr->v6 && net::isPrivateIpv4(*cidr);
}

// True when some egress rule of `groups` may admit HTTPS to S3: TCP 443 to a prefix list, to a
// block with public addresses, or to a destination the template computes.
bool allowsHttpsToS3(const LintContext& context, const std::vector<const Resource*>& groups) {
  const std::vector<SecurityGroupRule> rules = securityGroupRules(context);
  const std::vector<const Resource*> defaults = groupsWithDefaultEgress(context, rules);
  auto inGroups = [&](const Resource* group) {
    return std::find(groups.begin(), groups.end(), group) != groups.end();
  };
  if (std::any_of(defaults.begin(), defaults.end(), inGroups)) return true;
  for (const SecurityGroupRule& rule : rules) {
    if (rule.direction != Direction::Egress || !inGroups(rule.group)) continue;
    const std::optional<PortRange> range = portRangeOf(*rule.rule);
    if (range && !range->allTraffic && range->protocol != "tcp") continue;
    if (range && !range->coversPort(kHttps)) continue;
    if (rule.rule->find("DestinationSecurityGroupId")) continue;
    if (rule.rule->find("CidrIpv6") && !rule.rule->find("CidrIp")) continue;
    if (!onlyPrivateAddresses(rule.rule->find("CidrIp"))) return true;
  }
  return false;
}

class ClusterS3PathRule final : public Rule {
 public:
  ClusterS3PathRule()
      : Rule({"A0009", Severity::Warning,
              "A Redshift cluster with enhanced VPC routing has no path to Amazon S3", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const std::vector<ClusterTopology> clusters = clusterTopologies(context);
    if (clusters.empty()) return;
    const NetworkModel network(context);
    for (const ClusterTopology& cluster : clusters) {
      const Value* routing = cluster.cluster->property("EnhancedVpcRouting");
      if (!isLiteralTrue(routing) || !cluster.subnets.complete) continue;
      const bool publicCluster = isLiteralTrue(cluster.cluster->property("PubliclyAccessible"));
      bool routed = true;
      for (const Resource* subnet : cluster.subnets.resources) {
        // A subnet without an association uses the VPC's main table, which the template
        // cannot see.
        const Resource* table = network.routeTableOf(*subnet);
        if (!table || network.gatewayEndpointOn(*table, kS3) ||
            routesOut(network, *table, publicCluster)) {
          continue;
        }
        findings.add(routing->position(),
                     fmt::format("{} routes its S3 traffic through the VPC (enhanced VPC "
                                 "routing), but the route table '{}' of its subnet '{}' has no S3 "
                                 "gateway endpoint and no default route through NAT: COPY and "
                                 "UNLOAD would hang; add an AWS::EC2::VPCEndpoint for "
                                 "com.amazonaws.<region>.s3 with '{}' in its RouteTableIds",
                                 cluster.describe(), table->name, subnet->name, table->name));
        routed = false;
        break;
      }
      if (!routed || !cluster.securityGroups.complete || cluster.securityGroups.resources.empty() ||
          allowsHttpsToS3(context, cluster.securityGroups.resources)) {
        continue;
      }
      findings.add(routing->position(),
                   fmt::format("{} routes its S3 traffic through the VPC (enhanced VPC "
                               "routing), but its security groups allow no HTTPS (TCP 443) out "
                               "to S3: COPY and UNLOAD would hang; add an egress rule for TCP "
                               "443 to the S3 prefix list or 0.0.0.0/0",
                               cluster.describe()));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeClusterS3PathRule() { return std::make_unique<ClusterS3PathRule>(); }

}  // namespace vpcsynth::lint
