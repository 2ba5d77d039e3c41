#!/usr/bin/env python3
"""Reading and writing throughput, side by side in one run with the baselines.

For the shared corpus, a generated 2,000-resource template and a generated ~20 MB template:
  - yaml-cpp's bare event parse (the floor any reader built on it stands on),
  - our reader into the document model, and the ratio of the two (target: at most 1.5x),
  - our YAML and JSON writers,
  - cfn-lint's Python decoder reading the same files,
  - peak memory of reading the ~20 MB template, as a multiple of its size (target: at most 10x),
and the whole `vpcsynth fmt` process on a 34-resource template (target: under 10 ms).

    usage: tests/bench/read_write.py [--build DIR] [--skip-cfn-lint]
Build first: cmake --preset release && cmake --build --preset release
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(SOURCE, "tests", "support"))
import harness  # noqa: E402


def generate(count, path):
    with open(path, "w", encoding="utf-8") as handle:
        subprocess.run([sys.executable, os.path.join(HERE, "generate_template.py"), str(count)],
                       stdout=handle, check=True)
    return path


def bench(tool, mode, target, repeat):
    out = subprocess.run([tool, mode, target, str(repeat)], capture_output=True, text=True,
                         check=True).stdout.split()
    return float(out[0]), int(out[1])  # best milliseconds, peak KiB


def cfn_lint_decode_ms(paths):
    code = ("import sys, time\nfrom cfnlint.decode import decode\n"
            "paths = [line.strip() for line in open(sys.argv[1]) if line.strip()]\n"
            "start = time.perf_counter()\n"
            "for p in paths: decode(p)\n"
            "print((time.perf_counter() - start) * 1000)\n")
    result = subprocess.run([sys.executable, "-c", code, paths], capture_output=True, text=True)
    return float(result.stdout.strip()) if result.returncode == 0 else None


def fmt_process_ms(binary, path):
    """Mean wall time of the whole `vpcsynth fmt` process: hyperfine when installed."""
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as export:
            subprocess.run(["hyperfine", "-N", "--warmup", "20", "--runs", "200",
                            "--export-json", export.name, f"{binary} fmt {path}"],
                           capture_output=True, check=True)
            with open(export.name, encoding="utf-8") as handle:
                data = json.load(handle)["results"][0]
            return data["mean"] * 1000, data["min"] * 1000, "hyperfine"
    runs = []
    for _ in range(200):
        start = time.perf_counter()
        subprocess.run([binary, "fmt", path], stdout=subprocess.DEVNULL, check=True)
        runs.append((time.perf_counter() - start) * 1000)
    return sum(runs) / len(runs), min(runs), "python subprocess loop (includes fork cost)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(SOURCE, "build", "release"))
    parser.add_argument("--skip-cfn-lint", action="store_true")
    args = parser.parse_args()
    tool = os.path.join(args.build, "tests", "bench", "read_write_bench")
    binary = os.path.join(args.build, "cli", "vpcsynth")
    for needed in (tool, binary):
        if not os.path.exists(needed):
            sys.exit(f"{needed} is missing: build the release preset first")

    with tempfile.TemporaryDirectory(prefix="vpcsynth-bench-") as scratch:
        corpus_list = os.path.join(scratch, "corpus.txt")
        corpus = harness.corpus_files()
        with open(corpus_list, "w", encoding="utf-8") as handle:
            handle.write("\n".join(corpus) + "\n")
        small = generate(34, os.path.join(scratch, "t34.yaml"))
        medium = generate(2000, os.path.join(scratch, "t2000.yaml"))
        per_resource = os.path.getsize(medium) / 2000
        large = generate(int(20 * 1024 * 1024 / per_resource), os.path.join(scratch, "t20mb.yaml"))
        inputs = [
            (f"corpus ({len(corpus)} files)", "@" + corpus_list,
             sum(os.path.getsize(p) for p in corpus), 5, corpus_list),
            ("2,000 resources", medium, os.path.getsize(medium), 5, None),
            ("~20 MB template", large, os.path.getsize(large), 2, None),
        ]
        print(f"{'input':<22}{'MiB':>7}{'events ms':>11}{'model ms':>10}{'model/ev':>9}"
              f"{'MiB/s':>7}{'yaml ms':>9}{'json ms':>9}{'cfn-lint ms':>13}{'cfn/model':>10}")
        peak_line = None
        for name, target, size, repeat, listing in inputs:
            events_ms, events_kib = bench(tool, "events", target, repeat)
            model_ms, model_kib = bench(tool, "model", target, repeat)
            yaml_ms, _ = bench(tool, "yaml", target, repeat)
            json_ms, _ = bench(tool, "json", target, repeat)
            cfn_ms = None
            if not args.skip_cfn_lint:
                if listing is None:
                    listing = os.path.join(scratch, "one.txt")
                    with open(listing, "w", encoding="utf-8") as handle:
                        handle.write(target + "\n")
                cfn_ms = cfn_lint_decode_ms(listing)
            mib = size / (1 << 20)
            print(f"{name:<22}{mib:7.2f}{events_ms:11.1f}{model_ms:10.1f}{model_ms / events_ms:9.2f}"
                  f"{mib / (model_ms / 1000):7.1f}{yaml_ms:9.1f}{json_ms:9.1f}"
                  + (f"{cfn_ms:13.0f}{cfn_ms / model_ms:10.1f}" if cfn_ms else f"{'-':>13}{'-':>10}"))
            if name.startswith("~20"):
                peak_line = (f"peak memory reading {mib:.1f} MiB: model {model_kib / 1024:.0f} MiB "
                             f"({model_kib * 1024 / size:.1f}x the input), bare event parse "
                             f"{events_kib / 1024:.0f} MiB ({events_kib * 1024 / size:.1f}x)")
        print(peak_line)
        mean, best, how = fmt_process_ms(binary, small)
        print(f"vpcsynth fmt, 34-resource template, whole process: mean {mean:.2f} ms, "
              f"min {best:.2f} ms ({how})")


if __name__ == "__main__":
    main()
