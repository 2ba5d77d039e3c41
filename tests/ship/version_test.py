"""End-to-end test of `vpcsynth --version`: every line is checked against its source (the
project's CMakeLists.txt, git, the build's CMake cache, the embedded resource data)."""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from harness import SOURCE_DIR, run  # noqa: E402


def read(relative):
    with open(os.path.join(SOURCE_DIR, relative), encoding="utf-8") as handle:
        return handle.read()


def git(*args):
    return subprocess.run(["git", "-C", SOURCE_DIR, *args], capture_output=True, text=True)


class VersionTest(harness.ScratchDirTestCase):
    def setUp(self):
        super().setUp()
        result = run("--version")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        self.lines = result.stdout.splitlines()

    def field(self, name):
        prefix = name + ": "
        found = [line[len(prefix):] for line in self.lines if line.startswith(prefix)]
        self.assertEqual(len(found), 1, f"one '{name}:' line in {self.lines}")
        return found[0]

    def test_first_line_is_the_project_version(self):
        version = re.search(r"project\(vpcsynth VERSION (\S+)", read("CMakeLists.txt")).group(1)
        self.assertEqual(self.lines[0], f"vpcsynth {version}")
        self.assertEqual(len(self.lines), 4, self.lines)

    def test_commit_is_the_checked_out_one(self):
        commit = self.field("commit")
        if shutil.which("git") is None or git("rev-parse", "HEAD").returncode != 0:
            self.assertEqual(commit, "unknown")
            return
        self.assertRegex(commit, r"^[0-9a-f]{12}(-dirty)?$")
        # HEAD after a fresh build; an ancestor of it when commits were made since the build.
        built = git("rev-parse", "--verify", commit[:12] + "^{commit}")
        self.assertEqual(built.returncode, 0, f"{commit} is no commit of this repository")
        ancestor = git("merge-base", "--is-ancestor", built.stdout.strip(), "HEAD")
        self.assertEqual(ancestor.returncode, 0, f"{commit} is not HEAD or an ancestor of it")

    def test_build_type_is_the_configured_one(self):
        expected = os.environ.get("VPCSYNTH_EXPECTED_BUILD")
        if expected is None:
            self.skipTest("VPCSYNTH_EXPECTED_BUILD is set by CTest only")
        self.assertIn(self.field("build"), (f"{expected} (dynamic)", f"{expected} (static)"))

    def test_resource_data_is_the_embedded_version_and_date(self):
        data = read("lib/spec/resource_spec_data.cc")
        package = re.search(r'kPackage = "([^"]+)"', data).group(1)
        version = re.search(r'kPackageVersion = "([^"]+)"', data).group(1)
        date = re.search(r'kPackageDate = "([^"]+)"', data).group(1)
        self.assertEqual(self.field("resource data"), f"{package} {version} ({date})")

    def test_help_lists_version(self):
        result = run("--help")
        self.assertIn("--version", result.stdout)


if __name__ == "__main__":
    harness.main()
