#include <fmt/format.h>

#include "synth/logical_ids.h"
#include "synth/stack_parts.h"
#include "synth/values.h"

namespace vpcsynth::synth {
namespace {

// A dynamic reference: CloudFormation reads the SecureString at deploy time, so the password is
// never a template parameter, never in the template and never in the function.
Value passwordReference(const RedshiftSpec& redshift) {
  return text(fmt::format("{{{{resolve:ssm-secure:{}:{}}}}}", redshift.passwordParameter,
                          redshift.passwordParameterVersion));
}

// The namespace holds the database and its admin user; the workgroup is the compute that
// listens in the private subnets, behind the shared security group, like a cluster does.
void addServerless(const StackContext& stack, Mapping& resources) {
  const RedshiftSpec& redshift = stack.spec.redshift;
  Mapping namespaceProperties;
  namespaceProperties.append("NamespaceName", text(redshift.namespaceName));
  namespaceProperties.append("DbName", text(redshift.database));
  namespaceProperties.append("AdminUsername", text(redshift.masterUsername));
  // Redshift creates the admin password and keeps it in a secret of its own: CloudFormation
  // resolves no ssm-secure reference in AdminUserPassword (cfn-lint E1027), and the function
  // authenticates with temporary credentials instead (validation requires credentials iam).
  namespaceProperties.append("ManageAdminPassword", boolean(true));
  if (!redshift.passwordKeyArn.empty()) {
    namespaceProperties.append("AdminPasswordSecretKmsKeyId", text(redshift.passwordKeyArn));
  }
  // The namespace holds the data: deleting or replacing the stack's resource keeps it.
  resources.append(std::string(logical_id::kNamespace),
                   mapping({{"Type", text("AWS::RedshiftServerless::Namespace")},
                            {"DeletionPolicy", text("Retain")},
                            {"UpdateReplacePolicy", text("Retain")},
                            {"Properties", Value(std::move(namespaceProperties))}}));

  Mapping workgroup;
  workgroup.append("WorkgroupName", text(redshift.workgroupName));
  workgroup.append("NamespaceName", refTo(logical_id::kNamespace));
  workgroup.append("BaseCapacity", integer(redshift.baseCapacity));
  workgroup.append("Port", integer(redshift.port));
  workgroup.append("PubliclyAccessible", boolean(false));
  if (redshift.enhancedVpcRouting) workgroup.append("EnhancedVpcRouting", boolean(true));
  // The same subnets as the function and the same security group, as for a cluster.
  workgroup.append("SubnetIds", Value(privateSubnetRefs(stack)));
  workgroup.append("SecurityGroupIds", list({securityGroupId()}));
  resources.append(std::string(logical_id::kWorkgroup),
                   resource("AWS::RedshiftServerless::Workgroup", Value(std::move(workgroup))));
}

}  // namespace

void addRedshift(const StackContext& stack, Mapping& resources) {
  const RedshiftSpec& redshift = stack.spec.redshift;
  if (stack.serverless()) {
    if (redshift.createCluster) addServerless(stack, resources);
    return;
  }
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
    properties.append("MasterUserPassword", passwordReference(redshift));
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
