#include <string>

#include "synth/handler_sources.h"
#include "synth/logical_ids.h"
#include "synth/stack_parts.h"
#include "synth/values.h"

namespace vpcsynth::synth {
namespace {

constexpr std::string_view kArnPrefix = "arn:${AWS::Partition}:";
constexpr std::string_view kRegionAccount = ":${AWS::Region}:${AWS::AccountId}:";

std::string arn(std::string_view service, std::string_view resource) {
  return std::string(kArnPrefix) + std::string(service) + std::string(kRegionAccount) +
         std::string(resource);
}

// The cluster's name inside a `!Sub` string: its literal identifier, or `${RedshiftCluster}`
// (a cluster's Ref is its identifier) when CloudFormation names it.
std::string clusterNameInSub(const RedshiftSpec& redshift) {
  if (!redshift.clusterIdentifier.empty()) return redshift.clusterIdentifier;
  return "${" + std::string(logical_id::kCluster) + "}";
}

Value clusterName(const RedshiftSpec& redshift) {
  if (!redshift.clusterIdentifier.empty()) return text(redshift.clusterIdentifier);
  return refTo(logical_id::kCluster);
}

Value allow(std::initializer_list<Value> actions, Value resources) {
  return mapping(
      {{"Effect", text("Allow")}, {"Action", list(actions)}, {"Resource", std::move(resources)}});
}

Value policy(std::string_view name, Value statements) {
  return resource("AWS::IAM::Policy",
                  mapping({{"PolicyName", text(name)},
                           {"Roles", list({refTo(logical_id::kFunctionRole)})},
                           {"PolicyDocument", mapping({{"Version", text("2012-10-17")},
                                                       {"Statement", std::move(statements)}})}}));
}

Value passwordPolicy(const RedshiftSpec& redshift) {
  Sequence statements;
  statements.push_back(
      allow({text("ssm:GetParameter")}, sub(arn("ssm", "parameter" + redshift.passwordParameter))));
  // The AWS-managed aws/ssm key lets the account decrypt through SSM already; a customer key
  // needs the grant, and only for calls SSM makes on the function's behalf.
  if (!redshift.passwordKeyArn.empty()) {
    Value statement = allow({text("kms:Decrypt")}, text(redshift.passwordKeyArn));
    statement.mapping().append(
        "Condition",
        mapping({{"StringEquals",
                  mapping({{"kms:ViaService", sub("ssm.${AWS::Region}.amazonaws.com")}})}}));
    statements.push_back(std::move(statement));
  }
  return policy("read-redshift-password-parameter", Value(std::move(statements)));
}

Value iamCredentialsPolicy(const RedshiftSpec& redshift) {
  const std::string cluster = clusterNameInSub(redshift);
  return policy(
      "get-redshift-cluster-credentials",
      list({allow({text("redshift:GetClusterCredentials")},
                  list({sub(arn("redshift", "dbuser:" + cluster + "/" + redshift.masterUsername)),
                        sub(arn("redshift", "dbname:" + cluster + "/" + redshift.database))}))}));
}

// Serverless IAM credentials: GetCredentials names the workgroup, whose ARN holds its ID.
Value workgroupCredentialsPolicy() {
  return policy("get-redshift-serverless-credentials",
                list({allow({text("redshift-serverless:GetCredentials")},
                            getAtt(logical_id::kWorkgroup, "Workgroup.WorkgroupArn"))}));
}

Value managedSecretPolicy(const RedshiftSpec& redshift) {
  Sequence statements;
  statements.push_back(allow({text("secretsmanager:GetSecretValue")},
                             getAtt(logical_id::kCluster, "MasterPasswordSecretArn")));
  // Secrets Manager decrypts with the key on the function's behalf; an AWS-managed key needs no
  // grant, a customer key does, and only for calls Secrets Manager makes.
  if (!redshift.passwordKeyArn.empty()) {
    Value statement = allow({text("kms:Decrypt")}, text(redshift.passwordKeyArn));
    statement.mapping().append(
        "Condition",
        mapping(
            {{"StringEquals",
              mapping({{"kms:ViaService", sub("secretsmanager.${AWS::Region}.amazonaws.com")}})}}));
    statements.push_back(std::move(statement));
  }
  return policy("read-redshift-master-secret", Value(std::move(statements)));
}

Value role() {
  Value trust = mapping({
      {"Version", text("2012-10-17")},
      {"Statement",
       list({mapping({{"Effect", text("Allow")},
                      {"Principal", mapping({{"Service", text("lambda.amazonaws.com")}})},
                      {"Action", text("sts:AssumeRole")}})})},
  });
  return resource(
      "AWS::IAM::Role",
      mapping({{"AssumeRolePolicyDocument", std::move(trust)},
               {"ManagedPolicyArns", list({sub("arn:${AWS::Partition}:iam::aws:policy/service-role/"
                                               "AWSLambdaVPCAccessExecutionRole")})}}));
}

Value code(const LambdaSpec& lambda) {
  if (!lambda.codeS3Bucket.empty()) {
    return mapping({{"S3Bucket", text(lambda.codeS3Bucket)}, {"S3Key", text(lambda.codeS3Key)}});
  }
  // The function that proves the architecture: lib/synth/handlers/, compiled in.
  const bool python = lambda.runtime.rfind("python", 0) == 0;
  return mapping({{"ZipFile", text(handlerSource(python ? "probe.py" : "probe.js"))}});
}

Value environment(const StackContext& stack) {
  const PatternSpec& spec = stack.spec;
  const RedshiftSpec& redshift = spec.redshift;
  Mapping variables;
  if (stack.createsWorkgroup()) {
    variables.append("REDSHIFT_HOST", getAtt(logical_id::kWorkgroup, "Workgroup.Endpoint.Address"));
  } else {
    variables.append("REDSHIFT_HOST", redshift.createCluster
                                          ? getAtt(logical_id::kCluster, "Endpoint.Address")
                                          : text(redshift.endpointAddress));
  }
  // The port as configured, which the cluster or workgroup listens on: a workgroup's
  // `Workgroup.Endpoint.Port` attribute is a number, and a variable takes only strings (cfn-lint
  // E6101, also through Fn::Sub, E1019).
  variables.append("REDSHIFT_PORT", text(std::to_string(redshift.port)));
  variables.append("REDSHIFT_DATABASE", text(redshift.database));
  variables.append("REDSHIFT_USER", text(redshift.masterUsername));
  // Where the function finds its credentials, never the password itself: it reads the value at
  // run time.
  switch (spec.lambda.credentials) {
    case CredentialSource::Password:
      variables.append("REDSHIFT_PASSWORD_PARAMETER", text(redshift.passwordParameter));
      break;
    case CredentialSource::IamCredentials:
      if (stack.serverless()) {
        variables.append("REDSHIFT_WORKGROUP_NAME", refTo(logical_id::kWorkgroup));
      } else {
        variables.append("REDSHIFT_CLUSTER_IDENTIFIER", clusterName(redshift));
      }
      break;
    case CredentialSource::ManagedSecret:
      variables.append("REDSHIFT_SECRET_ARN",
                       getAtt(logical_id::kCluster, "MasterPasswordSecretArn"));
      break;
  }
  return mapping({{"Variables", Value(std::move(variables))}});
}

}  // namespace

void addLambda(const StackContext& stack, Mapping& resources) {
  const LambdaSpec& lambda = stack.spec.lambda;
  resources.append(std::string(logical_id::kFunctionRole), role());
  // private-only has no path to Parameter Store: the grant would be one that cannot be used.
  if (lambda.credentials == CredentialSource::Password && stack.reachesAwsApis()) {
    resources.append(std::string(logical_id::kPasswordPolicy), passwordPolicy(stack.spec.redshift));
  }
  if (lambda.credentials == CredentialSource::ManagedSecret) {
    resources.append(std::string(logical_id::kSecretPolicy),
                     managedSecretPolicy(stack.spec.redshift));
  }
  if (lambda.credentials == CredentialSource::IamCredentials && stack.serverless()) {
    resources.append(std::string(logical_id::kWorkgroupCredentialsPolicy),
                     workgroupCredentialsPolicy());
  } else if (lambda.credentials == CredentialSource::IamCredentials) {
    resources.append(std::string(logical_id::kIamCredentialsPolicy),
                     iamCredentialsPolicy(stack.spec.redshift));
  }
  Mapping properties;
  if (!lambda.functionName.empty()) properties.append("FunctionName", text(lambda.functionName));
  properties.append(
      "Description",
      text(stack.serverless() ? "Connects to the Redshift Serverless workgroup from inside the VPC"
                              : "Connects to the Redshift cluster from inside the VPC"));
  properties.append("Runtime", text(lambda.runtime));
  properties.append("Handler", text(lambda.handler));
  properties.append("MemorySize", integer(lambda.memoryMb));
  properties.append("Timeout", integer(lambda.timeoutSeconds));
  properties.append("Role", getAtt(logical_id::kFunctionRole, "Arn"));
  properties.append("Code", code(lambda));
  // The same subnets and security group as the cluster's subnet group or the workgroup.
  properties.append("VpcConfig", mapping({{"SubnetIds", Value(privateSubnetRefs(stack))},
                                          {"SecurityGroupIds", list({securityGroupId()})}}));
  properties.append("Environment", environment(stack));
  resources.append(std::string(logical_id::kFunction),
                   resource("AWS::Lambda::Function", Value(std::move(properties))));
}

}  // namespace vpcsynth::synth
