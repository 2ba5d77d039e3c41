#include <fmt/format.h>

#include "synth/logical_ids.h"
#include "synth/stack_parts.h"
#include "synth/values.h"

namespace vpcsynth::synth {

void addRedshift(const StackContext& stack, Mapping& resources) {
  const RedshiftSpec& redshift = stack.spec.redshift;
  resources.append(std::string(logical_id::kSubnetGroup),
                   resource("AWS::Redshift::ClusterSubnetGroup",
                            mapping({{"Description", text("Private subnets of the Redshift cluster "
                                                          "and the Lambda function")},
                                     {"SubnetIds", Value(privateSubnetRefs(stack))}})));
  if (!redshift.createCluster) return;

  Mapping properties;
  if (!redshift.clusterIdentifier.empty()) {
    properties.append("ClusterIdentifier", text(redshift.clusterIdentifier));
  }
  const bool multiNode = redshift.nodeCount > 1;
  properties.append("ClusterType", text(multiNode ? "multi-node" : "single-node"));
  properties.append("NodeType", text(redshift.nodeType));
  if (multiNode) properties.append("NumberOfNodes", integer(redshift.nodeCount));
  properties.append("DBName", text(redshift.database));
  properties.append("MasterUsername", text(redshift.masterUsername));
  if (stack.spec.lambda.credentials == CredentialSource::ManagedSecret) {
    // Redshift creates the password, keeps it in a secret of its own and rotates it: nothing to
    // create before the first deploy.
    properties.append("ManageMasterPassword", boolean(true));
    if (!redshift.passwordKeyArn.empty()) {
      properties.append("MasterPasswordSecretKmsKeyId", text(redshift.passwordKeyArn));
    }
  } else {
    // A dynamic reference: CloudFormation reads the SecureString at deploy time, so the password
    // is never a template parameter, never in the template and never in the function.
    properties.append("MasterUserPassword", text(fmt::format("{{{{resolve:ssm-secure:{}:{}}}}}",
                                                             redshift.passwordParameter,
                                                             redshift.passwordParameterVersion)));
  }
  properties.append("Port", integer(redshift.port));
  properties.append("Encrypted", boolean(true));
  properties.append("AutomatedSnapshotRetentionPeriod", integer(redshift.snapshotRetentionDays));
  properties.append("PubliclyAccessible", boolean(false));
  // COPY, UNLOAD and Spectrum then reach S3 through the VPC's routes (the S3 gateway endpoint),
  // not over the internet. Turning it on updates the cluster in place.
  if (redshift.enhancedVpcRouting) properties.append("EnhancedVpcRouting", boolean(true));
  properties.append("ClusterSubnetGroupName", refTo(logical_id::kSubnetGroup));
  properties.append("VpcSecurityGroupIds", list({securityGroupId()}));

  Value cluster = mapping({{"Type", text("AWS::Redshift::Cluster")},
                           {"DeletionPolicy", text("Snapshot")},
                           {"UpdateReplacePolicy", text("Snapshot")},
                           {"Properties", Value(std::move(properties))}});
  resources.append(std::string(logical_id::kCluster), std::move(cluster));
}

}  // namespace vpcsynth::synth
