#!/usr/bin/env python3
"""Benchmark: `vpcsynth synth` for each variant against the same stack built by AWS CDK
(`node cdk_app.js` with CDK_VALIDATION=false), side by side in one run.

For each command: warm-up runs, then N timed runs; wall time from a monotonic clock around
spawn and wait. Peak memory (maximum resident set size) comes from `/usr/bin/time -f %M` over a
few more runs: measured from Python, the kernel would also count the Python image the child
was forked from. Prints mean +- sd, min and peak RSS per command, then the CDK/vpcsynth ratios.

Usage: tests/bench/synth.py [--vpcsynth PATH] [--runs N] [--cdk-runs N] [--cdk-dir DIR]
  --cdk-dir reuses a folder where `npm install aws-cdk-lib constructs` was run; without it the
  packages are installed into a temporary folder (needs npm and the registry).
"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.path.normpath(os.path.join(HERE, "..", ".."))


MEMORY_RUNS = 5


def children_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_wall(command, env):
    """(wall seconds, user+system CPU seconds) of one run; fails loudly on a non-zero exit.
    CPU time is what the run itself costs; wall time also counts waiting for a busy machine."""
    cpu_before = children_cpu_seconds()
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} exited {result.returncode}: {result.stderr.decode()}")
    return wall, children_cpu_seconds() - cpu_before


def measure_peak_rss(command, env):
    """Peak RSS in KiB of one run, as /usr/bin/time sees it."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M", *command], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} exited {result.returncode}: {result.stderr}")
    return int(result.stderr.strip().splitlines()[-1])


def benchmark(name, command, runs, warmups, env=None):
    for _ in range(warmups):
        measure_wall(command, env)
    samples = [measure_wall(command, env) for _ in range(runs)]
    walls = [wall for wall, _ in samples]
    result = {
        "name": name,
        "mean": statistics.mean(walls),
        "sd": statistics.stdev(walls) if len(walls) > 1 else 0.0,
        "min": min(walls),
        "cpu": statistics.mean(cpu for _, cpu in samples),
        "rss": max(measure_peak_rss(command, env) for _ in range(MEMORY_RUNS)),
        "runs": runs,
    }
    print(f"{name:<38} {format_time(result['mean']):>9} +- {format_time(result['sd']):>8}"
          f"   min {format_time(result['min']):>9}   cpu {format_time(result['cpu']):>9}   peak {result['rss'] / 1024:7.1f} MiB"
          f"   ({runs} runs)", flush=True)
    return result


def format_time(seconds):
    return f"{seconds * 1000:.2f} ms" if seconds < 1 else f"{seconds:.3f} s"


def resource_count(template_json):
    return len(json.loads(template_json)["Resources"])


def prepare_cdk(cdk_dir):
    """A folder with aws-cdk-lib and constructs installed, and the app copied in."""
    if not os.path.isdir(os.path.join(cdk_dir, "node_modules", "aws-cdk-lib")):
        if shutil.which("npm") is None:
            return None
        print(f"installing aws-cdk-lib and constructs into {cdk_dir} ...", flush=True)
        subprocess.run(["npm", "init", "-y"], cwd=cdk_dir, check=True, capture_output=True)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "aws-cdk-lib", "constructs"],
                       cwd=cdk_dir, check=True, capture_output=True)
    shutil.copy(os.path.join(HERE, "cdk_app.js"), os.path.join(cdk_dir, "app.js"))
    return cdk_dir


VARIANTS = ("private-only", "private-endpoints", "nat-egress")
# The variants the CDK app (cdk_app.js) builds too.
CDK_VARIANTS = ("private-only", "nat-egress")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vpcsynth", default=os.environ.get(
        "VPCSYNTH", os.path.join(SOURCE_DIR, "build", "release", "cli", "vpcsynth")))
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--cdk-runs", type=int, default=10)
    parser.add_argument("--cdk-dir")
    args = parser.parse_args()
    if not os.access("/usr/bin/time", os.X_OK):
        sys.exit("/usr/bin/time is needed for the peak memory (apt-get install time)")
    if not os.access(args.vpcsynth, os.X_OK):
        sys.exit(f"{args.vpcsynth} is not built (pass --vpcsynth)")

    with tempfile.TemporaryDirectory(prefix="vpcsynth-bench-") as scratch:
        cdk_dir = args.cdk_dir or os.path.join(scratch, "cdk")
        os.makedirs(cdk_dir, exist_ok=True)
        cdk = prepare_cdk(cdk_dir) if shutil.which("node") else None
        node_version = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip() if cdk else ""
        print(f"vpcsynth: {args.vpcsynth}")
        if cdk:
            print(f"CDK: aws-cdk-lib in {cdk}, node {node_version}, CDK_VALIDATION=false")
        print()
        results = {}
        for variant in VARIANTS:
            results[("vpcsynth", variant)] = benchmark(
                f"vpcsynth synth --variant {variant}",
                [args.vpcsynth, "synth", "--variant", variant], args.runs, warmups=5)
            if cdk and variant in CDK_VARIANTS:
                env = dict(os.environ, CDK_VALIDATION="false")
                results[("cdk", variant)] = benchmark(
                    f"node app.js {variant} (CDK)",
                    ["node", os.path.join(cdk, "app.js"), variant, os.path.join(scratch, "cdk.out")],
                    args.cdk_runs, warmups=1, env=env)
        print()
        for variant in VARIANTS:
            ours = results[("vpcsynth", variant)]
            ours_json = subprocess.run([args.vpcsynth, "synth", "--variant", variant, "--format",
                                        "json"], capture_output=True, text=True, check=True).stdout
            line = (f"{variant:<17} vpcsynth {format_time(ours['mean'])}, "
                    f"{ours['rss'] / 1024:.1f} MiB, {resource_count(ours_json)} resources")
            if ("cdk", variant) in results:
                theirs = results[("cdk", variant)]
                out = os.path.join(scratch, f"cdk-{variant}.out")
                subprocess.run(["node", os.path.join(cdk, "app.js"), variant, out], check=True,
                               env=dict(os.environ, CDK_VALIDATION="false"))
                with open(os.path.join(out, "LambdaConnections.template.json")) as handle:
                    cdk_resources = resource_count(handle.read())
                line += (f"; CDK {format_time(theirs['mean'])}, {theirs['rss'] / 1024:.1f} MiB, "
                         f"{cdk_resources} resources"
                         f"; vpcsynth is {theirs['mean'] / ours['mean']:.0f}x faster and uses "
                         f"{theirs['rss'] / ours['rss']:.0f}x less memory")
            elif variant not in CDK_VARIANTS:
                line += "; the CDK app does not build this variant"
            else:
                line += "; CDK not measured (node or npm missing)"
            print(line)


if __name__ == "__main__":
    main()
