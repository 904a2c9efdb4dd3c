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
    """One `semgrep --test` over all of test-cases/ for the whole session (semgrep starts slowly)."""
    from generator.testing import run_tests

    return run_tests(RULES, CASES)


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
