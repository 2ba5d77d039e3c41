// P0012: an AWS managed policy for Lambda named without the service-role/ path it lives under.
#include <fmt/format.h>

#include "lint/deploy_support.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

// AWS managed policies that exist only under `service-role/`: an ARN without the path names no
// policy. Each was read in a report of the failure or of the working path (see
// docs/rules/P0012.md).
constexpr std::string_view kServiceRolePolicies[] = {
    "AWSLambdaBasicExecutionRole",
    "AWSLambdaRole",
    "AWSLambdaVPCAccessExecutionRole",
};

constexpr std::string_view kOwners[] = {"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"};

// The policy name when `arn` is `arn:<partition>:iam::aws:policy/<name>` with no path.
std::string_view pathlessAwsPolicy(std::string_view arn) {
  constexpr std::string_view kMarker = ":iam::aws:policy/";
  if (!arn.starts_with("arn:")) return {};
  std::size_t at = arn.find(kMarker);
  if (at == std::string_view::npos) return {};
  std::string_view name = arn.substr(at + kMarker.size());
  return name.find('/') == std::string_view::npos ? name : std::string_view();
}

// The text an ARN entry holds: a literal, or the template of a `Fn::Sub` (for
// `arn:${AWS::Partition}:iam::aws:policy/...`).
std::optional<std::string_view> arnText(const Value& value) {
  if (value.isFunction(Function::Sub)) {
    const Value& argument = *value.functionCall().argument;
    return argument.isScalar() ? std::optional(argument.text()) : std::nullopt;
  }
  return literalText(&value);
}

class ManagedPolicyPathRule final : public Rule {
 public:
  ManagedPolicyPathRule()
      : Rule({"P0012", Severity::Error,
              "An AWS managed policy ARN without the service-role/ path the policy lives under",
              ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (std::string_view type : kOwners) {
      for (const Resource* owner : context.resourcesOfType(type)) {
        const Value* arns = owner->property("ManagedPolicyArns");
        if (!arns || !arns->isSequence()) continue;
        for (const Value& arn : arns->sequence()) checkArn(*owner, arn, findings);
      }
    }
  }

 private:
  static void checkArn(const Resource& owner, const Value& arn, Findings& findings) {
    auto text = arnText(arn);
    std::string_view name = text ? pathlessAwsPolicy(*text) : std::string_view();
    if (name.empty()) return;
    for (std::string_view known : kServiceRolePolicies) {
      if (name != known) continue;
      findings.add(arn.position(),
                   fmt::format("'{}' attaches AWS managed policy {} without its path: it is "
                               "'arn:aws:iam::aws:policy/service-role/{}'; IAM answers \"Policy "
                               "... does not exist or is not attachable\"",
                               owner.name, name, name));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeManagedPolicyPathRule() {
  return std::make_unique<ManagedPolicyPathRule>();
}

}  // namespace vpcsynth::lint
