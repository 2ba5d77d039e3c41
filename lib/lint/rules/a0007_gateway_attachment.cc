// A0007: a route to an Internet Gateway, or an Elastic IP associated with an instance or a network
// interface, that does not depend on the gateway's VPC attachment.
#include <fmt/format.h>

#include <string>

#include "lint/network_model.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

// True when `association` names `address` by its allocation ID or its public IP.
bool names(const LintContext& context, const Resource& association, const Resource& address) {
  for (std::string_view key : {"AllocationId", "EIP"}) {
    const Value* value = association.property(key);
    if (value && context.referencedResource(*value) == &address) return true;
  }
  return false;
}

// "instance 'Web'", or `unnamed` ("an instance") when the ID is not a resource of the template.
std::string describeTarget(const LintContext& context, std::string_view kind,
                           std::string_view unnamed, const Value& id) {
  const Resource* target = context.referencedResource(id);
  return target ? fmt::format("{} '{}'", kind, target->name) : std::string(unnamed);
}

std::string associatedTarget(const LintContext& context, const Resource& association) {
  if (const Value* instance = association.property("InstanceId")) {
    return describeTarget(context, "instance", "an instance", *instance);
  }
  if (const Value* interface = association.property("NetworkInterfaceId")) {
    return describeTarget(context, "network interface", "a network interface", *interface);
  }
  return "an instance or network interface";
}

// The VPC that an instance or a network interface is in: the VPC of its subnet, of its first
// network interface's subnet, or of the interface it names. Null when the template does not say.
const Resource* vpcOfHost(const LintContext& context, const Resource& host, int depth = 0) {
  const Value* subnetId = host.property("SubnetId");
  if (!subnetId) {
    const Value* interfaces = host.property("NetworkInterfaces");
    if (interfaces && interfaces->isSequence() && !interfaces->sequence().empty()) {
      const Value& first = interfaces->sequence().front();
      subnetId = first.find("SubnetId");
      const Value* interfaceId = first.find("NetworkInterfaceId");
      const Resource* named = interfaceId ? context.referencedResource(*interfaceId) : nullptr;
      if (!subnetId && named && depth == 0) return vpcOfHost(context, *named, depth + 1);
    }
  }
  const Resource* subnet = subnetId ? context.referencedResource(*subnetId) : nullptr;
  if (!subnet || subnet->type != "AWS::EC2::Subnet") return nullptr;
  const Value* vpc = subnet->property("VpcId");
  return vpc ? context.referencedResource(*vpc) : nullptr;
}

// The VPC of the instance or network interface that `id` names, or null.
const Resource* vpcOfTarget(const LintContext& context, const Value* id) {
  const Resource* host = id ? context.referencedResource(*id) : nullptr;
  return host ? vpcOfHost(context, *host) : nullptr;
}

class GatewayAttachmentRule final : public Rule {
 public:
  GatewayAttachmentRule()
      : Rule({"A0007", Severity::Warning,
              "A route to the Internet Gateway, or an associated Elastic IP, without a dependency "
              "on the gateway attachment",
              ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const auto attachments = context.resourcesOfType("AWS::EC2::VPCGatewayAttachment");
    std::vector<std::pair<const Resource*, const Resource*>> gatewayAttachments;
    std::vector<std::vector<bool>> dependents;
    for (const Resource* attachment : attachments) {
      const Value* gateway = attachment->property("InternetGatewayId");
      const Resource* target = gateway ? context.referencedResource(*gateway) : nullptr;
      if (!target) continue;
      gatewayAttachments.emplace_back(target, attachment);
      dependents.push_back(dependentsOf(context, *attachment));
    }
    if (gatewayAttachments.empty()) return;
    const auto& resources = context.resources();
    const auto dependsOn = [&](const Resource& from, const Resource* attachment) {
      for (std::size_t i = 0; i < gatewayAttachments.size(); ++i) {
        if (gatewayAttachments[i].second == attachment) {
          return static_cast<bool>(
              dependents[i][static_cast<std::size_t>(&from - resources.data())]);
        }
      }
      return false;
    };
    for (const Resource* route : context.resourcesOfType("AWS::EC2::Route")) {
      const Value* gatewayId = route->property("GatewayId");
      const Resource* gateway = gatewayId ? context.referencedResource(*gatewayId) : nullptr;
      if (!gateway || gateway->type != "AWS::EC2::InternetGateway") continue;
      for (const auto& [attached, attachment] : gatewayAttachments) {
        if (attached != gateway || dependsOn(*route, attachment)) continue;
        findings.add(route->keyPosition,
                     fmt::format("route '{}' to Internet Gateway '{}' does not depend on its "
                                 "attachment '{}'; CloudFormation may create the route first and "
                                 "fail: add DependsOn: {}",
                                 route->name, gateway->name, attachment->name, attachment->name));
      }
    }
    // Only an address associated with an instance or a network interface needs the attachment
    // of that host's VPC first. An address that a NAT gateway uses, or that nothing uses yet, is
    // only allocated (the AWS CDK's own VPCs allocate theirs with no dependency, and deploy).
    // When the template does not say which VPC the host is in, the attachment is known only if
    // there is one.
    const auto attachmentOf = [&](const Resource* vpc) -> const Resource* {
      if (!vpc) return gatewayAttachments.size() == 1 ? gatewayAttachments.front().second : nullptr;
      for (const auto& [gateway, attachment] : gatewayAttachments) {
        const Value* attachedVpc = attachment->property("VpcId");
        if (attachedVpc && context.referencedResource(*attachedVpc) == vpc) return attachment;
      }
      return nullptr;
    };
    const auto report = [&](const Resource& address, const Resource& attachment,
                            const std::string& association) {
      findings.add(address.keyPosition,
                   fmt::format("Elastic IP '{}' is associated with {} but does not depend on the "
                               "gateway attachment '{}'; the association may run before the "
                               "gateway is attached and fail: add DependsOn: {}",
                               address.name, association, attachment.name, attachment.name));
    };
    const auto associations = context.resourcesOfType("AWS::EC2::EIPAssociation");
    for (const Resource* address : context.resourcesOfType("AWS::EC2::EIP")) {
      if (const Value* instance = address->property("InstanceId")) {
        const Resource* attachment = attachmentOf(vpcOfTarget(context, instance));
        if (attachment && !dependsOn(*address, attachment)) {
          report(*address, *attachment,
                 describeTarget(context, "instance", "an instance", *instance));
        }
        continue;
      }
      for (const Resource* association : associations) {
        if (!names(context, *association, *address)) continue;
        const Value* host = association->property("InstanceId");
        if (!host) host = association->property("NetworkInterfaceId");
        const Resource* attachment = attachmentOf(vpcOfTarget(context, host));
        if (!attachment || dependsOn(*address, attachment) || dependsOn(*association, attachment)) {
          continue;
        }
        report(*address, *attachment,
               fmt::format("{} through '{}'", associatedTarget(context, *association),
                           association->name));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeGatewayAttachmentRule() {
  return std::make_unique<GatewayAttachmentRule>();
}

}  // namespace vpcsynth::lint
