#include "pattern/aws_names.h"

#include <catch2/catch.hpp>

using namespace vpcsynth;

TEST_CASE("cluster identifiers") {
  CHECK_FALSE(checkClusterIdentifier("analytics-1"));
  CHECK(checkClusterIdentifier("1analytics") == "'1analytics' must start with a lowercase letter");
  CHECK(checkClusterIdentifier("a-") == "'a-' must not end with a hyphen");
  CHECK(checkClusterIdentifier("a--b") == "'a--b' must not contain two hyphens in a row");
  CHECK(checkClusterIdentifier(std::string(64, 'a')) ==
        "'" + std::string(64, 'a') + "' must be 1-63 characters long, not 64");
}

TEST_CASE("function names") {
  CHECK_FALSE(checkFunctionName("Loader_1-a"));
  CHECK(checkFunctionName("a.b") ==
        "'a.b' contains '.', which is not allowed (use letters, digits, hyphens and underscores)");
  CHECK(checkFunctionName(""));
}

TEST_CASE("parameter paths") {
  CHECK_FALSE(checkParameterPath("/app/redshift/password"));
  CHECK(checkParameterPath("/") == "'/' must be 2-1011 characters long, not 1");
  CHECK(checkParameterPath("app/x") == "'app/x' must start with '/'");
  CHECK(checkParameterPath("/a//b") == "'/a//b' has an empty level");
  CHECK(checkParameterPath("/SSM-things/x") ==
        "'/SSM-things/x' starts with a reserved prefix ('aws' or 'ssm')");
  CHECK(checkParameterPath("/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p") ==
        "'/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p' has more than 15 levels");
  CHECK(checkParameterPath("/a b").value().find("' '") != std::string::npos);
}

TEST_CASE("database, user, bucket, key ARN and host names") {
  CHECK_FALSE(checkDatabaseName("dev_1$"));
  CHECK(checkDatabaseName("9db") == "'9db' must start with a lowercase letter or '_'");
  CHECK_FALSE(checkMasterUsername("awsuser"));
  CHECK(checkMasterUsername("aws_user"));
  CHECK_FALSE(checkBucketName("example-artifacts.v1"));
  CHECK(checkBucketName("-x-") == "'-x-' must start and end with a letter or digit");
  CHECK_FALSE(checkKmsKeyArn("arn:aws:kms:us-east-1:123456789012:key/1234abcd"));
  CHECK(checkKmsKeyArn("arn:aws:kms:us-east-1:123456789012:alias/x"));
  CHECK_FALSE(checkHostName("c.abc.us-east-1.redshift.amazonaws.com"));
  CHECK(checkHostName("a..b") == "'a..b' has an empty label");
}
