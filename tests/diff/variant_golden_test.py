"""The golden variant diffs: private-only to nat-egress adds the egress path and nothing else;
private-only to private-endpoints adds the interface endpoint, its group and the HTTPS path to it,
and the function's grant, and nothing else.

The text form of each pair of variants is committed as docs/examples/diff-OLD-NEW.txt; when the
synthesized templates change on purpose, regenerate them with
`vpcsynth diff OLD NEW --color never > docs/examples/diff-OLD-NEW.txt`
and paste the private-only to nat-egress one into docs/diff.md.
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from harness import run  # noqa: E402

EXAMPLE = os.path.join(harness.SOURCE_DIR, "docs", "examples", "diff-private-only-nat-egress.txt")
PAIRS = [("private-only", "nat-egress"), ("private-only", "private-endpoints"),
         ("private-endpoints", "nat-egress")]


class VariantGoldenTest(harness.ScratchDirTestCase):
    def setUp(self):
        super().setUp()
        result = run("diff", "private-only", "nat-egress", "--format", "json")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.report = json.loads(result.stdout)
        self.added = collections.Counter(
            r["type"] for r in self.report["resources"] if r["change"] == "added")

    def test_the_egress_path_is_added(self):
        for resource_type, count in [("AWS::EC2::Subnet", 2), ("AWS::EC2::InternetGateway", 1),
                                     ("AWS::EC2::VPCGatewayAttachment", 1),
                                     ("AWS::EC2::NatGateway", 2), ("AWS::EC2::EIP", 2),
                                     ("AWS::EC2::Route", 3),
                                     ("AWS::EC2::SubnetRouteTableAssociation", 2)]:
            self.assertGreaterEqual(self.added[resource_type], count, resource_type)
        public = [r["logicalId"] for r in self.report["resources"]
                  if r["type"] == "AWS::EC2::Subnet"]
        self.assertTrue(all("Public" in name for name in public), public)

    def test_nothing_is_removed_or_replaced(self):
        summary = self.report["summary"]
        self.assertEqual(summary["resourcesRemoved"], 0)
        self.assertEqual(summary["replaced"], 0)
        self.assertEqual(summary["mayBeReplaced"], 0)
        self.assertEqual(summary["destructive"], 0)
        for resource in self.report["resources"]:
            self.assertIn(resource["impact"], ("none", "no replacement"), resource["logicalId"])

    def test_the_security_group_is_unchanged(self):
        # Both variants have the HTTPS egress rule: private-only for S3 through its gateway
        # endpoint, nat-egress for that and for AWS APIs through NAT.
        self.assertEqual(self.report["security"]["securityGroupRules"], [])
        self.assertNotIn("S3GatewayEndpoint",
                         [r["logicalId"] for r in self.report["resources"]])

    def test_the_lambda_role_gains_parameter_store_access(self):
        statements = self.report["security"]["iamStatements"]
        self.assertTrue(any(s["change"] == "added" and s["effect"] == "Allow" and
                            "ssm:GetParameter" in s["actions"] for s in statements), statements)

    def test_the_committed_example_is_current(self):
        result = run("diff", "private-only", "nat-egress", "--color", "never")
        with open(EXAMPLE, encoding="utf-8") as handle:
            self.assertEqual(result.stdout, handle.read(),
                             "docs/examples/diff-private-only-nat-egress.txt is stale")
        with open(os.path.join(harness.SOURCE_DIR, "docs", "diff.md"), encoding="utf-8") as handle:
            self.assertIn("```\n" + result.stdout + "```", handle.read(),
                          "docs/diff.md does not show the current example")


class PrivateEndpointsGoldenTest(harness.ScratchDirTestCase):
    def setUp(self):
        super().setUp()
        result = run("diff", "private-only", "private-endpoints", "--format", "json")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.report = json.loads(result.stdout)

    def test_only_the_endpoint_path_is_added(self):
        added = sorted((r["type"], r["logicalId"]) for r in self.report["resources"])
        self.assertEqual(added, [("AWS::EC2::SecurityGroup", "EndpointSecurityGroup"),
                                 ("AWS::EC2::SecurityGroupEgress", "SharedSecurityGroupEndpointEgress"),
                                 ("AWS::EC2::VPCEndpoint", "SsmEndpoint"),
                                 ("AWS::IAM::Policy", "FunctionPasswordParameterPolicy")])
        self.assertTrue(all(r["change"] == "added" for r in self.report["resources"]))

    def test_the_https_path_and_the_grant_show_in_the_security_tables(self):
        rules = {(r["group"], r["direction"], r["protocol"], r["ports"], r["peer"])
                 for r in self.report["security"]["securityGroupRules"]}
        self.assertIn(("EndpointSecurityGroup", "ingress", "tcp", "443", "sg SharedSecurityGroup"),
                      rules)
        self.assertIn(("SharedSecurityGroup", "egress", "tcp", "443", "sg EndpointSecurityGroup"),
                      rules)
        statements = self.report["security"]["iamStatements"]
        self.assertEqual([s["actions"] for s in statements], ["ssm:GetParameter"])

    def test_every_committed_variant_diff_is_current(self):
        for old, new in PAIRS:
            result = run("diff", old, new, "--color", "never")
            path = os.path.join(harness.SOURCE_DIR, "docs", "examples", f"diff-{old}-{new}.txt")
            with open(path, encoding="utf-8") as handle:
                self.assertEqual(result.stdout, handle.read(), f"{path} is stale")


if __name__ == "__main__":
    harness.main()
