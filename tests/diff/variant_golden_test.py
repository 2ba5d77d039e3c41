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
import shutil
import subprocess
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


class OnPremisesGoldenTest(harness.ScratchDirTestCase):
    """Each on-premises example against the same stack without on-premises connectivity
    (`on-premises: enabled: false`): the diff only adds resources, and is committed as
    docs/examples/diff-NAME.txt (scripts/update-templates writes it)."""

    def diff(self, name, *options):
        with open(os.path.join(harness.SOURCE_DIR, "examples", name), encoding="utf-8") as handle:
            config = handle.read().replace("\non-premises:\n", "\non-premises:\n  enabled: false\n")
        for folder in ("without-on-premises", "templates"):
            os.makedirs(self.path(folder), exist_ok=True)
        without = os.path.join("without-on-premises", name)
        synth = run("synth", "-", "-o", self.path(without), stdin=config)
        self.assertEqual(synth.returncode, 0, synth.stderr)
        shutil.copy(os.path.join(harness.SOURCE_DIR, "templates", name),
                    self.path(os.path.join("templates", name)))
        result = subprocess.run([harness.BINARY, "diff", without, os.path.join("templates", name),
                                 *options], capture_output=True, text=True, cwd=self.scratch,
                                timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def examples(self):
        names = sorted(n for n in os.listdir(os.path.join(harness.SOURCE_DIR, "examples"))
                       if n.startswith("on-premises-"))
        self.assertGreaterEqual(len(names), 3)
        return names

    def test_adding_on_premises_connectivity_only_adds(self):
        for name in self.examples():
            report = json.loads(self.diff(name, "--format", "json"))
            summary = report["summary"]
            self.assertGreater(summary["resourcesAdded"], 0, name)
            for key in ("resourcesRemoved", "resourcesModified", "replaced", "destructive"):
                self.assertEqual(summary[key], 0, f"{name}: {key}")

    def test_each_connection_adds_its_resources(self):
        expected = {
            "on-premises-vpn.yaml": {"AWS::EC2::VPNGateway", "AWS::EC2::VPNConnection"},
            "on-premises-direct-connect.yaml": {
                "AWS::EC2::VPNGateway", "AWS::EC2::VPNConnection",
                "AWS::DirectConnect::DirectConnectGateway",
                "AWS::DirectConnect::DirectConnectGatewayAssociation",
                "AWS::EC2::VPNGatewayRoutePropagation", "AWS::EC2::SecurityGroupIngress"},
            "on-premises-transit-gateway.yaml": {"AWS::EC2::TransitGatewayVpcAttachment",
                                                 "AWS::EC2::Route"},
        }
        for name, types in expected.items():
            report = json.loads(self.diff(name, "--format", "json"))
            added = {r["type"] for r in report["resources"] if r["change"] == "added"}
            self.assertLessEqual(types, added, name)

    def test_the_committed_diffs_are_current(self):
        for name in self.examples():
            committed = os.path.join(harness.SOURCE_DIR, "docs", "examples",
                                     f"diff-{os.path.splitext(name)[0]}.txt")
            with open(committed, encoding="utf-8") as handle:
                self.assertEqual(self.diff(name, "--color", "never"), handle.read(),
                                 f"{committed} is stale: run scripts/update-templates")


if __name__ == "__main__":
    harness.main()
