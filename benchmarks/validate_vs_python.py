#!/usr/bin/env python3
"""Whole-process schema validation, wall time: `iiif validate --schema-only` against Python's jsonschema.

Each side is one process over the same files (the cookbook's 109 documents and the 24 MB synthetic
Manifest, by default), run RUNS times in turn; the medians and their ratio are printed.

- ours:   iiif validate --schema-only --json --schema iiif_3_0.json FILES...
- python: one python3 process that loads the same schema into jsonschema's Draft 7 validator, without
          format checking (as the official validator runs it), and runs iter_errors over every file.

Usage (from the repository root; the corpus is IIIF_CORPUS or ../shared/corpus):
    python3 benchmarks/validate_vs_python.py [--runs 5] [--no-build] [FILES...]
"""

import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PYTHON_VALIDATOR = r"""
import json, sys
from jsonschema import Draft7Validator
with open(sys.argv[1], encoding="utf-8") as f:
    validator = Draft7Validator(json.load(f))
errors = 0
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        errors += sum(1 for _ in validator.iter_errors(json.load(f)))
print(errors)
"""


def corpus_root():
    configured = os.environ.get("IIIF_CORPUS")
    root = os.path.join(REPO, configured) if configured else os.path.join(REPO, "..", "shared", "corpus")
    root = os.path.abspath(root)
    if not os.path.isdir(root):
        sys.exit(f"The corpus was not found at {root}: set IIIF_CORPUS or put it at ../shared/corpus.")
    return root


def timed(command):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    return elapsed, result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs of each side, in turn (default 5)")
    parser.add_argument("--no-build", action="store_true", help="use the CLI already built in Release")
    parser.add_argument("files", nargs="*", help="documents (default: v3/cookbook/*.json and synthetic/big-10000.json)")
    args = parser.parse_args()

    corpus = corpus_root()
    schema = os.path.join(corpus, "schema", "iiif_3_0.json")
    files = args.files or sorted(glob.glob(os.path.join(corpus, "v3", "cookbook", "*.json"))) + [
        os.path.join(corpus, "synthetic", "big-10000.json")]

    cli_project = os.path.join(REPO, "src", "Iiif.Presentation.Cli")
    cli_output = os.path.join(cli_project, "bin", "Release", "net10.0")
    if not args.no_build:
        subprocess.run(["dotnet", "build", cli_project, "-c", "Release", "--nologo", "-v", "q"], check=True,
                       stdout=subprocess.DEVNULL)
    cli = os.path.join(cli_output, "iiif")

    ours_command = [cli, "validate", "--schema-only", "--json", "--schema", schema, *files]
    python_command = [sys.executable, "-c", PYTHON_VALIDATOR, schema, *files]

    # One run of each first, unmeasured, so both start from a warm file cache; and a check that ours ran.
    _, first = timed(ours_command)
    if first.returncode not in (0, 1):
        sys.exit(f"iiif validate failed ({first.returncode}): {first.stderr.decode(errors='replace')[:2000]}")
    json.loads(first.stdout)
    _, python_first = timed(python_command)
    if python_first.returncode != 0:
        sys.exit(f"the Python validator failed: {python_first.stderr.decode(errors='replace')[:2000]}")

    ours, python = [], []
    for _ in range(args.runs):
        ours.append(timed(ours_command)[0])
        python.append(timed(python_command)[0])

    size = sum(os.path.getsize(f) for f in files)
    print(f"{len(files)} files, {size / 1e6:.1f} MB, {args.runs} runs each, wall time")
    print(f"  iiif validate --schema-only : median {statistics.median(ours):7.2f} s  (min {min(ours):.2f}, max {max(ours):.2f})")
    print(f"  python jsonschema Draft 7   : median {statistics.median(python):7.2f} s  (min {min(python):.2f}, max {max(python):.2f})")
    print(f"  python / ours               : {statistics.median(python) / statistics.median(ours):.1f}x")


if __name__ == "__main__":
    main()
