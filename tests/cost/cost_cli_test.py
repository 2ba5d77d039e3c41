"""End-to-end tests of the cost model through the real binary: `synth --cost`, `--region-prices`
and the Monthly cost section of `diff` in text, JSON and Markdown. Amounts are checked against the
prices the binary reports (pinned to the table by tests/cost/*_test.cc), never typed in."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from harness import run  # noqa: E402

EU_PRICES = """\
region: eu-west-1
read-on: 2026-11-30
prices:
  nat-gateway-hour: 0.048
  nat-gateway-gb: 0.048
  public-ipv4-hour: 0.005
"""

PARAMETER_NODE = """\
Parameters: {NodeType: {Type: String}}
Resources:
  Cluster: {Type: AWS::Redshift::Cluster, Properties: {ClusterType: single-node, NodeType: !Ref NodeType}}
"""

LITERAL_NODE = """\
Resources:
  Cluster: {Type: AWS::Redshift::Cluster, Properties: {ClusterType: single-node, NodeType: ra3.large}}
"""


def dollars(text):
    return float(text.replace("$", "").replace(",", ""))


class SynthCostTest(harness.ScratchDirTestCase):
    def test_fixed_lines_add_up_to_the_total(self):
        result = run("synth", "--cost")
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = re.findall(r"^  (\d+) (.+?)\s+\d+ x \$([\d.]+)/hour x 730 hours\s+(\$[\d,.]+)",
                           result.stdout, re.M)
        self.assertTrue(any("NAT gateways" in line[1] for line in lines), result.stdout)
        total = 0.0
        for units, _, price, amount in lines:
            self.assertAlmostEqual(dollars(amount), round(int(units) * float(price) * 730, 2))
            total += dollars(amount)
        reported = re.search(r"^  Total\s+(\$[\d,.]+)$", result.stdout, re.M)
        self.assertAlmostEqual(dollars(reported.group(1)), total, places=2)
        self.assertIn("Varies with use", result.stdout)
        self.assertNotIn("AWSTemplateFormatVersion", result.stdout)

    def test_with_output_the_template_goes_to_the_file_and_the_cost_to_stdout(self):
        out = self.path("stack.yaml")
        result = run("synth", "--cost", "--variant", "private-only", "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(out, encoding="utf-8") as handle:
            self.assertIn("AWS::Redshift::Cluster", handle.read())
        self.assertIn("Monthly cost: us-east-1 list prices", result.stdout)
        self.assertNotIn("NAT gateway", result.stdout)

    def test_region_prices_replace_the_table_and_missing_ones_are_unknown(self):
        prices = self.path("eu.yaml", EU_PRICES)
        result = run("synth", "--cost", "--region-prices", prices)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("eu-west-1 list prices read 2026-11-30 from " + prices, result.stdout)
        self.assertIn("2 x $0.048/hour x 730 hours", result.stdout)
        self.assertRegex(result.stdout, r"Total\s+unknown")
        self.assertIn("gives no redshift-node-hour.ra3.xlplus", result.stdout)

    def test_region_prices_need_cost(self):
        result = run("synth", "--region-prices", self.path("eu.yaml", EU_PRICES))
        self.assertGreaterEqual(result.returncode, 100)
        self.assertIn("--cost", result.stderr)

    def test_a_bad_price_file_is_refused_with_positions(self):
        prices = self.path("bad.yaml", EU_PRICES.replace("0.048\n  nat", "cheap\n  nat"))
        result = run("synth", "--cost", "--region-prices", prices)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, "")
        self.assertIn(f"{prices}:4:21: error K0003: prices.nat-gateway-hour:", result.stderr)
        self.assertIn("    ^", result.stderr)


def network_cost(variant, azs):
    """The fixed monthly network cost `synth --cost` prints: NAT, public IPv4 and endpoints."""
    result = run("synth", "--cost", "--variant", variant, "--azs", str(azs))
    assert result.returncode == 0, result.stderr
    amounts = re.findall(r"^  \d+ (?:NAT gateways?|public IPv4 address(?:es)?|interface endpoint "
                         r"AZs?)\s.*?(\$[\d,.]+)  ", result.stdout, re.M)
    return round(sum(dollars(amount) for amount in amounts), 2)


class ChoosingAVariantTableTest(harness.ScratchDirTestCase):
    def test_the_cost_rows_of_docs_synth_md_are_what_synth_cost_prints(self):
        with open(os.path.join(harness.SOURCE_DIR, "docs", "synth.md"), encoding="utf-8") as page:
            rows = {line.split("|")[1].strip(): [cell.strip() for cell in line.split("|")[2:5]]
                    for line in page if line.startswith("| fixed network cost per month")}
        for azs in (2, 3):
            cells = rows[f"fixed network cost per month, {azs} AZs"]
            for cell, variant in zip(cells, ["private-only", "private-endpoints", "nat-egress"]):
                expected = network_cost(variant, azs)
                shown = dollars(re.match(r"\$[\d,.]+", cell).group(0))
                self.assertAlmostEqual(shown, expected, places=2, msg=f"{variant}, {azs} AZs")


class DiffCostTest(harness.ScratchDirTestCase):
    def test_text_shows_the_monthly_cost_section(self):
        result = run("diff", "private-only", "nat-egress", "--color", "never")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("\nMonthly cost\n", result.stdout)
        self.assertRegex(result.stdout, r"\+2 NAT gateways, \+2 public IPv4 addresses: "
                                        r"\+\$[\d.]+/month fixed, plus \$[\d.]+/GB processed")

    def test_json_amounts_follow_from_units_and_prices(self):
        result = run("diff", "private-only", "nat-egress", "--format", "json")
        self.assertEqual(result.returncode, 0, result.stderr)
        cost = json.loads(result.stdout)["cost"]
        self.assertEqual((cost["region"], cost["hoursPerMonth"]), ("us-east-1", 730))
        self.assertTrue(cost["changed"])
        self.assertRegex(cost["pricesRead"], r"^\d{4}-\d\d-\d\d$")
        keys = [change["priceKey"] for change in cost["fixed"]]
        self.assertEqual(keys, ["nat-gateway-hour", "public-ipv4-hour"])
        total = 0.0
        for change in cost["fixed"]:
            expected = (change["newUnits"] - change["oldUnits"]) * change["hourlyPrice"] * 730
            self.assertAlmostEqual(change["monthlyChange"], round(expected, 2))
            total += change["monthlyChange"]
        self.assertAlmostEqual(cost["fixedMonthlyChange"], total, places=2)
        self.assertEqual([u["priceKey"] for u in cost["usageAdded"]], ["nat-gateway-gb"])
        self.assertEqual(cost["unknown"], [])

    def test_markdown_has_the_section_and_the_price_date(self):
        result = run("diff", "private-only", "private-endpoints", "--format", "markdown")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("#### Monthly cost", result.stdout)
        self.assertIn("+2 interface endpoint AZs", result.stdout)
        self.assertRegex(result.stdout, r"_us-east-1 list prices read \d{4}-\d\d-\d\d from the "
                                        r"built-in table; a month is 730 hours._")

    def test_unknown_quantities_are_shown_in_every_format(self):
        old = self.path("old.yaml", LITERAL_NODE)
        new = self.path("new.yaml", PARAMETER_NODE)
        text = run("diff", old, new, "--color", "never").stdout
        self.assertIn("[?] unknown: Cluster (Redshift nodes): NodeType comes from parameter "
                      "'NodeType'", text)
        report = json.loads(run("diff", old, new, "--format", "json").stdout)
        self.assertEqual(report["cost"]["unknown"][0]["logicalId"], "Cluster")
        markdown = run("diff", old, new, "--format", "markdown").stdout
        self.assertIn("| [?] | unknown: Cluster", markdown)

    def test_no_section_without_a_cost_change(self):
        old = self.path("old.yaml", LITERAL_NODE)
        new = self.path("new.yaml", LITERAL_NODE.replace("single-node", "single-node, Port: 5440"))
        text = run("diff", old, new, "--color", "never").stdout
        self.assertNotIn("Monthly cost", text)
        report = json.loads(run("diff", old, new, "--format", "json").stdout)
        self.assertFalse(report["cost"]["changed"])

    def test_exit_codes_are_unchanged(self):
        self.assertEqual(run("diff", "private-only", "nat-egress").returncode, 0)
        self.assertEqual(run("diff", "private-only", "nat-egress", "--exit-code").returncode, 1)
        self.assertEqual(run("diff", "private-only", "nat-egress", "--fail-on",
                             "destructive").returncode, 0)
        self.assertEqual(run("diff", "nat-egress", "nat-egress", "--exit-code").returncode, 0)
        bad = self.path("bad.yaml", "region: x\n")
        result = run("diff", "private-only", "nat-egress", "--region-prices", bad)
        self.assertEqual(result.returncode, 2)
        self.assertIn(f"{bad}:1:1: error K0004: read-on: missing", result.stderr)

    def test_standard_input_serves_one_input_only(self):
        result = run("diff", "-", "nat-egress", "--region-prices", "-", stdin="Resources: {}\n")
        self.assertEqual(result.returncode, 2)
        self.assertIn("cannot both be standard input", result.stderr)
        prices = run("diff", "private-only", "nat-egress", "--region-prices", "-", stdin=EU_PRICES)
        self.assertEqual(prices.returncode, 0, prices.stderr)
        self.assertIn("eu-west-1 list prices read 2026-11-30 from <stdin>", prices.stdout)

    def test_summary_stays_the_counts_only(self):
        result = run("diff", "private-only", "nat-egress", "--summary")
        self.assertNotIn("Monthly cost", result.stdout)


TOPIC = """\
Resources:
  Topic: {Type: AWS::SNS::Topic}
"""

HUGE_CLUSTER = TOPIC + """\
  Big: {Type: AWS::Redshift::Cluster, Properties: {ClusterType: multi-node, NodeType: ra3.16xlarge, NumberOfNodes: 9000000000000000000}}
"""

ODD_NODE_AND_VPN = TOPIC + """\
  Odd: {Type: AWS::Redshift::Cluster, Properties: {ClusterType: single-node, NodeType: ra3.foo}}
  Vpn: {Type: AWS::EC2::VPNConnection, Properties: {Type: ipsec.1, CustomerGatewayId: c, VpnGatewayId: g}}
"""

CONDITIONAL_NAT = TOPIC + """\
  Nat: {Type: AWS::EC2::NatGateway, Condition: "Use|\\nNat", Properties: {SubnetId: s}}
"""


class OutOfRangeCostTest(harness.ScratchDirTestCase):
    """What the review found: huge counts and prices crashed or wrote invalid JSON."""

    def test_a_node_count_beyond_the_quota_is_unknown_in_every_format(self):
        old = self.path("old.yaml", TOPIC)
        new = self.path("new.yaml", HUGE_CLUSTER)
        for fmt in ("text", "markdown", "json"):
            result = run("diff", old, new, "--format", fmt, "--color", "never")
            self.assertEqual(result.returncode, 0, f"{fmt}: {result.stderr}")
            self.assertIn("NumberOfNodes 9000000000000000000 is out of range", result.stdout)
            self.assertNotIn("e+", result.stdout)
        report = json.loads(run("diff", old, new, "--format", "json").stdout)
        self.assertEqual(report["cost"]["fixed"], [])
        self.assertEqual(report["cost"]["unknown"][0]["logicalId"], "Big")

    def test_an_absurd_price_is_refused_with_its_position(self):
        prices = self.path("eu.yaml", EU_PRICES.replace("nat-gateway-hour: 0.048",
                                                        "nat-gateway-hour: 1e308"))
        result = run("synth", "--cost", "--region-prices", prices)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, "")
        self.assertIn(f"{prices}:4:21: error K0003: prices.nat-gateway-hour: expected a price in "
                      "US dollars from 0 to 10000", result.stderr)
        bad_day = self.path("day.yaml", EU_PRICES.replace("2026-11-30", "2026-99-30"))
        result = run("diff", "private-only", "nat-egress", "--region-prices", bad_day)
        self.assertEqual(result.returncode, 2)
        self.assertIn(f"{bad_day}:2:10: error K0003: read-on: '2026-99-30'", result.stderr)

    def test_a_tiny_price_is_written_without_an_exponent(self):
        prices = self.path("eu.yaml", EU_PRICES.replace("nat-gateway-gb: 0.048",
                                                        "nat-gateway-gb: 0.0000001"))
        result = run("synth", "--cost", "--region-prices", prices)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("$0.0000001/GB processed by NAT gateways", result.stdout)
        self.assertNotIn("e-0", result.stdout)

    def test_a_node_type_the_table_lacks_leaves_the_total_known(self):
        old = self.path("old.yaml", TOPIC)
        new = self.path("new.yaml", ODD_NODE_AND_VPN)
        text = run("diff", old, new, "--color", "never").stdout
        self.assertRegex(text,
                         r"\+1 VPN connection: \+\$[\d.]+/month fixed, .*; 1 cost not known")
        self.assertIn("unknown: Odd (Redshift ra3.foo nodes): the price table has no node type "
                      "'ra3.foo'", text)
        cost = json.loads(run("diff", old, new, "--format", "json").stdout)["cost"]
        self.assertIsNotNone(cost["fixedMonthlyChange"])

    def test_a_conditional_resource_is_marked_and_its_markdown_row_stays_one_line(self):
        old = self.path("old.yaml", TOPIC)
        new = self.path("new.yaml", CONDITIONAL_NAT)
        text = run("diff", old, new, "--color", "never").stdout
        self.assertIn("(Nat (only if condition 'Use|\nNat' holds))", text)
        markdown = run("diff", old, new, "--format", "markdown").stdout
        rows = [line for line in markdown.splitlines() if line.startswith("| [")]
        self.assertTrue(any(row.startswith("| [+] | plus ") and
                            row.endswith("/GB processed by NAT gateways (Nat (only if condition "
                                         "'Use\\|<br>Nat' holds)) |") for row in rows), rows)
        self.assertIn("| [?] | unknown: Nat (NAT gateway): created only when condition "
                      "'Use\\|<br>Nat' holds |", rows)


if __name__ == "__main__":
    harness.main()
