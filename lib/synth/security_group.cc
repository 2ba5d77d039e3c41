#include <fmt/format.h>

#include "synth/logical_ids.h"
#include "synth/stack_parts.h"
#include "synth/values.h"

namespace vpcsynth::synth {

Value securityGroupId() { return getAtt(logical_id::kSecurityGroup, "GroupId"); }

void addSecurityGroup(const StackContext& stack, Mapping& resources) {
  const int port = stack.spec.redshift.port;
  // Listing one egress rule inline replaces the default allow-all egress. The rule names a CIDR,
  // not the group itself, so it creates no circular dependency.
  Value redshiftEgress = mapping({
      {"IpProtocol", text("tcp")},
      {"FromPort", integer(port)},
      {"ToPort", integer(port)},
      {"CidrIp", text(formatCidr(stack.plan.vpc))},
      {"Description", text("Redshift inside the VPC")},
  });
  resources.append(
      std::string(logical_id::kSecurityGroup),
      resource("AWS::EC2::SecurityGroup",
               mapping({{"GroupDescription",
                         text(fmt::format("Shared by the Redshift {} and the Lambda function: "
                                          "Redshift port {} from itself only",
                                          stack.serverless() ? "workgroup" : "cluster", port))},
                        {"VpcId", refTo(logical_id::kVpc)},
                        {"SecurityGroupEgress", list({std::move(redshiftEgress)})},
                        {"Tags", nameTags("shared")}})));
  // A rule naming its own group must be a separate resource: inline, the group would depend on
  // itself.
  resources.append(
      std::string(logical_id::kSelfIngress),
      resource("AWS::EC2::SecurityGroupIngress",
               mapping({{"GroupId", securityGroupId()},
                        {"IpProtocol", text("tcp")},
                        {"FromPort", integer(port)},
                        {"ToPort", integer(port)},
                        {"SourceSecurityGroupId", securityGroupId()},
                        {"Description", text("Redshift from members of this group")}})));
  if (!stack.natEgress() && !stack.s3GatewayEndpoint()) return;
  // S3's addresses are a prefix list that a template cannot look up, so the rule names
  // 0.0.0.0/0: without NAT the only route it can take out of the VPC is the S3 endpoint's. Its
  // description does not depend on the variant, so that moving between them leaves it unchanged.
  const std::string_view purpose = stack.s3GatewayEndpoint()
                                       ? "HTTPS to S3 through its gateway endpoint, and to AWS "
                                         "APIs (Parameter Store) through NAT where there is NAT"
                                       : "HTTPS to AWS APIs (Parameter Store) through NAT";
  resources.append(
      std::string(logical_id::kHttpsEgress),
      resource("AWS::EC2::SecurityGroupEgress", mapping({{"GroupId", securityGroupId()},
                                                         {"IpProtocol", text("tcp")},
                                                         {"FromPort", integer(443)},
                                                         {"ToPort", integer(443)},
                                                         {"CidrIp", text("0.0.0.0/0")},
                                                         {"Description", text(purpose)}})));
}

}  // namespace vpcsynth::synth
