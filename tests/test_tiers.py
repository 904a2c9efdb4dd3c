"""Tiers: an audit rule is generated beside the default pack, not in it; profiles and scans opt in."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import EXIT_BAD_INPUT, EXIT_FAILED

from conftest import CASES

RULE = Path("retry") / "bullmq-attempts-unbounded"


@pytest.fixture
def audit_spec(spec_copy: Path) -> Path:
    """The spec with one rule moved to the audit tier."""
    path = spec_copy / RULE.with_suffix(".yaml")
    path.write_text(path.read_text() + "tier: audit\n")
    return spec_copy


def generate(runner, spec: Path, out: Path, *extra: str):
    return runner.invoke(main, ["generate", "--spec", str(spec), "--out", str(out), "--docs", str(out.parent / "docs"),
                                "--cases", str(CASES), "--no-semgrep", *extra])


def test_an_audit_rule_goes_beside_the_default_pack(runner, audit_spec, tmp_path):
    out = tmp_path / "rules"
    result = generate(runner, audit_spec, out)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "rules-audit" / RULE.with_suffix(".yaml")).is_file()
    assert not (out / RULE.with_suffix(".yaml")).exists()
    assert (out / "retry" / "bullmq-attempts-without-backoff.yaml").is_file()
    page = (tmp_path / "docs" / "rules" / RULE.with_suffix(".md")).read_text()
    assert "Audit tier" in page and "generated-rules-audit/retry/bullmq-attempts-unbounded.yaml" in page
    index = (tmp_path / "docs" / "rules" / "README.md").read_text()
    audit_rules = len(list((tmp_path / "rules-audit").rglob("*.yaml")))
    assert audit_rules > 1 and f"{audit_rules} in the opt-in audit tier" in index
    assert "| audit |" in next(line for line in index.splitlines() if "bullmq-attempts-unbounded" in line)


def test_check_sees_a_stale_audit_folder(runner, audit_spec, tmp_path):
    out = tmp_path / "rules"
    assert generate(runner, audit_spec, out).exit_code == 0
    assert generate(runner, audit_spec, out, "--check").exit_code == 0
    (tmp_path / "rules-audit" / RULE.with_suffix(".yaml")).unlink()
    result = generate(runner, audit_spec, out, "--check")
    assert result.exit_code == EXIT_FAILED
    assert "rules-audit/retry/bullmq-attempts-unbounded.yaml" in result.output


@pytest.mark.parametrize("profile, kept", [
    ("thresholds: {max_attempts: 10}\n", False),
    ("tiers: [default, audit]\n", True),
    ("rules:\n  bullmq-attempts-unbounded: {enabled: true}\n", True),
    ("tiers: [audit]\n", True),
])
def test_a_profile_chooses_the_tiers_of_its_pack(runner, audit_spec, tmp_path, profile, kept):
    profile_path = tmp_path / "profile.yaml"
    profile_path.write_text(profile)
    out = tmp_path / "tailored"
    result = generate(runner, audit_spec, out, "--profile", str(profile_path))
    assert result.exit_code == 0, result.output
    assert (out / RULE.with_suffix(".yaml")).is_file() == kept  # a tailored pack is one folder
    assert not (tmp_path / "tailored-audit").exists()
    has_default_rules = (out / "retry" / "bullmq-attempts-without-backoff.yaml").is_file()
    assert has_default_rules == ("tiers: [audit]" not in profile)


def test_an_unknown_tier_is_an_input_error(runner, spec_copy, tmp_path):
    path = spec_copy / RULE.with_suffix(".yaml")
    path.write_text(path.read_text() + "tier: experimental\n")
    result = generate(runner, spec_copy, tmp_path / "rules")
    assert result.exit_code == EXIT_BAD_INPUT
    assert f"{RULE.with_suffix('.yaml').as_posix()}:" in result.output and "tier" in result.output
    assert not (tmp_path / "rules").exists()

    profile_path = tmp_path / "profile.yaml"
    profile_path.write_text("orm: [prisma]\ntiers: [default, nightly]\n")
    result = generate(runner, spec_copy.parent / "rules-src", tmp_path / "tailored", "--profile", str(profile_path))
    assert result.exit_code == EXIT_BAD_INPUT
    assert "profile.yaml:2" in result.output
