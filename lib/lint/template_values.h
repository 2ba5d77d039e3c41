#pragma once

#include <optional>
#include <vector>

#include "lint/lint_context.h"
#include "net/cidr.h"

namespace vpcsynth::lint {

/// The integer a literal scalar holds (`5439`, `"5439"`); nullopt for anything else.
std::optional<long> integerValue(const Value* value);

/// What a literal boolean says (`true`, `"False"`, the three spellings CloudFormation accepts):
/// true, false, or nullopt when the value is absent, computed or not a boolean.
std::optional<bool> literalBoolean(const Value* value);

/// True for a literal `true` (plain or quoted, any of its spellings).
bool isLiteralTrue(const Value* value);

/// The definition in `Parameters` of the parameter `!Ref X` names, or null when `value` is not a
/// reference to a parameter of the template.
const Value* referencedParameter(const LintContext& context, const Value& value);

/// The block a CIDR value holds when it can be computed without deploying: a literal, the
/// `CidrBlock` of a VPC in the template with a literal block, or `Fn::Select` of `Fn::Cidr` over
/// such a block.
std::optional<net::Cidr> evaluateCidr(const LintContext& context, const Value& value);

/// The resources a value names: one `!Ref X`, or a list of them. Entries that are not
/// references to resources of the template are skipped; `complete` says whether there were none.
struct ResourceList {
  std::vector<const Resource*> resources;
  bool complete = true;
};
ResourceList referencedResources(const LintContext& context, const Value* value);

}  // namespace vpcsynth::lint
