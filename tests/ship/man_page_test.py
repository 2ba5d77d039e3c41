"""vpcsynth(1), written at build time: groff renders it with every warning on and none is
printed, and it names every subcommand and option that --help names, and every exit code of
docs/exit-codes.md."""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from harness import SOURCE_DIR, run  # noqa: E402

MAN_PAGE = os.environ.get("VPCSYNTH_MAN_PAGE", "")


def render(*device):
    return subprocess.run(["groff", "-ww", "-man", *device, MAN_PAGE], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "LC_ALL": "C.UTF-8"})


def help_text(*command):
    return run(*command, "--help").stdout


class ManPageTest(harness.ScratchDirTestCase):
    @classmethod
    def setUpClass(cls):
        harness.require_tool("groff", "it renders the man page (scripts/install-deps --tests)")
        if not os.path.isfile(MAN_PAGE):
            raise AssertionError(f"no man page at '{MAN_PAGE}': build the vpcsynth_man_page target")
        # Plain text: no overstriking, no escape sequences, ASCII hyphens.
        cls.text = render("-Tascii", "-P-cbou").stdout

    def test_renders_without_warnings(self):
        result = render("-Tutf8")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        self.assertIn("vpcsynth", result.stdout)

    def test_man_renders_it_without_warnings(self):
        if shutil.which("man") is None:
            self.skipTest("man is not installed")
        result = subprocess.run(["man", "--warnings", "-l", MAN_PAGE], capture_output=True, text=True,
                                timeout=60, env={**os.environ, "MANPAGER": "cat", "MANWIDTH": "80"})
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        self.assertIn("EXIT STATUS", result.stdout)

    def test_header_names_the_version_and_commit_date(self):
        first = run("--version").stdout.splitlines()[0]  # "vpcsynth X.Y.Z"
        with open(MAN_PAGE, encoding="utf-8") as handle:
            header = [line for line in handle if line.startswith(".TH ")][0]
        self.assertRegex(header, r'^\.TH VPCSYNTH 1 \d{4}-\d{2}-\d{2} "' + re.escape(first) + '"')

    def test_every_subcommand_and_option_of_help(self):
        section = help_text().split("Subcommands:", 1)[1]
        subcommands = re.findall(r"^  (\S+)", section, re.MULTILINE)
        self.assertGreater(len(subcommands), 5)
        for command in subcommands:
            self.assertIn(f"vpcsynth {command}", self.text)
            options = help_text(command).split("Options:", 1)[1]
            for spec in re.findall(r"^  (-\S+)", options, re.MULTILINE):
                for name in spec.split(","):
                    if name not in ("-h", "--help"):
                        self.assertRegex(self.text, r"(^|\s)" + re.escape(name) + r"\b", f"{command} {name}")
        self.assertNotIn("man-page", self.text)  # the build's own command stays hidden

    def test_choices_and_defaults(self):
        self.assertIn("--format {text|parseable|json|sarif|junit|github|gitlab}", self.text)
        self.assertIn("--variant {private-only|private-endpoints|nat-egress}", self.text)

    def test_exit_status_has_every_row_of_exit_codes_md(self):
        with open(os.path.join(SOURCE_DIR, "docs", "exit-codes.md"), encoding="utf-8") as handle:
            rows = [line for line in handle if re.match(r"^\| `\w+` \| ", line)]
        self.assertGreater(len(rows), 10)
        status = self.text.split("EXIT STATUS", 1)[1].split("ENVIRONMENT", 1)[0]
        for row in rows:
            code = row.split("|")[2].strip()
            self.assertIn(code, status)
        self.assertIn("2 (bit)", status)


if __name__ == "__main__":
    harness.main()
