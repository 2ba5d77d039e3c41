"""Every template of the shared corpus shows no difference with its own `fmt --to json` output."""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from harness import run  # noqa: E402


def main():
    files = harness.corpus_files()
    if not files:
        print(f"SKIP: no corpus at {harness.CORPUS_DIR}", file=sys.stderr)
        return harness.SKIP
    compared, skipped, failures = 0, 0, []
    with tempfile.TemporaryDirectory(prefix="vpcsynth-diff-corpus-") as scratch:
        converted = os.path.join(scratch, "converted.json")
        for path in files:
            formatted = run("fmt", "--to", "json", path)
            if formatted.returncode != 0:
                skipped += 1  # not a template, or not one the reader accepts
                continue
            with open(converted, "w", encoding="utf-8") as handle:
                handle.write(formatted.stdout)
            result = subprocess.run([harness.BINARY, "diff", path, converted, "--exit-code",
                                     "--summary"], capture_output=True, text=True, timeout=60)
            compared += 1
            if result.returncode != 0:
                failures.append(f"{path}: exit {result.returncode}\n{result.stdout}{result.stderr}")
    print(f"compared {compared} templates, skipped {skipped} that are not templates")
    for failure in failures:
        print(failure, file=sys.stderr)
    if compared == 0:
        print("no template was compared", file=sys.stderr)
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
