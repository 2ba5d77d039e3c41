"""Graphviz and Mermaid accept what `vpcsynth graph` writes: `dot` renders every golden DOT file,
and the real Mermaid parser (the `mermaid` package, run in Node with jsdom) parses every golden
Mermaid file and a 2,000-resource template's diagram collapsed under Mermaid's size limit.
scripts/install-deps --tests installs both (graphviz from Debian; mermaid and jsdom with npm into
$VPCSYNTH_TOOLS_DIR/mermaid); a tool that is missing skips its test, saying so.
"""
import glob
import os
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from harness import run  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN_DIR = os.path.join(HERE, "golden")
TOOLS_DIR = os.environ.get("VPCSYNTH_TOOLS_DIR",
                           os.path.join(os.path.expanduser("~"), ".cache", "vpcsynth", "tools"))
MERMAID_MODULES = os.path.join(TOOLS_DIR, "mermaid", "node_modules")


class GraphvizTest(unittest.TestCase):
    def setUp(self):
        if shutil.which("dot") is None:
            self.skipTest("Graphviz 'dot' is not installed (scripts/install-deps --tests)")

    def test_dot_renders_every_golden(self):
        files = sorted(glob.glob(os.path.join(GOLDEN_DIR, "*.dot")))
        self.assertGreaterEqual(len(files), 14)
        for path in files:
            with self.subTest(path=os.path.basename(path)):
                result = subprocess.run(["dot", "-Tsvg", path], capture_output=True, text=True,
                                        timeout=60)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertIn("<svg", result.stdout)

    def test_dot_rejects_a_broken_file(self):
        # The check can fail: an unbalanced brace is an error for dot.
        result = subprocess.run(["dot", "-Tsvg"], input="digraph { a -> b ", capture_output=True,
                                text=True, timeout=60)
        self.assertNotEqual(result.returncode, 0)


class MermaidTest(harness.ScratchDirTestCase):
    def setUp(self):
        super().setUp()
        if shutil.which("node") is None or not os.path.isdir(os.path.join(MERMAID_MODULES,
                                                                          "mermaid")):
            self.skipTest(f"the mermaid package is not in {MERMAID_MODULES} "
                          "(scripts/install-deps --tests)")

    def parse(self, files):
        return subprocess.run(["node", os.path.join(HERE, "mermaid_parse.mjs"), MERMAID_MODULES,
                               *files], capture_output=True, text=True, timeout=120)

    def test_the_parser_accepts_what_graph_and_diff_write_and_rejects_a_broken_diagram(self):
        # One Node process for every file: loading mermaid takes seconds.
        generator = os.path.join(harness.SOURCE_DIR, "tests", "bench", "generate_template.py")
        large = self.path("large.yaml")
        with open(large, "w", encoding="utf-8") as handle:
            subprocess.run([sys.executable, generator, "2000"], check=True, stdout=handle,
                           timeout=60)
        diagram = self.path("large.mmd", run("graph", large, "--format", "mermaid").stdout)
        self.assertLessEqual(os.path.getsize(diagram), 50000)
        good = sorted(glob.glob(os.path.join(GOLDEN_DIR, "*.mmd"))) + [diagram]
        for old, new in [("private-only", "nat-egress"), ("nat-egress", "private-only"),
                         ("private-only", "private-endpoints")]:
            report = run("diff", old, new, "--format", "markdown").stdout
            start = report.index("```mermaid\n") + len("```mermaid\n")
            good.append(self.path(f"{old}-{new}.mmd", report[start:report.index("```", start)]))
        broken = self.path("broken.mmd", "flowchart TB\n  subgraph a[\"x\"]\n  n1 -->\n")
        result = self.parse(good + [broken])
        lines = result.stdout.splitlines()
        self.assertEqual(lines[:len(good)], [f"ok {path}" for path in good], result.stderr)
        # The parser's message for the broken one spans several lines.
        self.assertTrue(lines[len(good)].startswith(f"FAIL {broken}: "), lines[len(good):])
        self.assertNotEqual(result.returncode, 0)


if __name__ == "__main__":
    harness.main()
