"""cfn-lint, at its default settings, finds nothing in any committed template (templates/*.yaml),
nor in the templates `vpcsynth synth` prints for the flag combinations the examples skip."""
import glob
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402


def main():
    harness.require_tool("cfn-lint", "it is the reference linter every template must pass")
    templates = sorted(glob.glob(os.path.join(harness.SOURCE_DIR, "templates", "*.yaml")))
    if len(templates) < 5:
        print(f"FAIL: expected at least 5 templates, found {len(templates)}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="vpcsynth-lint-") as scratch:
        for name, args in [("six-azs-json.json", ["--azs", "6", "--format", "json"]),
                           ("private-only-three-azs.yaml", ["--variant", "private-only", "--azs", "3"])]:
            path = os.path.join(scratch, name)
            result = harness.run("synth", *args, "-o", path)
            if result.returncode != 0:
                print(f"FAIL: vpcsynth synth {' '.join(args)}: {result.stderr}", file=sys.stderr)
                return 1
            templates.append(path)
        # One cfn-lint process for all templates: it costs ~2 s to start.
        lint = subprocess.run(["cfn-lint", "--", *templates], capture_output=True, text=True,
                              timeout=300)
    if lint.returncode != 0 or lint.stdout.strip():
        print(f"FAIL: cfn-lint exited {lint.returncode}:\n{lint.stdout}{lint.stderr}",
              file=sys.stderr)
        return 1
    print(f"cfn-lint: 0 findings in {len(templates)} templates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
