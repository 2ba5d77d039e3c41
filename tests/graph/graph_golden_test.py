"""The golden pictures of `vpcsynth graph`: every format of every committed template and of
seven templates written elsewhere (read from the shared corpus, which the project does not
copy). The SVG of each committed template is docs/images/NAME.svg, so the docs' pictures are
checked for staleness here; the rest are tests/graph/golden/NAME.{svg,mmd,dot}.

When the pictures change on purpose: VPCSYNTH_UPDATE_GOLDEN=1 ctest -R graph_golden
(and scripts/update-templates for docs/images).
"""
import glob
import os
import sys
import xml.etree.ElementTree as ElementTree

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from harness import run  # noqa: E402

GOLDEN_DIR = os.path.join(harness.SOURCE_DIR, "tests", "graph", "golden")
IMAGES_DIR = os.path.join(harness.SOURCE_DIR, "docs", "images")
AWS_TEMPLATES = os.path.join(harness.CORPUS_DIR, "aws-cloudformation-templates")
# Chosen to cover what the picture must handle: NAT per zone and private subnets; load balancers
# in public and private subnets; a function in imported subnets; interface endpoints and no
# Internet Gateway; zones that cannot be known; no VPC at all; a directory in two subnets.
FOREIGN = {
    "aws-vpc-managed-nat": "VPC/VPC_With_Managed_NAT_And_Private_Subnet.yaml",
    "aws-ecs-fargate-private-vpc": "ECS/FargateLaunchType/clusters/private-vpc.yaml",
    "aws-sap-private-link": "AWSSupplyChain/SapPrivateLink/SapPrivateLink.yaml",
    "aws-endpoint-signals-no-igw":
        "Solutions/CloudFormationEndpointSignals/cfn-endpoint-creationpolicy-no-igw.yaml",
    "aws-find-in-map-azs": "VPC/FindInMapAZs.yaml",
    "aws-ec2-instance-no-vpc": "EC2/EC2InstanceWithSecurityGroupSample.yaml",
    "aws-directory-service-ad": "DirectoryService/DirectoryServiceMicrosoftAD.yaml",
}
FORMATS = {"svg": "svg", "mermaid": "mmd", "dot": "dot"}
UPDATE = os.environ.get("VPCSYNTH_UPDATE_GOLDEN") == "1"


def inputs():
    """(name, template path, golden path for a format extension) for every input."""
    found = []
    for path in sorted(glob.glob(os.path.join(harness.SOURCE_DIR, "templates", "*.yaml"))):
        name = os.path.splitext(os.path.basename(path))[0]
        found.append((name, path))
    for name, relative in sorted(FOREIGN.items()):
        found.append((name, os.path.join(AWS_TEMPLATES, relative)))
    return found


def golden_path(name, path, extension):
    committed = os.path.dirname(path) == os.path.join(harness.SOURCE_DIR, "templates")
    if committed and extension == "svg":
        return os.path.join(IMAGES_DIR, name + ".svg")
    return os.path.join(GOLDEN_DIR, f"{name}.{extension}")


class GraphGoldenTest(harness.ScratchDirTestCase):
    def test_every_format_matches_its_golden(self):
        for name, path in inputs():
            if not os.path.exists(path):
                # Skip this input only: the committed templates are still checked.
                with self.subTest(name=name):
                    self.skipTest(f"the shared corpus is missing: {path}")
                continue
            for graph_format, extension in FORMATS.items():
                with self.subTest(name=name, format=graph_format):
                    result = run("graph", path, "--format", graph_format)
                    self.assertEqual(result.returncode, 0, result.stderr)
                    golden = golden_path(name, path, extension)
                    if UPDATE:
                        with open(golden, "w", encoding="utf-8") as handle:
                            handle.write(result.stdout)
                    with open(golden, encoding="utf-8") as handle:
                        self.assertEqual(result.stdout, handle.read(),
                                         f"{golden} is stale: see this script's docstring")

    def test_svg_is_well_formed_xml(self):
        for name, path in inputs():
            with self.subTest(name=name):
                result = run("graph", path)
                root = ElementTree.fromstring(result.stdout.encode("utf-8"))
                self.assertEqual(root.tag, "{http://www.w3.org/2000/svg}svg")
                self.assertGreater(int(root.get("width")), 0)
                texts = [element.text for element in root.iter("{http://www.w3.org/2000/svg}text")]
                self.assertIn(os.path.basename(path), texts)

    def test_output_is_deterministic(self):
        path = os.path.join(harness.SOURCE_DIR, "templates", "three-azs-single-nat.yaml")
        for graph_format in FORMATS:
            first = run("graph", path, "--format", graph_format).stdout
            self.assertEqual(first, run("graph", path, "--format", graph_format).stdout)

    def test_the_docs_show_the_current_mermaid_example(self):
        diagram = run("graph", os.path.join(harness.SOURCE_DIR, "templates", "nat-egress.yaml"),
                      "--format", "mermaid").stdout
        with open(os.path.join(harness.SOURCE_DIR, "docs", "graph.md"), encoding="utf-8") as page:
            self.assertIn("```mermaid\n" + diagram + "```", page.read(),
                          "docs/graph.md's Mermaid example is stale")

    def test_mermaid_stays_under_its_limit(self):
        for name, path in inputs():
            with self.subTest(name=name):
                self.assertLessEqual(len(run("graph", path, "--format", "mermaid").stdout), 50000)


if __name__ == "__main__":
    harness.main()
