"""Shared fixtures: the project's folders, a copy of the spec to break, and one semgrep --test run."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "rules-src"
RULES = ROOT / "generated-rules"
CASES = ROOT / "test-cases"
AUDIT_RULES = ROOT / "generated-rules-audit"
AUDIT_CASES = ROOT / "test-cases-audit"
TIER_FOLDERS = [(RULES, CASES), (AUDIT_RULES, AUDIT_CASES)]  # each tier's rules and their cases
DOCS = ROOT / "docs"

os.environ["SEMGREP_ENABLE_VERSION_CHECK"] = "0"
os.environ["SEMGREP_SEND_METRICS"] = "off"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    """A writable copy of rules-src/ to break on purpose."""
    target = tmp_path / "rules-src"
    shutil.copytree(SPEC, target)
    return target


@pytest.fixture(scope="session")
def semgrep_test_report():
    """One `semgrep --test` per tier over its test cases, for the whole session (semgrep starts slowly)."""
    from generator.testing import merge, run_tests

    return merge([run_tests(rules, cases) for rules, cases in TIER_FOLDERS if any(rules.rglob("*.yaml"))])


def strings(node):
    """Every string in parsed YAML data, keys included, depth first."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)
    elif isinstance(node, str):
        yield node
