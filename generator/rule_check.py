"""Check generated rules the way semgrep will: its own JSON schema, then a real load over the test cases."""

from __future__ import annotations

import importlib.util
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from . import semgrep, tiers
from .errors import Problem
from .spec import RuleSpec


@lru_cache(maxsize=1)
def semgrep_rule_schema() -> dict[str, Any]:
    """The rule schema shipped inside the installed semgrep package."""
    found = importlib.util.find_spec("semgrep")
    if found is None or not found.submodule_search_locations:
        raise FileNotFoundError("the semgrep Python package is not installed")
    for location in found.submodule_search_locations:
        path = Path(location) / "semgrep_interfaces" / "rule_schema_v1.yaml"
        if path.exists():
            return yaml.safe_load(path.read_text(encoding="utf-8"))
    raise FileNotFoundError("rule_schema_v1.yaml not found inside the semgrep package")


@lru_cache(maxsize=1)
def _rule_validator() -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(semgrep_rule_schema())


def schema_problems(built: list[tuple[RuleSpec, dict[str, Any]]]) -> list[Problem]:
    validator = _rule_validator()
    problems = []
    for rule, data in built:
        for error in validator.iter_errors({"rules": [data]}):
            where = "/".join(str(p) for p in list(error.absolute_path)[2:]) or "rule"
            problems.append(Problem(rule.source, rule.line, f"generated rule fails semgrep's schema at {where}: "
                                    f"{error.message[:200]}", "fix the template or the explicit patterns block"))
    return problems


def load_problems(files: dict[Path, str], built: list[tuple[RuleSpec, dict[str, Any]]], cases_dir: Path) -> list[Problem]:
    """Load the rules in semgrep over the test cases of every tier, so that every pattern gets parsed.

    semgrep parses a pattern only when a target file holds the pattern's identifiers, so the test
    cases (which exercise every rule) are the target; any rule error fails the check.
    """
    by_id = {rule.id: rule for rule, _ in built}
    with tempfile.TemporaryDirectory(prefix="bullmq-rules-check-") as tmp:
        root = Path(tmp) / "rules"
        for rel, text in files.items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        targets = [str(d) for d in tiers.folders(cases_dir).values() if d.is_dir()] or [tmp]
        code, data = semgrep.run_json(["scan", "--strict", "--no-git-ignore", "--config", str(root), *targets],
                                      ok_codes=(0, 1, 2, 7))
    problems = []
    for error in data.get("errors", []):
        if error.get("level") not in ("error", None) and error.get("type") != "Rule parse error":
            continue
        if "Syntax error" in str(error.get("type")) or error.get("type") == "PartialParsing":
            continue  # a test case that semgrep cannot parse is reported by `bullmq-rules test`
        rule_id = str(error.get("rule_id") or "").rsplit(".", 1)[-1]
        rule = by_id.get(rule_id)
        message = " ".join(str(error.get("message", error)).split())[:300]
        source, line = (rule.source, rule.line) if rule else ("generated-rules", 1)
        problems.append(Problem(source, line, f"semgrep rejects the generated rule: {message}",
                                "fix the template or the explicit patterns block"))
    if code == 7 and not problems:
        problems.append(Problem("generated-rules", 1, "semgrep rejected the generated rules (exit 7)",
                                "run semgrep scan --strict --config generated-rules test-cases to see why"))
    return problems
