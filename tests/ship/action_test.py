"""action.yml against the Action metadata syntax, checked by hand (no JSON schema for it is
published on the npm registry): the keys GitHub requires and allows, per "Metadata syntax
reference" (docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax), the
inputs the README documents, every expression's reference, and every `run:` script through
shellcheck. Also .pre-commit-hooks.yaml keeps its system hook."""
import json
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from harness import SOURCE_DIR  # noqa: E402

try:
    import yaml
except ImportError:
    print("SKIP: PyYAML is missing (scripts/install-deps --tests installs python3-yaml)", file=sys.stderr)
    sys.exit(harness.SKIP)

TOP_LEVEL = {"name", "author", "description", "inputs", "outputs", "runs", "branding"}
INPUT_KEYS = {"description", "required", "default", "deprecationMessage"}
COMPOSITE_STEP_KEYS = {"id", "name", "if", "run", "shell", "uses", "with", "env",
                       "working-directory", "continue-on-error"}
BRANDING_COLORS = {"white", "black", "yellow", "blue", "green", "orange", "red", "purple", "gray-dark"}
ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def load(name):
    with open(os.path.join(SOURCE_DIR, name), encoding="utf-8") as handle:
        return handle.read()


class ActionMetadataTest(harness.ScratchDirTestCase):
    def setUp(self):
        super().setUp()
        self.text = load("action.yml")
        self.action = yaml.safe_load(self.text)

    def test_top_level_keys(self):
        self.assertLessEqual(set(self.action), TOP_LEVEL)
        for required in ("name", "description", "runs"):
            self.assertIsInstance(self.action.get(required), (str, dict), required)
        self.assertIn(self.action["branding"]["color"], BRANDING_COLORS)

    def test_inputs(self):
        inputs = self.action["inputs"]
        self.assertEqual(set(inputs), {"templates", "format", "args"})
        for name, spec in inputs.items():
            self.assertRegex(name, ID)
            self.assertLessEqual(set(spec), INPUT_KEYS, name)
            self.assertIsInstance(spec["description"], str, name)
        self.assertEqual(inputs["format"]["default"], "github")

    def test_composite_steps(self):
        runs = self.action["runs"]
        self.assertEqual(runs["using"], "composite")
        ids = set()
        for step in runs["steps"]:
            self.assertLessEqual(set(step), COMPOSITE_STEP_KEYS, step.get("name"))
            self.assertNotEqual("run" in step, "uses" in step, "a step runs a script or uses an action")
            if "run" in step:
                self.assertIn("shell", step, "a composite action's run step names its shell")
            if "id" in step:
                self.assertRegex(step["id"], ID)
                ids.add(step["id"])
        for output in self.action["outputs"].values():
            self.assertEqual(set(output), {"description", "value"})
        # Every expression names a declared input or step.
        for expression in re.findall(r"\$\{\{(.*?)\}\}", self.text):
            for name in re.findall(r"\binputs\.([A-Za-z0-9_-]+)", expression):
                self.assertIn(name, self.action["inputs"], expression)
            for name in re.findall(r"\bsteps\.([A-Za-z0-9_-]+)", expression):
                self.assertIn(name, ids, expression)

    def test_builds_with_a_preset_and_target_that_exist(self):
        presets = json.loads(load("CMakePresets.json"))
        static = [p for p in presets["configurePresets"] if p["name"] == "static"]
        self.assertEqual(len(static), 1)
        self.assertIn("cmake --preset static", self.text)
        self.assertIn("--target vpcsynth_static", self.text)
        self.assertIn("OUTPUT_NAME vpcsynth-static", load("cmake/StaticBinary.cmake"))
        self.assertIn("cp build/static/cli/vpcsynth-static", self.text)

    def test_run_scripts_pass_shellcheck(self):
        if shutil.which("shellcheck") is None:
            self.skipTest("shellcheck is not installed")
        for step in self.action["runs"]["steps"]:
            if "run" not in step:
                continue
            self.assertEqual(step["shell"], "bash")
            # Expressions are expanded by the runner before the shell sees the script.
            script = re.sub(r"\$\{\{.*?\}\}", "value", step["run"])
            result = subprocess.run(["shellcheck", "--shell=bash", "-"], input=script,
                                    capture_output=True, text=True, timeout=60)
            self.assertEqual(result.returncode, 0, f"{step['name']}:\n{result.stdout}")

    def test_pre_commit_hook_stays_a_system_hook(self):
        hooks = yaml.safe_load(load(".pre-commit-hooks.yaml"))
        hook = [h for h in hooks if h["id"] == "vpcsynth-lint"][0]
        self.assertEqual(hook["language"], "system")
        self.assertEqual(hook["entry"], "vpcsynth lint")

    def test_readme_has_a_job_that_uses_the_action(self):
        readme = load("README.md")
        job = re.search(r"```yaml\n(# \.github/workflows/[^\n]*\n.*?)```", readme, re.DOTALL)
        self.assertIsNotNone(job)
        workflow = yaml.safe_load(job.group(1))
        steps = workflow["jobs"]["lint"]["steps"]
        uses = [step for step in steps if "vpcsynth/vpcsynth@" in step.get("uses", "")]
        self.assertGreaterEqual(len(uses), 1)
        for step in uses:
            self.assertLessEqual(set(step.get("with", {})), set(self.action["inputs"]))


if __name__ == "__main__":
    harness.main()
