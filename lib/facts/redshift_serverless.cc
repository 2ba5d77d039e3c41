#include "facts/redshift_serverless.h"

namespace vpcsynth::facts {

const ServerlessLimits& serverlessLimits() {
  // Zones: "You must have at least three subnets, and they must span across three Availability
  // Zones ... An exception to this is the US West (N. California) Region. It requires three
  // subnets ... but these must span across only two Availability Zones", Amazon Redshift
  // management guide, "Considerations when using Amazon Redshift Serverless".
  // Base capacity: "from 8 RPUs to 512 RPUs in units of 8 (8,16,24...512)", management guide,
  // "Compute capacity for Amazon Redshift Serverless"; the 4 RPU configuration from the AWS Big
  // Data Blog, "Amazon Redshift Serverless at 4 RPUs". A later announcement of base capacities
  // up to 1024 RPUs names no step above 512, so they are not accepted here until one is read.
  // Ports: the CreateWorkgroup API reference, "Valid port ranges are 5431-5455 and 8191-8215".
  static constexpr ServerlessLimits kLimits{
      3,
      4,
      8,
      512,
      8,
      "2026-11-30",
      "https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-usage-considerations.html",
      "https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-capacity.html and "
      "https://aws.amazon.com/blogs/big-data/"
      "amazon-redshift-serverless-at-4-rpus-high-value-analytics-at-low-cost/",
      "https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/"
      "API_CreateWorkgroup.html",
  };
  return kLimits;
}

bool serverlessPortAccepted(long port) {
  return (port >= 5431 && port <= 5455) || (port >= 8191 && port <= 8215);
}

bool serverlessBaseCapacityAccepted(long rpus) {
  const ServerlessLimits& limits = serverlessLimits();
  if (rpus == limits.smallestBaseCapacity) return true;
  return rpus >= limits.minBaseCapacity && rpus <= limits.maxBaseCapacity &&
         rpus % limits.baseCapacityStep == 0;
}

}  // namespace vpcsynth::facts
