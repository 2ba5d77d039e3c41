#!/usr/bin/env python3
"""Writes a realistic CloudFormation template with N resources to stdout, for benchmarks.

A VPC, then a repeating mix of subnets, route tables, security groups with described rules,
IAM roles with policies and Lambda functions in the VPC, every one using intrinsic functions the
way hand-written templates do. The same N always gives the same bytes.
    usage: generate_template.py N [--json]
"""
import json
import sys


def group_resources(group):
    """Five resources that belong together: a subnet, its route table, a security group, and a
    Lambda function in them with its role."""
    n = f"{group:04d}"
    third = f"10.{(group // 250) % 250}.{group % 250}.0/24"
    yield f"Subnet{n}", {
        "Type": "AWS::EC2::Subnet",
        "Properties": {
            "VpcId": {"Ref": "Vpc"},
            "CidrBlock": third,
            "AvailabilityZone": {"Fn::Select": [group % 3, {"Fn::GetAZs": ""}]},
            "Tags": [{"Key": "Name", "Value": {"Fn::Sub": "${AWS::StackName}-subnet-" + n}}],
        },
    }
    yield f"RouteTable{n}", {
        "Type": "AWS::EC2::RouteTable",
        "Properties": {"VpcId": {"Ref": "Vpc"},
                       "Tags": [{"Key": "Name", "Value": f"route-table-{n}"}]},
    }
    yield f"SecurityGroup{n}", {
        "Type": "AWS::EC2::SecurityGroup",
        "Properties": {
            "GroupDescription": f"Security group {n} for the data tier",
            "VpcId": {"Ref": "Vpc"},
            "SecurityGroupIngress": [{
                "IpProtocol": "tcp", "FromPort": 5439, "ToPort": 5439,
                "CidrIp": "10.0.0.0/16", "Description": "Redshift from inside the VPC"}],
            "SecurityGroupEgress": [{
                "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
                "CidrIp": "0.0.0.0/0", "Description": "HTTPS to AWS APIs"}],
        },
    }
    yield f"Role{n}", {
        "Type": "AWS::IAM::Role",
        "Properties": {
            "AssumeRolePolicyDocument": {
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                               "Action": "sts:AssumeRole"}]},
            "ManagedPolicyArns": [
                "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"],
            "Policies": [{"PolicyName": "read-parameter", "PolicyDocument": {
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Action": "ssm:GetParameter",
                               "Resource": {"Fn::Sub": "arn:${AWS::Partition}:ssm:${AWS::Region}:"
                                            "${AWS::AccountId}:parameter/app/" + n}}]}}],
        },
    }
    yield f"Function{n}", {
        "Type": "AWS::Lambda::Function",
        "Properties": {
            "Runtime": "python3.12",
            "Handler": "index.handler",
            "MemorySize": 256,
            "Timeout": 30,
            "Role": {"Fn::GetAtt": [f"Role{n}", "Arn"]},
            "Code": {"ZipFile": "import os\n\ndef handler(event, context):\n"
                                "    return os.environ['PARAMETER']\n"},
            "Environment": {"Variables": {"PARAMETER": f"/app/{n}", "DB_PORT": "5439"}},
            "VpcConfig": {"SubnetIds": [{"Ref": f"Subnet{n}"}],
                          "SecurityGroupIds": [{"Ref": f"SecurityGroup{n}"}]},
        },
    }


def template(count):
    resources = {"Vpc": {"Type": "AWS::EC2::VPC",
                         "Properties": {"CidrBlock": "10.0.0.0/8", "EnableDnsSupport": True}}}
    group = 0
    while len(resources) < count:
        for name, body in group_resources(group):
            if len(resources) < count:
                resources[name] = body
        group += 1
    return {"AWSTemplateFormatVersion": "2010-09-09",
            "Description": f"Generated benchmark template with {count} resources",
            "Resources": resources}


def to_yaml(value, indent=0):
    """A small YAML emitter for this data (plain JSON-compatible values, short-form intrinsics)."""
    pad = " " * indent
    if isinstance(value, dict) and len(value) == 1:
        key = next(iter(value))
        if key == "Ref" or key.startswith("Fn::"):
            tag = "!" + key.replace("Fn::", "")
            return tag + " " + json.dumps(value[key])
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item and not _is_call(item):
                lines.append(f"{pad}{key}:\n{to_yaml(item, indent + 2)}")
            else:
                lines.append(f"{pad}{key}: {to_yaml(item, indent + 2)}")
        return "\n".join(lines)
    if isinstance(value, list):
        return "\n".join(f"{pad}- " + to_yaml(item, indent + 2).lstrip() for item in value)
    if isinstance(value, str) and "\n" in value:
        return "|\n" + "\n".join(pad + line for line in value.rstrip("\n").split("\n"))
    return json.dumps(value)


def _is_call(value):
    return isinstance(value, dict) and len(value) == 1 and (
        next(iter(value)) == "Ref" or next(iter(value)).startswith("Fn::"))


def main():
    count = int(sys.argv[1])
    data = template(count)
    if "--json" in sys.argv[2:]:
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        sys.stdout.write(to_yaml(data) + "\n")


if __name__ == "__main__":
    main()
