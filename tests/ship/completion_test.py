"""`vpcsynth completion bash|zsh|fish`: the scripts are run by the shells themselves. bash's
completion function is driven through COMP_WORDS/COMP_CWORD, fish's through `complete -C`, and
what they offer is compared with what `--help` and `lint --list-rules` say, so a new option,
choice or rule that the completion missed fails here."""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from harness import run  # noqa: E402

VARIANTS = ["private-only", "private-endpoints", "nat-egress"]


def script(shell):
    result = run("completion", shell)
    assert result.returncode == 0, result.stderr
    return result.stdout


def help_subcommands():
    text = run("--help").stdout
    section = text.split("Subcommands:", 1)[1]
    return re.findall(r"^  (\S+)", section, re.MULTILINE)


def help_options(command):
    text = run(command, "--help").stdout
    section = text.split("Options:", 1)[1]
    names = []
    for spec in re.findall(r"^  (-\S+)", section, re.MULTILINE):
        names.extend(spec.split(","))
    return names


def help_choices(command, option):
    text = run(command, "--help").stdout
    return re.search(re.escape(option) + r" TEXT:\{([^}]*)\}", text).group(1).split(",")


class BashCompletionTest(harness.ScratchDirTestCase):
    @classmethod
    def setUpClass(cls):
        harness.require_tool("bash", "the bash completion script is run by bash")
        cls.script = script("bash")

    def complete(self, line):
        """What the completion function offers for `line` (the cursor at its end)."""
        words = line.split(" ")
        program = (self.script + "\nCOMP_WORDS=(\"$@\")\nCOMP_CWORD=$(($# - 1))\n"
                   "COMP_LINE=\"$*\"\n_vpcsynth\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
        result = subprocess.run(["bash", "-c", program, "bash", *words], capture_output=True,
                                text=True, cwd=self.scratch, timeout=30)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        return [word for word in result.stdout.split("\n") if word]

    def test_registers_the_function(self):
        result = subprocess.run(["bash", "-c", self.script + "\ncomplete -p vpcsynth"],
                                capture_output=True, text=True, timeout=30)
        self.assertEqual(result.stdout.strip(), "complete -F _vpcsynth vpcsynth")

    def test_subcommands_are_those_of_help(self):
        subcommands = help_subcommands()
        self.assertIn("completion", subcommands)
        self.assertEqual(self.complete("vpcsynth "), subcommands)
        self.assertEqual(self.complete("vpcsynth li"), ["lint"])

    def test_options_of_every_subcommand_are_those_of_help(self):
        for command in help_subcommands():
            with self.subTest(command=command):
                self.assertEqual(sorted(self.complete(f"vpcsynth {command} -")),
                                 sorted(help_options(command)))

    def test_option_choices(self):
        self.assertEqual(self.complete("vpcsynth lint --format "), help_choices("lint", "--format"))
        self.assertIn("sarif", self.complete("vpcsynth lint --format "))
        self.assertEqual(self.complete("vpcsynth lint --format s"), ["sarif"])
        self.assertEqual(self.complete("vpcsynth synth --variant "), VARIANTS)
        self.assertEqual(self.complete("vpcsynth graph --format "), help_choices("graph", "--format"))
        self.assertEqual(self.complete("vpcsynth completion "), ["bash", "zsh", "fish"])

    def test_ignore_offers_the_rule_ids_of_list_rules(self):
        listed = sorted(line.split()[0] for line in run("lint", "--list-rules").stdout.splitlines())
        self.assertGreater(len(listed), 10)
        self.assertEqual(self.complete("vpcsynth lint --ignore "), listed)
        self.assertEqual(self.complete("vpcsynth lint --include S"),
                         [rule for rule in listed if rule.startswith("S")])

    def test_file_names_where_a_file_is_expected(self):
        self.path("stack.yaml", "Resources: {}\n")
        self.path("prices.json", "{}\n")
        self.assertEqual(self.complete("vpcsynth synth --region-prices p"), ["prices.json"])
        self.assertEqual(self.complete("vpcsynth lint s"), ["stack.yaml"])
        self.assertEqual(self.complete("vpcsynth fmt -o s"), ["stack.yaml"])
        self.assertEqual(sorted(self.complete("vpcsynth diff ")), sorted(VARIANTS + ["prices.json", "stack.yaml"]))
        # No file names where a value is not a file.
        self.assertEqual(self.complete("vpcsynth lint --as-of "), [])
        self.assertEqual(self.complete("vpcsynth completion s"), [])

    def test_an_option_value_is_not_taken_for_the_subcommand(self):
        self.assertEqual(self.complete("vpcsynth lint --format text --c"), ["--color", "--config"])


class ZshCompletionTest(harness.ScratchDirTestCase):
    def test_parses_and_registers(self):
        if shutil.which("zsh") is None:
            self.skipTest("zsh is not installed (scripts/install-deps --tests installs it)")
        path = self.path("_vpcsynth", script("zsh"))
        syntax = subprocess.run(["zsh", "-n", path], capture_output=True, text=True, timeout=30)
        self.assertEqual(syntax.returncode, 0, syntax.stderr)
        program = f"autoload -U compinit; compinit -u -d {self.scratch}/zcompdump; source {path}; print -r -- $_comps[vpcsynth]"
        result = subprocess.run(["zsh", "-f", "-c", program], capture_output=True, text=True,
                                timeout=30, env={**os.environ, "HOME": self.scratch})
        self.assertEqual(result.stdout.strip(), "_vpcsynth", result.stderr)


class FishCompletionTest(harness.ScratchDirTestCase):
    def complete(self, line):
        path = self.path("vpcsynth.fish", script("fish"))
        result = subprocess.run(["fish", "--no-config", "-c", f"source {path}; complete -C '{line}'"],
                                capture_output=True, text=True, timeout=30, cwd=self.scratch,
                                env={**os.environ, "HOME": self.scratch})
        self.assertEqual(result.returncode, 0, result.stderr)
        return [entry.split("\t")[0] for entry in result.stdout.splitlines()]

    def setUp(self):
        super().setUp()
        if shutil.which("fish") is None:
            self.skipTest("fish is not installed (scripts/install-deps --tests installs it)")

    def test_parses(self):
        path = self.path("vpcsynth.fish", script("fish"))
        result = subprocess.run(["fish", "--no-config", "-n", path], capture_output=True, text=True, timeout=30)
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_offers_subcommands_options_and_values(self):
        self.assertEqual(sorted(self.complete("vpcsynth ")), sorted(help_subcommands()))
        self.assertEqual(sorted(self.complete("vpcsynth lint -")), sorted(help_options("lint")))
        # fish sorts what it offers.
        self.assertEqual(self.complete("vpcsynth lint --format "), sorted(help_choices("lint", "--format")))
        self.assertEqual(self.complete("vpcsynth synth --variant "), sorted(VARIANTS))
        self.path("stack.yaml", "Resources: {}\n")
        self.assertIn("stack.yaml", self.complete("vpcsynth lint "))


if __name__ == "__main__":
    harness.main()
