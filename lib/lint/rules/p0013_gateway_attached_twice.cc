// P0013: two Internet Gateways attached to one VPC, or one Internet Gateway attached twice.
#include <fmt/format.h>

#include <map>

#include "lint/deploy_support.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

// Names what a reference points at so that equal keys are the same thing for certain: a
// resource or a parameter of the template, or a literal ID. Empty when unknown.
std::string targetKey(const LintContext& context, const Value* value) {
  if (!value) return {};
  if (value->isFunction(Function::Ref)) {
    std::string_view name = value->functionCall().argument->text();
    return fmt::format("{}:{}", context.resource(name) ? "resource" : "ref", name);
  }
  if (auto text = literalText(value)) return fmt::format("id:{}", *text);
  return {};
}

std::string_view shown(std::string_view key) { return key.substr(key.find(':') + 1); }

class GatewayAttachedTwiceRule final : public Rule {
 public:
  GatewayAttachedTwiceRule()
      : Rule({"P0013", Severity::Error,
              "Two Internet Gateways attached to one VPC, or one gateway attached twice", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    std::map<std::string, std::pair<const Resource*, std::string>> gatewayOfVpc;
    std::map<std::string, const Resource*> attachmentOfGateway;
    for (const Resource* attachment : context.resourcesOfType("AWS::EC2::VPCGatewayAttachment")) {
      if (isConditional(*attachment)) continue;
      std::string gateway = targetKey(context, attachment->property("InternetGatewayId"));
      std::string vpc = targetKey(context, attachment->property("VpcId"));
      if (gateway.empty()) continue;
      if (auto [it, inserted] = attachmentOfGateway.emplace(gateway, attachment); !inserted) {
        findings.add(attachment->keyPosition,
                     fmt::format("Internet Gateway '{}' is already attached by '{}'; a gateway "
                                 "attaches to one VPC only (\"Resource.AlreadyAssociated: "
                                 "resource igw-... is already attached to network vpc-...\")",
                                 shown(gateway), it->second->name));
        continue;
      }
      if (vpc.empty()) continue;
      auto [it, inserted] = gatewayOfVpc.emplace(vpc, std::pair{attachment, gateway});
      if (inserted || it->second.second == gateway) continue;
      findings.add(attachment->keyPosition,
                   fmt::format("VPC '{}' already gets Internet Gateway '{}' from '{}'; a VPC has "
                               "one Internet Gateway (\"Network vpc-... already has an internet "
                               "gateway attached\")",
                               shown(vpc), shown(it->second.second), it->second.first->name));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeGatewayAttachedTwiceRule() {
  return std::make_unique<GatewayAttachedTwiceRule>();
}

}  // namespace vpcsynth::lint
