#include <string>

#include "synth/logical_ids.h"
#include "synth/stack_parts.h"
#include "synth/values.h"

namespace vpcsynth::synth {
namespace {

// The AWS service the function calls to authenticate, and its endpoint's logical ID.
struct CredentialsService {
  std::string_view logicalId;
  std::string_view endpointName;  // com.amazonaws.<region>.NAME
};

CredentialsService credentialsService(CredentialSource credentials, bool serverless) {
  switch (credentials) {
    case CredentialSource::Password: return {logical_id::kSsmEndpoint, "ssm"};
    case CredentialSource::IamCredentials:
      // A workgroup's credentials come from the Redshift Serverless API, not Redshift's.
      if (serverless) return {logical_id::kRedshiftServerlessEndpoint, "redshift-serverless"};
      return {logical_id::kRedshiftEndpoint, "redshift"};
    case CredentialSource::ManagedSecret:
      return {logical_id::kSecretsManagerEndpoint, "secretsmanager"};
  }
  return {logical_id::kSsmEndpoint, "ssm"};
}

Value endpointSecurityGroup() {
  Value https = mapping({{"IpProtocol", text("tcp")},
                         {"FromPort", integer(443)},
                         {"ToPort", integer(443)},
                         {"SourceSecurityGroupId", securityGroupId()},
                         {"Description", text("HTTPS from the shared group (the function)")}});
  // An endpoint only answers; one rule that matches no packet (ICMP type 252, code 86, to a
  // broadcast address) replaces EC2's default allow-all egress.
  Value noEgress =
      mapping({{"IpProtocol", text("icmp")},
               {"FromPort", integer(252)},
               {"ToPort", integer(86)},
               {"CidrIp", text("255.255.255.255/32")},
               {"Description", text("No egress: an interface endpoint only answers")}});
  return resource("AWS::EC2::SecurityGroup",
                  mapping({{"GroupDescription",
                            text("Interface VPC endpoints: HTTPS from the shared group only")},
                           {"VpcId", refTo(logical_id::kVpc)},
                           {"SecurityGroupIngress", list({std::move(https)})},
                           {"SecurityGroupEgress", list({std::move(noEgress)})},
                           {"Tags", nameTags("endpoints")}}));
}

}  // namespace

Value endpointSecurityGroupId() { return getAtt(logical_id::kEndpointSecurityGroup, "GroupId"); }

void addInterfaceEndpoints(const StackContext& stack, Mapping& resources) {
  if (!stack.privateEndpoints()) return;
  resources.append(std::string(logical_id::kEndpointSecurityGroup), endpointSecurityGroup());
  // The shared group's HTTPS to the endpoints, named by group: with the S3 gateway endpoint the
  // HTTPS rule to 0.0.0.0/0 stays for S3's prefix list, whose addresses a template cannot name.
  resources.append(std::string(logical_id::kEndpointEgress),
                   resource("AWS::EC2::SecurityGroupEgress",
                            mapping({{"GroupId", securityGroupId()},
                                     {"IpProtocol", text("tcp")},
                                     {"FromPort", integer(443)},
                                     {"ToPort", integer(443)},
                                     {"DestinationSecurityGroupId", endpointSecurityGroupId()},
                                     {"Description", text("HTTPS to the interface endpoints")}})));
  // Private DNS answers the service's usual name with the endpoint's addresses, so the SDK needs
  // no endpoint setting; it needs DNS support and host names on the VPC, which the VPC has.
  const CredentialsService service =
      credentialsService(stack.spec.lambda.credentials, stack.serverless());
  resources.append(std::string(service.logicalId),
                   resource("AWS::EC2::VPCEndpoint",
                            mapping({{"VpcId", refTo(logical_id::kVpc)},
                                     {"VpcEndpointType", text("Interface")},
                                     {"ServiceName", sub("com.amazonaws.${AWS::Region}." +
                                                         std::string(service.endpointName))},
                                     {"SubnetIds", Value(privateSubnetRefs(stack))},
                                     {"SecurityGroupIds", list({endpointSecurityGroupId()})},
                                     {"PrivateDnsEnabled", boolean(true)}})));
}

}  // namespace vpcsynth::synth
