"""Run `semgrep --test` once over all test cases and report each rule's result."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import semgrep
from .errors import SemgrepError


@dataclass
class RuleResult:
    rule_id: str
    config: str
    passed: bool
    test_files: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)  # file:line of ruleid lines semgrep did not report
    unexpected: list[str] = field(default_factory=list)  # file:line reported with no ruleid
    errors: list[str] = field(default_factory=list)

    def describe(self) -> str:
        parts = []
        if self.missed:
            parts.append(f"missed (ruleid, not reported): {', '.join(self.missed)}")
        if self.unexpected:
            parts.append(f"unexpected (reported, not ruleid): {', '.join(self.unexpected)}")
        parts.extend(self.errors)
        return "; ".join(parts)


@dataclass
class TestReport:
    rules: list[RuleResult]
    fixes: dict[str, bool]  # test file -> autofix output matches its .fixed file
    missing_tests: list[str]  # "<rule file>: no test case file beside it in <cases folder>"
    problems: list[str]  # errors not tied to one rule

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.rules) and all(self.fixes.values()) and not self.missing_tests \
            and not self.problems


def merge(reports: list[TestReport]) -> TestReport:
    """One report for several `semgrep --test` runs (one per tier)."""
    return TestReport(
        rules=[r for report in reports for r in report.rules],
        fixes={k: v for report in reports for k, v in report.fixes.items()},
        missing_tests=[m for report in reports for m in report.missing_tests],
        problems=[p for report in reports for p in report.problems],
    )


def run_tests(rules_dir: Path, cases_dir: Path) -> TestReport:
    code, data = semgrep.run_json(["--test", "--config", str(rules_dir), str(cases_dir)], ok_codes=(0, 1))
    if not data:
        raise SemgrepError(f"semgrep --test gave no report (exit {code})")
    results: list[RuleResult] = []
    for config, entry in sorted(data.get("results", {}).items()):
        for rule_id, check in sorted(entry.get("checks", {}).items()):
            result = RuleResult(rule_id=rule_id, config=config, passed=bool(check.get("passed")))
            for test_file, match in sorted(check.get("matches", {}).items()):
                result.test_files.append(test_file)
                expected = set(match.get("expected_lines", []))
                reported = set(match.get("reported_lines", []))
                name = Path(test_file).name
                result.missed.extend(f"{name}:{n}" for n in sorted(expected - reported))
                result.unexpected.extend(f"{name}:{n}" for n in sorted(reported - expected))
            for error in check.get("errors", []):
                result.errors.append(" ".join(str(error.get("message", error)).split())[:300])
                result.passed = False
            if not result.test_files:
                result.passed = False
                result.errors.append("no test case exercises this rule")
            results.append(result)
    fixes = {name: bool(v.get("passed")) for name, v in sorted(data.get("fixtest_results", {}).items())}
    problems = []
    for config, errors in data.get("config_with_errors", []) or []:
        problems.append(f"{config}: {errors}")
    missing = [f"{config}: no test case file beside it in {cases_dir}"
               for config in sorted(data.get("config_missing_tests", []) or [])]
    if code not in (0, 1) or (code == 1 and all(r.passed for r in results) and not missing and all(fixes.values())):
        problems.append(f"semgrep --test exited {code} without saying which rule failed")
    return TestReport(results, fixes, missing, problems)
