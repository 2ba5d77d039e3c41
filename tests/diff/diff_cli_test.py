"""End-to-end tests of `vpcsynth diff`, running the real binary."""
import gzip
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from harness import run  # noqa: E402

SUBNET = """\
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.0.0.0/24
      Tags: [{Key: Name, Value: a}, {Key: Tier, Value: private}]
  Function:
    Type: AWS::Lambda::Function
    Properties:
      MemorySize: 128
      VpcConfig:
        SubnetIds: [!Ref Subnet, !Ref Other]
"""

SUBNET_AS_JSON = """\
{"Resources": {
  "Function": {"Type": "AWS::Lambda::Function", "Properties": {
    "VpcConfig": {"SubnetIds": [{"Ref": "Other"}, {"Ref": "Subnet"}]}, "MemorySize": 128}},
  "Subnet": {"Type": "AWS::EC2::Subnet", "Properties": {
    "Tags": [{"Key": "Tier", "Value": "private"}, {"Key": "Name", "Value": "a"}],
    "CidrBlock": "10.0.0.0/24", "VpcId": {"Ref": "Vpc"}}}},
 "AWSTemplateFormatVersion": "2010-09-09"}
"""


class DiffCliTest(harness.ScratchDirTestCase):
    def diff(self, old, new, *args, stdin=None, env=None):
        return run("diff", old, new, *args, stdin=stdin, env=env)

    def test_same_template_in_yaml_and_json_shows_no_difference(self):
        result = self.diff(self.path("a.yaml", SUBNET), self.path("b.json", SUBNET_AS_JSON),
                           "--exit-code")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("No differences.", result.stdout)

    def test_cidr_change_replaces_the_subnet_and_memory_change_does_not(self):
        edited = SUBNET.replace("10.0.0.0/24", "10.0.9.0/24").replace("128", "512")
        result = self.diff(self.path("a.yaml", SUBNET), self.path("b.yaml", edited),
                           "--format", "json")
        self.assertEqual(result.returncode, 0, result.stderr)
        report = json.loads(result.stdout)
        by_id = {r["logicalId"]: r for r in report["resources"]}
        self.assertEqual(by_id["Subnet"]["impact"], "replaces")
        # The resource data does not mark a subnet stateful.
        self.assertFalse(by_id["Subnet"]["destructive"])
        self.assertEqual(by_id["Subnet"]["changes"][0]["path"], "CidrBlock")
        self.assertEqual(by_id["Subnet"]["changes"][0]["old"], "10.0.0.0/24")
        self.assertEqual(by_id["Subnet"]["changes"][0]["new"], "10.0.9.0/24")
        self.assertEqual(by_id["Function"]["impact"], "no replacement")
        self.assertFalse(by_id["Function"]["destructive"])
        self.assertEqual(report["summary"]["replaced"], 1)

    def test_exit_code_and_fail_on(self):
        old = self.path("a.yaml", SUBNET)
        memory = self.path("memory.yaml", SUBNET.replace("128", "512"))
        cidr = self.path("cidr.yaml", SUBNET.replace("10.0.0.0/24", "10.0.9.0/24"))
        self.assertEqual(self.diff(old, memory).returncode, 0)
        self.assertEqual(self.diff(old, memory, "--exit-code").returncode, 1)
        self.assertEqual(self.diff(old, memory, "--fail-on", "any").returncode, 1)
        self.assertEqual(self.diff(old, memory, "--fail-on", "destructive").returncode, 0)
        self.assertEqual(self.diff(old, cidr, "--fail-on", "destructive").returncode, 0)
        cluster = "Resources: {C: {Type: AWS::Redshift::Cluster, Properties: {NodeType: %s}}}\n"
        self.assertEqual(self.diff(self.path("c3.yaml", cluster % "ra3.large"),
                                   self.path("c4.yaml", "Resources: {}\n"),
                                   "--fail-on", "destructive").returncode, 1)
        self.assertEqual(self.diff(old, cidr, "--fail-on", "broadening").returncode, 0)
        self.assertEqual(self.diff(old, old, "--fail-on", "any").returncode, 0)
        self.assertEqual(self.diff(old, memory, "--fail-on", "sometimes").returncode, 105)

    def test_input_error_names_file_line_and_column(self):
        bad = self.path("bad.yaml", "Resources:\n  A: {Type: X\n")
        result = self.diff(self.path("a.yaml", SUBNET), bad)
        self.assertEqual(result.returncode, 2)
        self.assertRegex(result.stderr, r"bad\.yaml:\d+:\d+: error T\d+")
        missing = self.diff(self.path("a.yaml", SUBNET), os.path.join(self.scratch, "nope.yaml"))
        self.assertEqual(missing.returncode, 2)
        self.assertIn("nope.yaml", missing.stderr)
        self.assertEqual(self.diff("-", "-", stdin="").returncode, 2)

    def test_standard_input_is_a_side(self):
        result = self.diff("-", self.path("b.json", SUBNET_AS_JSON), "--exit-code", stdin=SUBNET)
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_colour_follows_the_flag_and_no_color(self):
        old = self.path("a.yaml", SUBNET)
        new = self.path("b.yaml", SUBNET.replace("128", "512"))
        self.assertIn("\x1b[", self.diff(old, new, "--color", "always").stdout)
        self.assertNotIn("\x1b[", self.diff(old, new, "--color", "never").stdout)
        # Output to a pipe is not a terminal: auto means no colour.
        self.assertNotIn("\x1b[", self.diff(old, new).stdout)
        env = dict(os.environ, NO_COLOR="1")
        self.assertIn("\x1b[", self.diff(old, new, "--color", "always", env=env).stdout)

    def test_summary_and_markdown(self):
        old = self.path("a.yaml", SUBNET)
        new = self.path("b.yaml", SUBNET.replace("128", "512"))
        summary = self.diff(old, new, "--summary").stdout
        self.assertIn("Resources: 0 added, 0 removed, 1 modified", summary)
        self.assertNotIn("MemorySize", summary)
        markdown = self.diff(old, new, "--format", "markdown").stdout
        self.assertIn("| [~] | `Function` | `MemorySize` | no replacement | `128` | `512` |",
                      markdown)

    def test_a_variant_against_its_own_template_shows_no_difference(self):
        synthesized = run("synth", "--variant", "nat-egress")
        self.assertEqual(synthesized.returncode, 0, synthesized.stderr)
        template = self.path("nat.yaml", synthesized.stdout)
        result = self.diff("nat-egress", template, "--exit-code")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_a_service_spec_database_replaces_the_built_in_data(self):
        database = json.dumps({"schema": {
            "resource": {"entities": [{"$id": "1", "cloudFormationType": "AWS::Lambda::Function",
                                       "attributes": {}, "properties": {"MemorySize": {
                                           "type": {"type": "integer"},
                                           "causesReplacement": "yes"}}}]},
            "typeDefinition": {"entities": []}}}).encode()
        spec = os.path.join(self.scratch, "db.json.gz")
        with gzip.open(spec, "wb") as handle:
            handle.write(database)
        old = self.path("a.yaml", SUBNET)
        new = self.path("b.yaml", SUBNET.replace("128", "512"))
        env = dict(os.environ, VPCSYNTH_RESOURCE_SPEC=spec)
        result = self.diff(old, new, "--format", "json", env=env)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(json.loads(result.stdout)["resources"][0]["impact"], "replaces")
        env["VPCSYNTH_RESOURCE_SPEC"] = os.path.join(self.scratch, "missing.json")
        result = self.diff(old, new, "--format", "json", env=env)
        self.assertEqual(json.loads(result.stdout)["resources"][0]["impact"], "no replacement")
        self.assertIn("VPCSYNTH_RESOURCE_SPEC not used", result.stderr)

    def test_config_errors_are_input_errors(self):
        config = self.path("bad-config.yaml", "network: [\n")
        result = self.diff("private-only", "nat-egress", "--config", config)
        self.assertEqual(result.returncode, 2)
        self.assertIn("bad-config.yaml:", result.stderr)


if __name__ == "__main__":
    harness.main()
