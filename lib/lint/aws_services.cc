#include "lint/aws_services.h"

#include <array>

#include "text/ascii.h"

namespace vpcsynth::lint {
namespace {

constexpr std::array<AwsService, 15> kServices = {{
    {"ssm", "ssm", "Systems Manager (Parameter Store)", false},
    {"secretsmanager", "secretsmanager", "Secrets Manager", false},
    {"redshift", "redshift", "the Redshift API", false},
    {"redshift-data", "redshift-data", "the Redshift Data API", false},
    {"redshift-serverless", "redshift-serverless", "the Redshift Serverless API", false},
    {"sts", "sts", "STS", false},
    {"s3", "s3", "S3", true},
    {"dynamodb", "dynamodb", "DynamoDB", true},
    {"sqs", "sqs", "SQS", false},
    {"sns", "sns", "SNS", false},
    {"lambda", "lambda", "Lambda", false},
    {"events", "events", "EventBridge", false},
    {"states", "states", "Step Functions", false},
    {"kinesis", "kinesis", "Kinesis Data Streams", false},
    {"cloudwatch", "monitoring", "CloudWatch", false},
}};

// Actions that AWS performs for a function, not its code: Lambda writes the function's logs and
// manages its network interfaces; event source mappings poll queues and streams; Lambda and the
// services that read a secret for the function call KMS. A grant of these names no call that the
// code makes through its VPC.
constexpr std::array<std::string_view, 22> kCallsMadeForTheFunction = {
    "logs:CreateLogGroup",
    "logs:CreateLogStream",
    "logs:PutLogEvents",
    "sqs:ReceiveMessage",
    "sqs:DeleteMessage",
    "sqs:DeleteMessageBatch",
    "sqs:GetQueueAttributes",
    "sqs:GetQueueUrl",
    "sqs:ChangeMessageVisibility",
    "sqs:ChangeMessageVisibilityBatch",
    "kinesis:GetRecords",
    "kinesis:GetShardIterator",
    "kinesis:DescribeStream",
    "kinesis:DescribeStreamSummary",
    "kinesis:DescribeStreamConsumer",
    "kinesis:ListShards",
    "kinesis:ListStreams",
    "kinesis:SubscribeToShard",
    "dynamodb:GetRecords",
    "dynamodb:GetShardIterator",
    "dynamodb:DescribeStream",
    "dynamodb:ListStreams",
};

// Services whose queues and streams an event source mapping polls: a wildcard over their actions
// may be there only for the poller.
constexpr std::array<std::string_view, 3> kPolledServices = {"sqs", "kinesis", "dynamodb"};

}  // namespace

const AwsService* serviceCalledFor(std::string_view action) {
  const std::size_t colon = action.find(':');
  if (colon == std::string_view::npos) return nullptr;
  for (std::string_view made : kCallsMadeForTheFunction) {
    if (equalIgnoringAsciiCase(made, action)) return nullptr;
  }
  const std::string_view prefix = action.substr(0, colon);
  const bool wildcard = action.find_first_of("*?") != std::string_view::npos;
  for (std::string_view polled : kPolledServices) {
    if (wildcard && equalIgnoringAsciiCase(polled, prefix)) return nullptr;
  }
  for (const AwsService& service : kServices) {
    if (equalIgnoringAsciiCase(service.actionPrefix, prefix)) return &service;
  }
  return nullptr;
}

const AwsService* serviceReading(std::string_view type) {
  if (type == "AWS::SSM::Parameter") return &kServices[0];
  if (type == "AWS::SecretsManager::Secret") return &kServices[1];
  return nullptr;
}

}  // namespace vpcsynth::lint
