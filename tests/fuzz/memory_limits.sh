#!/usr/bin/env bash
# Runs the release binary on huge and hostile inputs under an address-space limit (ulimit -v), so
# that a regression in memory use fails a test instead of passing unnoticed. Each limit is about
# 1.3 times the case's peak resident memory when it was set, plus 48 MiB for the address space of
# code and libraries (`tests/fuzz/memory_limits.sh --measure BINARY` prints the peaks; the
# 17 MB template converted to JSON needed 175 MiB of address space at a 159 MiB peak); raise a
# limit only for a reason.
#   usage: tests/fuzz/memory_limits.sh [--measure] BINARY
set -euo pipefail
measure=0
if [ "${1:-}" = "--measure" ]; then
  measure=1
  shift
fi
binary=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# A realistic 17 MB template (38,000 resources) in YAML and in JSON.
python3 "$here/../bench/generate_template.py" 38000 > "$scratch/big.yaml"
python3 "$here/../bench/generate_template.py" 38000 --json > "$scratch/big.json"
# Hostile: over the 64 MiB input limit, nesting 200,000 deep, an alias bomb, a 16 MiB string.
truncate -s 65M "$scratch/too-large.yaml"
python3 -c "print('[' * 200000)" > "$scratch/deep.yaml"
python3 - "$scratch/bomb.yaml" <<'PY'
import sys
lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
lines += [f'a{i}: &a{i} [' + ', '.join([f'*a{i - 1}'] * 10) + ']' for i in range(1, 10)]
open(sys.argv[1], 'w').write('\n'.join(lines) + '\n')
PY
python3 -c "import json; print(json.dumps({'Resources': {'A': {'Type': 'X', 'Metadata': 'x' * (16 << 20)}}}))" \
  > "$scratch/long-string.json"

# name, address-space limit in MiB, expected exit codes (a regular expression), arguments
cases=(
  "fmt-17mb-yaml-to-json|256|0|fmt --to json big.yaml"
  "fmt-17mb-json-to-yaml|530|0|fmt --to yaml big.json"
  "lint-17mb|240|[0-9]|lint big.yaml"
  "diff-17mb|600|[01]|diff big.yaml big.json"
  "fmt-over-size-limit|64|2|fmt too-large.yaml"
  "fmt-deep-nesting|120|2|fmt deep.yaml"
  "lint-alias-bomb|64|2|lint bomb.yaml"
  "fmt-16mb-string|160|0|fmt --to yaml long-string.json"
)

# Peak resident memory of one run, in MiB (with `--measure`).
peak_rss() {
  local kib
  kib=$( (cd "$scratch" && /usr/bin/time -f '%M' "$binary" "$@" 2>&1 >/dev/null) | tail -n 1)
  echo $((kib / 1024))
}

status=0
echo "== memory limits ($binary)"
for entry in "${cases[@]}"; do
  IFS='|' read -r name limit expected arguments <<<"$entry"
  read -ra args <<<"$arguments"
  if [ $measure -eq 1 ]; then
    echo "   $name: peak resident $(peak_rss "${args[@]}") MiB (address-space limit $limit MiB)"
    continue
  fi
  set +e
  (cd "$scratch" && ulimit -v $((limit * 1024)) && exec "$binary" "${args[@]}") \
    >/dev/null 2>"$scratch/stderr"
  code=$?
  set -e
  # Running out of memory must fail the case even where the expected exit code is an error.
  if [[ "$code" =~ ^($expected)$ ]] && ! grep -qE 'bad_alloc|out of memory' "$scratch/stderr"; then
    echo "   $name: exit $code under $limit MiB"
  else
    echo "   $name: exit $code under $limit MiB, expected $expected" >&2
    tail -n 5 "$scratch/stderr" >&2
    status=1
  fi
done
exit $status
