#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vpcsynth {

// Each check returns why `name` is not valid for its AWS service, or nullopt when it is.

/// A Redshift cluster identifier: 1-63 lowercase letters, digits and hyphens, starting with a
/// letter, no trailing or doubled hyphen.
std::optional<std::string> checkClusterIdentifier(std::string_view name);

/// A Redshift Serverless namespace or workgroup name: 3-64 lowercase letters, digits and
/// hyphens (the pattern of the CloudFormation resource schemas).
std::optional<std::string> checkServerlessName(std::string_view name);

/// A Lambda function name: 1-64 letters, digits, hyphens and underscores.
std::optional<std::string> checkFunctionName(std::string_view name);

/// An SSM parameter path: starts with '/', letters, digits and `_.-/`, at most 1011 characters
/// and 15 levels, not under the reserved `/aws` or `/ssm` prefixes.
std::optional<std::string> checkParameterPath(std::string_view name);

/// A Redshift database name: 1-64 lowercase letters, digits, `_` or `$`, starting with a
/// letter or `_`.
std::optional<std::string> checkDatabaseName(std::string_view name);

/// A Redshift master user name: 1-128 letters and digits, starting with a letter.
std::optional<std::string> checkMasterUsername(std::string_view name);

/// An S3 bucket name: 3-63 lowercase letters, digits, dots and hyphens, starting and ending
/// with a letter or digit.
std::optional<std::string> checkBucketName(std::string_view name);

/// A KMS key ARN: `arn:<partition>:kms:<region>:<account>:key/<id>`.
std::optional<std::string> checkKmsKeyArn(std::string_view arn);

/// A DNS host name (the endpoint of an existing cluster).
std::optional<std::string> checkHostName(std::string_view name);

}  // namespace vpcsynth
