// P0002: a security group name that starts with "sg-", the prefix of group IDs.
#include <fmt/format.h>

#include "lint/deploy_support.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class SecurityGroupNamePrefixRule final : public Rule {
 public:
  SecurityGroupNamePrefixRule()
      : Rule({"P0002", Severity::Error, "A security group name that starts with sg-", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* group : context.resourcesOfType("AWS::EC2::SecurityGroup")) {
      const Value* name = group->property("GroupName");
      std::optional<std::string_view> text = literalText(name);
      // EC2 keeps "sg-" for group IDs, so that a name can never be read as an ID.
      if (!text || !text->starts_with("sg-")) continue;
      findings.add(name->position(),
                   fmt::format("GroupName '{}' starts with 'sg-', which EC2 keeps for group IDs: "
                               "\"Group names may not be in the format sg-*\"",
                               *text));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeSecurityGroupNamePrefixRule() {
  return std::make_unique<SecurityGroupNamePrefixRule>();
}

}  // namespace vpcsynth::lint
