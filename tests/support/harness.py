"""Shared helpers for the end-to-end and integration tests (standard library only).

Each test script is run by CTest with VPCSYNTH pointing at the built binary and the working
directory at the source tree. A script exits 0 on success, 1 on failure, 77 to skip (a missing
external tool), which CTest reports as skipped.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

SOURCE_DIR = os.environ.get("VPCSYNTH_SOURCE_DIR", os.getcwd())
BINARY = os.environ.get("VPCSYNTH", os.path.join(SOURCE_DIR, "build/release/cli/vpcsynth"))
CORPUS_DIR = os.path.normpath(os.path.join(SOURCE_DIR, "..", "shared", "corpus"))
SKIP = 77


def run(*args, stdin=None, timeout=60, env=None):
    """Runs vpcsynth with `args`; returns the CompletedProcess (text mode)."""
    return subprocess.run([BINARY, *args], input=stdin, capture_output=True, text=True,
                          timeout=timeout, env=env)


def require_tool(name, why):
    """Skips the whole script (exit 77) when an external tool is missing, saying so."""
    if shutil.which(name) is None:
        print(f"SKIP: '{name}' is not installed; {why}", file=sys.stderr)
        sys.exit(SKIP)


def corpus_files():
    """Every .yaml/.yml/.json/.template file of the shared corpus, sorted."""
    found = []
    for root, _, names in os.walk(CORPUS_DIR):
        for name in names:
            if name.endswith((".yaml", ".yml", ".json", ".template")):
                found.append(os.path.join(root, name))
    return sorted(found)


class ScratchDirTestCase(unittest.TestCase):
    """A test case with a fresh temporary directory in self.scratch."""

    def setUp(self):
        self.scratch = tempfile.mkdtemp(prefix="vpcsynth-test-")
        self.addCleanup(shutil.rmtree, self.scratch, ignore_errors=True)

    def path(self, name, contents=None):
        full = os.path.join(self.scratch, name)
        if contents is not None:
            with open(full, "w", encoding="utf-8") as handle:
                handle.write(contents)
        return full


def main():
    """unittest.main, exiting 0/1 (never 77 unless a test asked for it)."""
    unittest.main(verbosity=1)
