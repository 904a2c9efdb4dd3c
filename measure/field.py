"""`make field REPOS="dir1 dir2"`: run the pack over checkouts of real applications and count findings.

One semgrep run over all checkouts; findings are grouped by checkout and rule, with semgrep's own
errors and timeouts. `--json FILE` keeps every finding (with its code line) for triage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from generator import semgrep

ROOT = Path(__file__).resolve().parent.parent


def bare_id(check_id: str) -> str:
    return check_id.rsplit(".", 1)[-1]


def checkout_of(path: Path, repos: list[Path]) -> Path | None:
    for repo in repos:
        try:
            path.relative_to(repo)
            return repo
        except ValueError:
            continue
    return None


def code_line(path: Path, line: int) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()[line - 1].strip()[:200]
    except (OSError, IndexError):
        return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("repos", nargs="+", type=Path, help="checkouts to scan")
    parser.add_argument("--rules", type=Path, default=ROOT / "generated-rules")
    parser.add_argument("--json", dest="json_out", type=Path, help="write every finding here for triage")
    args = parser.parse_args(argv)
    repos = [r.resolve() for r in args.repos]
    missing = [str(r) for r in repos if not r.is_dir()]
    if missing:
        print(f"error: not a folder: {', '.join(missing)} (fix: pass checkouts of real applications)", file=sys.stderr)
        return 2

    _code, report = semgrep.run_json(["scan", "--timeout", "30", "--config", str(args.rules), *map(str, repos)],
                                     ok_codes=(0, 1, 2))
    per_repo: dict[Path, Counter] = defaultdict(Counter)
    findings = []
    for result in report.get("results", []):
        path = Path(result["path"]).resolve()
        repo = checkout_of(path, repos)
        rule = bare_id(result["check_id"])
        per_repo[repo][rule] += 1
        line = result["start"]["line"]
        findings.append({"repo": str(repo), "path": str(path.relative_to(repo)) if repo else str(path), "line": line,
                         "rule": rule, "severity": result["extra"].get("severity"), "code": code_line(path, line)})
    errors = report.get("errors", [])
    timeouts = [e for e in errors if "Timeout" in str(e.get("type"))]
    parse_failures = [e for e in errors if "Syntax" in str(e.get("type")) or "PartialParsing" in str(e.get("type"))]
    rule_errors = [e for e in errors if e not in timeouts and e not in parse_failures]

    totals: Counter = Counter()
    for repo in repos:
        counts = per_repo.get(repo, Counter())
        totals.update(counts)
        print(f"{repo.name}: {sum(counts.values())} findings")
        for rule, count in counts.most_common():
            print(f"  {count:4d}  {rule}")
    print("all checkouts:")
    for rule, count in totals.most_common():
        print(f"  {count:4d}  {rule}")
    print(f"semgrep: {len(rule_errors)} rule/run errors, {len(timeouts)} timeouts, "
          f"{len(parse_failures)} files semgrep could not fully parse")
    for error in rule_errors[:10]:
        print(f"  error: {error.get('type')}: {str(error.get('message'))[:200]}")
    if args.json_out:
        args.json_out.write_text(json.dumps({"findings": findings, "errors": errors}, indent=1))
    return 0 if not rule_errors and not timeouts else 1


if __name__ == "__main__":
    sys.exit(main())
