"""`make field REPOS="dir1 dir2"`: run the pack over checkouts of real applications and count findings.

It runs as `bullmq-rules scan --audit` would: one semgrep run over all checkouts with both tiers and
the project facts, then each checkout's "missing X" findings supplied by another of its files are left
out (facts never cross checkouts), and so are findings of rules for library versions the checkout's
package.json rules out. It prints findings per rule (tier and severity), per checkout, and
semgrep's own errors and timeouts. `--json FILE` keeps every finding (with its code line) for triage;
`--verdicts FILE` (a JSON list of {repo, path, line, rule, verdict: TP|FP|DEBATABLE}) joins earlier
verdicts and prints precision per rule and overall, so it can be re-measured after every rule change.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from generator import catalog as catalog_mod
from generator import project, scan, versions

ROOT = Path(__file__).resolve().parent.parent
GATED = ("ERROR", "WARNING")  # the severities the precision target is about


def checkout_of(path: Path, repos: list[Path]) -> Path | None:
    for repo in repos:
        if path.is_relative_to(repo):
            return repo
    return None


def code_line(path: Path, line: int) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()[line - 1].strip()[:200]
    except (OSError, IndexError):
        return ""


def collect(repos: list[Path], configs: list[Path]) -> tuple[list[dict], list[dict], list[dict]]:
    """(findings, supplied elsewhere, semgrep errors), findings as dicts keyed like a verdicts file."""
    data = scan.run_semgrep([*configs, project.FACTS_FILE], repos)
    catalog = catalog_mod.Catalog.load_all(configs)
    root = Path("/")
    by_repo: dict[Path, list] = defaultdict(list)
    facts_by_repo: dict[Path, list] = defaultdict(list)
    for finding in scan.findings_from(data, catalog, root):
        by_repo[checkout_of(root / finding.path, repos)].append(finding)
    for fact in scan.facts_from(data, catalog, root):
        facts_by_repo[checkout_of(root / fact.path, repos)].append(fact)
    kept, supplied = [], []
    for repo, findings in by_repo.items():
        ok, dropped = project.suppress(findings, facts_by_repo.get(repo, []), root)
        ok, other_version = versions.leave_out(ok, root)
        kept += [record(f, repo) for f in ok]
        supplied += [{**record(f, repo), "reason": reason} for f, reason in dropped + other_version]
    return kept, supplied, data.get("errors", [])


def record(finding, repo: Path | None) -> dict:
    path = Path("/") / finding.path
    return {"repo": repo.name if repo else "", "path": str(path.relative_to(repo)) if repo else str(path),
            "line": finding.line, "rule": finding.rule_id, "severity": finding.severity,
            "tier": finding.rule.tier if finding.rule else "default", "code": code_line(path, finding.line)}


def precision(findings: list[dict], verdicts: list[dict]) -> None:
    known = {(v["repo"], v["path"], int(v["line"]), v["rule"]): v["verdict"] for v in verdicts}
    per_rule: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for f in findings:
        per_rule[(f["rule"], f["tier"], f["severity"])][known.get((f["repo"], f["path"], f["line"], f["rule"]),
                                                                  "untriaged")] += 1
    print("precision per rule (TP / FP / DEBATABLE / untriaged; precision = TP / (TP + FP)):")
    gated: Counter = Counter()
    for (rule, tier, severity), c in sorted(per_rule.items()):
        judged = c["TP"] + c["FP"]
        share = f"{100 * c['TP'] / judged:5.1f} %" if judged else "    -  "
        print(f"  {rule:50s} {tier:7s} {severity:7s} {c['TP']:3d} {c['FP']:3d} {c['DEBATABLE']:3d} "
              f"{c['untriaged']:3d}  {share}")
        if tier == "default" and severity in GATED:
            gated.update(c)
    judged = gated["TP"] + gated["FP"]
    overall = f"{100 * gated['TP'] / judged:.1f} %" if judged else "-"
    print(f"default tier, ERROR and WARNING: {gated['TP']} TP, {gated['FP']} FP, {gated['DEBATABLE']} debatable, "
          f"{gated['untriaged']} untriaged; precision {overall}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("repos", nargs="+", type=Path, help="checkouts to scan")
    parser.add_argument("--rules", type=Path, action="append",
                        help="rules folder (repeatable; default: generated-rules and generated-rules-audit)")
    parser.add_argument("--json", dest="json_out", type=Path, help="write every finding here for triage")
    parser.add_argument("--verdicts", type=Path, help="earlier verdicts to join: precision per rule")
    args = parser.parse_args(argv)
    repos = [r.resolve() for r in args.repos]
    missing = [str(r) for r in repos if not r.is_dir()]
    if missing:
        print(f"error: not a folder: {', '.join(missing)} (fix: pass checkouts of real applications)", file=sys.stderr)
        return 2
    configs = args.rules or [p for p in (ROOT / "generated-rules", ROOT / "generated-rules-audit") if p.is_dir()]

    findings, supplied, errors = collect(repos, configs)
    timeouts = [e for e in errors if "Timeout" in str(e.get("type"))]
    parse_failures = [e for e in errors if "Syntax" in str(e.get("type")) or "PartialParsing" in str(e.get("type"))]
    rule_errors = [e for e in errors if e not in timeouts and e not in parse_failures]

    for repo in repos:
        counts = Counter(f["rule"] for f in findings if f["repo"] == repo.name)
        print(f"{repo.name}: {sum(counts.values())} findings")
        for rule, count in counts.most_common():
            print(f"  {count:4d}  {rule}")
    print("all checkouts (rule, tier, severity):")
    for (rule, tier, severity), count in Counter((f["rule"], f["tier"], f["severity"]) for f in findings).most_common():
        print(f"  {count:4d}  {rule}  {tier}  {severity}")
    print(f"left out as supplied by another file of the same checkout, or for a library version the "
          f"checkout's package.json rules out: {len(supplied)}")
    for (rule,), count in Counter((s["rule"],) for s in supplied).most_common():
        print(f"  {count:4d}  {rule}")
    print(f"semgrep: {len(rule_errors)} rule/run errors, {len(timeouts)} timeouts, "
          f"{len(parse_failures)} files semgrep could not fully parse")
    for error in rule_errors[:10]:
        print(f"  error: {error.get('type')}: {str(error.get('message'))[:200]}")
    if args.verdicts:
        precision(findings, json.loads(args.verdicts.read_text()))
    if args.json_out:
        args.json_out.write_text(json.dumps({"findings": findings, "supplied": supplied, "errors": errors}, indent=1))
    return 0 if not rule_errors and not timeouts else 1


if __name__ == "__main__":
    sys.exit(main())
