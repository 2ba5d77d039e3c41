#include <fmt/format.h>

#include "synth/logical_ids.h"
#include "synth/stack_parts.h"
#include "synth/values.h"

namespace vpcsynth::synth {
namespace {

void addOutput(Mapping& outputs, std::string_view name, std::string_view description, Value value) {
  outputs.append(
      std::string(name),
      mapping({{"Description", text(description)},
               {"Value", std::move(value)},
               {"Export", mapping({{"Name", sub(fmt::format("${{AWS::StackName}}-{}", name))}})}}));
}

}  // namespace

Mapping buildOutputs(const StackContext& stack) {
  Mapping outputs;
  addOutput(outputs, "VpcId", "The VPC", refTo(logical_id::kVpc));
  addOutput(outputs, "PrivateSubnetIds", "The private subnets, comma-separated, in AZ order",
            join(",", privateSubnetRefs(stack)));
  if (stack.natEgress()) {
    Sequence publicSubnets;
    for (int az = 0; az < stack.azCount(); ++az) {
      publicSubnets.push_back(refTo(logical_id::publicSubnet(az)));
    }
    addOutput(outputs, "PublicSubnetIds", "The public subnets, comma-separated, in AZ order",
              join(",", std::move(publicSubnets)));
  }
  addOutput(outputs, "SecurityGroupId", "The security group shared by the cluster and the function",
            securityGroupId());
  if (stack.serverless()) {
    if (stack.createsWorkgroup()) {
      addOutput(outputs, "RedshiftEndpointAddress", "The workgroup's endpoint address",
                getAtt(logical_id::kWorkgroup, "Workgroup.Endpoint.Address"));
      // The configured port: the attribute is a number, and an output value a string.
      addOutput(outputs, "RedshiftEndpointPort", "The workgroup's port",
                text(std::to_string(stack.spec.redshift.port)));
    }
    addOutput(outputs, "FunctionArn", "The Lambda function", getAtt(logical_id::kFunction, "Arn"));
    return outputs;
  }
  addOutput(outputs, "RedshiftSubnetGroupName", "The Redshift cluster subnet group",
            refTo(logical_id::kSubnetGroup));
  if (stack.spec.redshift.createCluster) {
    addOutput(outputs, "RedshiftEndpointAddress", "The cluster's endpoint address",
              getAtt(logical_id::kCluster, "Endpoint.Address"));
    addOutput(outputs, "RedshiftEndpointPort", "The cluster's port",
              getAtt(logical_id::kCluster, "Endpoint.Port"));
  }
  addOutput(outputs, "FunctionArn", "The Lambda function", getAtt(logical_id::kFunction, "Arn"));
  return outputs;
}

}  // namespace vpcsynth::synth
