"""`make bench`: the pack's cost against the parsing floor on a synthetic corpus.

(a) the floor: one trivial rule that gives semgrep no file to skip, so every file is parsed, and
the walk: one rule that every file can be skipped for (the fixed cost of a run);
(b) the full pack as users run it; (c) each rule's share from semgrep's --time report;
plus peak memory, the generator's time and the test suite's time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generator import semgrep
from measure.corpus import write_corpus

ROOT = Path(__file__).resolve().parent.parent
# The floor must make semgrep parse every file. A pattern with a literal identifier in it would not:
# semgrep skips a file that lacks the identifier before parsing it (even with --optimizations none),
# and would time only the walk over the files. Metavariables alone leave nothing to skip on; the one
# pass over each syntax tree that this pattern costs is small next to the parse.
FLOOR_RULE = """rules:
- id: bench-floor
  languages: [typescript, javascript]
  severity: INFO
  message: floor
  pattern: $F($A1, $A2, $A3, $A4, $A5, $A6, $A7, $A8, $A9)
"""
# The fixed cost of a run: one rule anchored on an identifier found in no file.
WALK_RULE = FLOOR_RULE.replace("$F($A1, $A2, $A3, $A4, $A5, $A6, $A7, $A8, $A9)", "$X.benchWalkNeverMatches()")


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, int, subprocess.CompletedProcess[str]]:
    """Wall time, peak memory (KiB) of the child, and the finished process."""
    wrapped = ["/usr/bin/time", "-f", "%M", *command] if Path("/usr/bin/time").exists() else command
    start = time.perf_counter()
    proc = subprocess.run(wrapped, cwd=cwd, env=semgrep.environment(), capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    peak = 0
    if wrapped is not command:
        last = proc.stderr.strip().splitlines()[-1:] or ["0"]
        peak = int(last[0]) if last[0].isdigit() else 0
    return elapsed, peak, proc


def per_rule_times(report: dict) -> dict[str, float]:
    timing = report.get("time", {})
    rules = [r.get("id", "?") if isinstance(r, dict) else str(r) for r in timing.get("rules", [])]
    totals = {rule.rsplit(".", 1)[-1]: 0.0 for rule in rules}
    for target in timing.get("targets", []):
        for index, seconds in enumerate(target.get("match_times", [])):
            if index < len(rules):
                totals[rules[index].rsplit(".", 1)[-1]] += max(seconds, 0.0)
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=300_000, help="size of the synthetic corpus")
    parser.add_argument("--rules", type=Path, default=ROOT / "generated-rules")
    parser.add_argument("--audit-rules", type=Path, default=ROOT / "generated-rules-audit")
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bullmq-rules-bench-") as tmp:
        corpus = args.keep or Path(tmp) / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        files, lines = write_corpus(corpus, args.lines)
        floor_rule, walk_rule = Path(tmp) / "floor.yaml", Path(tmp) / "walk.yaml"
        floor_rule.write_text(FLOOR_RULE)
        walk_rule.write_text(WALK_RULE)
        exe = semgrep.executable()
        common = ["scan", "--metrics=off", "--no-git-ignore", "--json", "--timeout", "30"]

        floor_s, floor_kib, floor = timed([exe, *common, "--time", "--config", str(floor_rule), str(corpus)])
        parsed = sum(1 for target in json.loads(floor.stdout or "{}").get("time", {}).get("targets", [])
                     if sum(target.get("parse_times", [])) > 0)
        walk_s, _, _ = timed([exe, *common, "--config", str(walk_rule), str(corpus)])
        pack_s, pack_kib, pack = timed([exe, *common, "--time", "--config", str(args.rules), str(corpus)])
        both_s, _, both = timed([exe, *common, "--config", str(args.rules), "--config", str(args.audit_rules),
                                 str(corpus)])
        report = json.loads(pack.stdout or "{}")
        errors = report.get("errors", [])
        timeouts = [e for e in errors if "Timeout" in str(e.get("type"))]
        rule_times = per_rule_times(report)

        gen_s, _, gen = timed([str(Path(sys.executable).parent / "bullmq-rules"), "generate", "--check"], cwd=ROOT)
        test_s, _, tests = timed([str(Path(sys.executable).parent / "bullmq-rules"), "test"], cwd=ROOT)

    ratio = pack_s / floor_s if floor_s else float("inf")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"semgrep {subprocess.run([exe, '--version'], capture_output=True, text=True, env=semgrep.environment()).stdout.strip()}")
    print(f"corpus: {files} files, {lines} lines")
    print(f"floor (parse every file, one trivial rule): {floor_s:.1f} s, peak {floor_kib / 1024:.0f} MiB, "
          f"{parsed} files parsed")
    print(f"walk (one rule whose identifier no file holds: nothing parsed): {walk_s:.1f} s")
    print(f"pack ({len(rule_times)} rules): {pack_s:.1f} s, peak {pack_kib / 1024:.0f} MiB, "
          f"{len(report.get('results', []))} findings, {len(errors)} errors, {len(timeouts)} timeouts")
    print(f"pack and audit tier: {both_s:.1f} s (exit {both.returncode})")
    print(f"pack / floor: {ratio:.2f}")
    print("slowest rules (matching time summed over files, and as a share of the floor):")
    for rule, seconds in sorted(rule_times.items(), key=lambda kv: -kv[1])[:10]:
        print(f"  {rule:55s} {seconds:7.2f} s  {100 * seconds / floor_s:5.1f} %")
    print(f"generator (generate --check): {gen_s:.1f} s (exit {gen.returncode})")
    print(f"rule tests (bullmq-rules test): {test_s:.1f} s (exit {tests.returncode})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
