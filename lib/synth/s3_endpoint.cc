#include <fmt/format.h>

#include "synth/logical_ids.h"
#include "synth/stack_parts.h"
#include "synth/values.h"

namespace vpcsynth::synth {
namespace {

// What Redshift's COPY, UNLOAD and Spectrum call on S3: read objects, write and clean up the
// files UNLOAD writes (multipart for large ones), list the prefixes and find the bucket's region.
Value copyUnloadActions() {
  return list({text("s3:GetBucketLocation"), text("s3:ListBucket"), text("s3:GetObject"),
               text("s3:PutObject"), text("s3:DeleteObject"), text("s3:AbortMultipartUpload"),
               text("s3:ListMultipartUploadParts")});
}

Value copyUnloadStatement(const RedshiftSpec& redshift) {
  Value statement = mapping({{"Sid", text("RedshiftCopyUnload")},
                             {"Effect", text("Allow")},
                             {"Principal", text("*")},
                             {"Action", copyUnloadActions()}});
  if (redshift.s3Buckets.empty()) {
    // No bucket named: any bucket the stack's own account owns, and no other account's.
    statement.mapping().append("Resource", sub("arn:${AWS::Partition}:s3:::*"));
    statement.mapping().append(
        "Condition",
        mapping({{"StringEquals", mapping({{"aws:ResourceAccount", refTo("AWS::AccountId")}})}}));
    return statement;
  }
  Sequence buckets;
  for (const std::string& bucket : redshift.s3Buckets) {
    buckets.push_back(sub(fmt::format("arn:${{AWS::Partition}}:s3:::{}", bucket)));
    buckets.push_back(sub(fmt::format("arn:${{AWS::Partition}}:s3:::{}/*", bucket)));
  }
  statement.mapping().append("Resource", Value(std::move(buckets)));
  return statement;
}

}  // namespace

void addS3GatewayEndpoint(const StackContext& stack, Mapping& resources) {
  if (!stack.s3GatewayEndpoint()) return;
  Sequence routeTables;
  for (int az = 0; az < stack.azCount(); ++az) {
    routeTables.push_back(refTo(logical_id::privateRouteTable(az)));
  }
  // The same on every variant: the private route tables exist in all, so moving between variants
  // leaves the endpoint unchanged.
  resources.append(
      std::string(logical_id::kS3GatewayEndpoint),
      resource(
          "AWS::EC2::VPCEndpoint",
          mapping({{"VpcId", refTo(logical_id::kVpc)},
                   {"ServiceName", sub("com.amazonaws.${AWS::Region}.s3")},
                   {"VpcEndpointType", text("Gateway")},
                   {"RouteTableIds", Value(std::move(routeTables))},
                   {"PolicyDocument",
                    mapping({{"Version", text("2012-10-17")},
                             {"Statement", list({copyUnloadStatement(stack.spec.redshift)})}})}})));
}

}  // namespace vpcsynth::synth
