"""The rules against their annotated test cases (one semgrep --test run), and the pack's own lint."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.errors import EXIT_FAILED

from conftest import CASES, RULES, SPEC, TIER_FOLDERS

RULE_FILES = sorted(p for rules, _ in TIER_FOLDERS for p in rules.rglob("*.yaml"))
RULE_IDS = [yaml.safe_load(p.read_text())["rules"][0]["id"] for p in RULE_FILES]
CASE_SUFFIXES = {".ts", ".js", ".tsx", ".jsx"}
# `<id>.v5.ts`: cases for BullMQ v5-only API, type-checked against bullmq 5 (README, "Type-checked test cases").
# `<id>.<word>.ts`: more cases of the same rule in a file of their own, for file-wide conditions.
MIN_CASES = 4


def tier_of(rule_file: Path) -> tuple[Path, Path]:
    """The (rules, cases) folders of the tier a rule file is in."""
    return next((rules, cases) for rules, cases in TIER_FOLDERS if rule_file.is_relative_to(rules))


def cases_for(rule_file: Path) -> list[Path]:
    rules, cases = tier_of(rule_file)
    rel = rule_file.relative_to(rules).with_suffix("")
    return sorted(p for p in (cases / rel.parent).glob(rel.name + ".*") if p.suffix in CASE_SUFFIXES)


def annotations(rule_id: str, files: list[Path]) -> dict[str, int]:
    counts = {"ruleid": 0, "ok": 0, "todoruleid": 0, "todook": 0}
    pattern = re.compile(r"^\s*//\s*(ruleid|ok|todoruleid|todook):\s*(.+?)\s*$")
    for path in files:
        for line in path.read_text().splitlines():
            match = pattern.match(line)
            if match and rule_id in [r.strip() for r in match.group(2).split(",")]:
                counts[match.group(1)] += 1
    return counts


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_passes_its_cases(rule_id, semgrep_test_report):
    results = [r for r in semgrep_test_report.rules if r.rule_id == rule_id]
    assert results, f"semgrep --test did not run {rule_id}"
    for result in results:
        assert result.passed, f"{rule_id}: {result.describe()}"


def test_the_run_itself_is_clean(semgrep_test_report):
    assert not semgrep_test_report.problems
    assert not semgrep_test_report.missing_tests
    assert all(semgrep_test_report.fixes.values())


@pytest.mark.parametrize("rule_file", RULE_FILES, ids=RULE_IDS)
def test_rule_has_enough_cases(rule_file):
    rule_id = yaml.safe_load(rule_file.read_text())["rules"][0]["id"]
    files = cases_for(rule_file)
    rules, cases = tier_of(rule_file)
    assert files, f"no test case beside {rule_file.relative_to(rules)} in {cases.name}/"
    counts = annotations(rule_id, files)
    assert counts["ruleid"] >= MIN_CASES, counts
    assert counts["ok"] >= MIN_CASES, counts


@pytest.mark.parametrize("rules_dir, cases_dir", TIER_FOLDERS, ids=[r.name for r, _ in TIER_FOLDERS])
def test_every_case_file_has_a_rule_in_its_tier(rules_dir, cases_dir):
    rules = {p.relative_to(rules_dir).with_suffix("") for p in rules_dir.rglob("*.yaml")}
    for case in cases_dir.rglob("*"):
        if case.is_file() and case.suffix in CASE_SUFFIXES and not case.name.endswith(".fixed" + case.suffix):
            rel = case.relative_to(cases_dir)
            stem = rel.parent / rel.name.split(".", 1)[0]
            assert stem in rules, f"{case} has no rule at {rules_dir.name}/{stem}.yaml"


def test_spec_rules_and_cases_share_paths():
    spec = {p.relative_to(SPEC).with_suffix("") for p in SPEC.glob("*/*.yaml")}
    rules = {p.relative_to(tier_of(p)[0]).with_suffix("") for p in RULE_FILES}
    assert spec == rules


def test_each_rule_sits_in_its_specs_tier():
    for rule_file in RULE_FILES:
        tier = yaml.safe_load(rule_file.read_text())["rules"][0]["metadata"]["tier"]
        rules_dir, _ = tier_of(rule_file)
        assert rules_dir.name == ("generated-rules" if tier == "default" else f"generated-rules-{tier}"), rule_file


REQUIRED_METADATA = {"category", "subcategory", "technology", "confidence", "likelihood", "impact", "references",
                     "checklist", "source", "license"}


@pytest.mark.parametrize("rule_file", RULE_FILES, ids=RULE_IDS)
def test_rule_lint(rule_file):
    rule = yaml.safe_load(rule_file.read_text())["rules"][0]
    assert REQUIRED_METADATA <= set(rule["metadata"]), REQUIRED_METADATA - set(rule["metadata"])
    for url in rule["metadata"]["references"]:
        assert re.match(r"^https://\S+$", url), url
    if rule["metadata"]["category"] == "security":
        assert rule["metadata"].get("cwe"), "security rules name their CWE"
    # the message says what to do, not only what is wrong
    assert re.search(r"\b(use|set|add|put|throw|call|pass|read|remove|replace|register)\b", rule["message"], re.I)
    # no slow shapes: a top-level pattern that is a bare `...` or a lone metavariable
    for pattern in top_level_patterns(rule):
        assert not re.fullmatch(r"\s*(\.\.\.|\$[A-Z_0-9]+)\s*;?\s*", pattern), pattern


def top_level_patterns(rule: dict) -> list[str]:
    found = []
    for key in ("pattern", "patterns", "pattern-either"):
        if key in rule:
            found.extend(_positive(rule[key] if key != "pattern" else [{"pattern": rule[key]}]))
    return found


def _positive(items) -> list[str]:
    found = []
    for item in items if isinstance(items, list) else [items]:
        if isinstance(item, dict):
            if "pattern" in item and isinstance(item["pattern"], str):
                found.append(item["pattern"])
            for key in ("patterns", "pattern-either"):
                if key in item:
                    found.extend(_positive(item[key]))
    return found


QUIET = Path(__file__).parent / "fixtures" / "quiet"
QUIET_MARK = "// quiet-because"


def test_file_wide_conditions_keep_whole_files_quiet(tmp_path):
    """Each tests/fixtures/quiet/<rule-id>.<what>.ts: its rule reports nothing there, and reports on
    every `ok:` line once the lines marked `// quiet-because` (the file-wide condition) are removed."""
    from generator import semgrep

    files = sorted(QUIET.glob("*.ts"))
    assert files
    for folder, keep in (("as-is", lambda line: True), ("stripped", lambda line: QUIET_MARK not in line)):
        (tmp_path / folder).mkdir()  # a copy: semgrep skips folders named tests/ by default
        for path in files:
            (tmp_path / folder / path.name).write_text(
                "\n".join(line if keep(line) else "" for line in path.read_text().splitlines()) + "\n")
    configs = [a for rules, _ in TIER_FOLDERS if any(rules.rglob("*.yaml")) for a in ("--config", str(rules))]
    _code, report = semgrep.run_json(["scan", "--no-git-ignore", *configs, str(tmp_path)])
    assert not report.get("errors"), report.get("errors")
    reported = {(Path(r["path"]).parent.name, Path(r["path"]).name, r["check_id"].rsplit(".", 1)[-1],
                 r["start"]["line"]) for r in report["results"]}
    for path in files:
        rule_id = path.name.split(".", 1)[0]
        assert rule_id in RULE_IDS, f"{path.name}: no rule {rule_id}"
        lines = path.read_text().splitlines()
        assert any(QUIET_MARK in line for line in lines), f"{path.name}: mark the condition `{QUIET_MARK}`"
        ok_lines = [n + 2 for n, line in enumerate(lines) if re.match(rf"^\s*//\s*ok:\s*{re.escape(rule_id)}\s*$", line)]
        assert ok_lines, f"{path.name}: mark the quiet lines `// ok: {rule_id}`"
        assert not [r for r in reported if r[:3] == ("as-is", path.name, rule_id)], f"{rule_id} reports in {path.name}"
        for line in ok_lines:
            assert ("stripped", path.name, rule_id, line) in reported, \
                f"{path.name}:{line}: not reported even without the {QUIET_MARK} lines"


def test_unique_ids():
    assert len(RULE_IDS) == len(set(RULE_IDS))


def test_cli_test_reports_a_failing_rule(runner, tmp_path):
    cases = tmp_path / "cases"
    shutil.copytree(CASES, cases)
    target = cases / "retry" / "bullmq-attempts-unbounded.ts"
    text = target.read_text()
    # claim a finding on a line the rule rightly ignores
    text = text.replace("  // ok: bullmq-attempts-unbounded\n  await invoices.add('render', { invoiceId, tenantId }, { attempts: 25 });",
                        "  // ruleid: bullmq-attempts-unbounded\n  await invoices.add('render', { invoiceId, tenantId }, { attempts: 25 });")
    target.write_text(text)
    result = runner.invoke(main, ["test", "--rules", str(RULES), "--cases", str(cases)])
    assert result.exit_code == EXIT_FAILED, result.output
    assert re.search(r"^FAIL  bullmq-attempts-unbounded .*missed", result.output, re.M), result.output
    assert re.search(r"^PASS  bull-board-unauthenticated$", result.output, re.M), result.output
    assert re.search(r"^\d+ passed, 1 failed$", result.output, re.M), result.output
