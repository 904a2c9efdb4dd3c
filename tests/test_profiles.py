"""Profiles tailor the pack: tenant field names, data-access libraries, thresholds, rule switches."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.errors import EXIT_BAD_INPUT
from generator.testing import run_tests

from conftest import CASES, SPEC, strings

FIXTURES = Path(__file__).parent / "fixtures" / "profiles"
ORMS = ["prisma", "typeorm", "drizzle", "mongoose", "knex"]
TENANT_RULE = Path("tenant-isolation") / "bullmq-processor-create-missing-tenant.yaml"


def generate(runner, tmp: Path, profile: str, name: str) -> Path:
    profile_path = tmp / f"{name}.profile.yaml"
    profile_path.write_text(profile)
    out = tmp / name / "rules"
    result = runner.invoke(main, ["generate", "--spec", str(SPEC), "--out", str(out), "--docs", str(tmp / name / "docs"),
                                  "--cases", str(CASES), "--profile", str(profile_path), "--no-semgrep"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def orm_report(tmp_path_factory):
    """One pack per data-access library, all tested in a single semgrep --test run."""
    from click.testing import CliRunner

    tmp = tmp_path_factory.mktemp("orm")
    rules, cases = tmp / "all-rules" / "orm", tmp / "all-cases" / "orm"
    rules.mkdir(parents=True)
    cases.mkdir(parents=True)
    for orm in ORMS:
        out = generate(CliRunner(), tmp, f"tenant_fields: [organizationId]\ntenant_relations: [organization]\norm: [{orm}]\n", orm)
        shutil.copy(out / TENANT_RULE, rules / f"{orm}.yaml")
        shutil.copy(FIXTURES / f"{orm}.ts", cases / f"{orm}.ts")
    out = generate(CliRunner(), tmp, "auth_middleware: [staffOnly, corp.sso]\n", "auth")
    shutil.copy(out / "bull-board" / "bull-board-unauthenticated.yaml", rules / "auth.yaml")
    shutil.copy(FIXTURES / "auth.ts", cases / "auth.ts")
    return run_tests(tmp / "all-rules", tmp / "all-cases")


@pytest.mark.parametrize("orm", ORMS)
def test_tenant_rule_follows_the_profile_for_each_orm(orm, orm_report):
    results = [r for r in orm_report.rules if r.config.endswith(f"orm/{orm}.yaml")]
    assert results, [r.config for r in orm_report.rules]
    for result in results:
        assert result.passed, f"{orm}: {result.describe()}"


def test_own_auth_middleware_counts_in_front_of_bull_board(orm_report):
    results = [r for r in orm_report.rules if r.config.endswith("orm/auth.yaml")]
    assert results and all(r.passed for r in results), [r.describe() for r in results]


def test_default_pack_ignores_other_orms(semgrep_test_report):
    # the committed pack is the default profile: Prisma only, the default tenant field names
    rule = yaml.safe_load((SPEC.parent / "generated-rules" / TENANT_RULE).read_text())["rules"][0]
    text = yaml.safe_dump(rule)
    for field in ["tenantId", "organizationId", "orgId", "projectId", "workspaceId", "teamId"]:
        assert f"{field}: $VALUE" in text, field
    assert ".insert(" not in text and ".save(" not in text


def test_thresholds_and_rule_switches(runner, tmp_path):
    out = generate(runner, tmp_path, """
thresholds: {max_attempts: 7, max_concurrency: 12, max_backoff_ms: 60000}
rules:
  bull-limiter-without-groupkey: {enabled: false}
  bull-board-unauthenticated: {severity: WARNING}
""", "tuned")
    attempts = yaml.safe_load((out / "retry" / "bullmq-attempts-unbounded.yaml").read_text())["rules"][0]
    assert re.search(r"comparison: \$\w+ > 7\n", yaml.safe_dump(attempts))
    concurrency = (out / "concurrency" / "bullmq-worker-concurrency-high.yaml").read_text()
    assert re.search(r"comparison: \$\w+ > 12\n", concurrency)
    backoff = (out / "retry" / "bullmq-exponential-backoff-uncapped.yaml").read_text()
    assert ") > 60000" in backoff
    board = yaml.safe_load((out / "bull-board" / "bull-board-unauthenticated.yaml").read_text())["rules"][0]
    assert board["severity"] == "WARNING"
    assert not (out / "concurrency" / "bull-limiter-without-groupkey.yaml").exists()


def test_auth_middleware_names_reach_the_board_rule(runner, tmp_path):
    out = generate(runner, tmp_path, "auth_middleware: [staffOnly, corp.sso]\n", "auth")
    board = yaml.safe_load((out / "bull-board" / "bull-board-unauthenticated.yaml").read_text())["rules"][0]
    regexes = [v for v in strings(board) if "staffOnly" in v]
    assert regexes == ["(staffOnly|corp\\.sso)"] * len(regexes) and regexes



BAD_PROFILES = [
    ("tenant_field: [orgId]\n", 1, "unknown key 'tenant_field'"),
    ("orm: [sequelize]\n", 1, "not an allowed value"),
    ("tenant_fields: ['org id']\n", 1, "is not a name"),
    ("thresholds:\n  max_attempts: many\n", 2, "must be of type integer"),
    ("rules:\n  no-such-rule: {enabled: false}\n", 2, "unknown rule id 'no-such-rule'"),
    ("orm: [prisma\n", 2, "invalid YAML"),
    ("- just\n- a list\n", 1, "must be a YAML mapping"),
]


@pytest.mark.parametrize("text,line,words", BAD_PROFILES)
def test_bad_profiles_are_input_errors(runner, tmp_path, text, line, words):
    profile = tmp_path / "bullmq-rules.yaml"
    profile.write_text(text)
    out = tmp_path / "out"
    result = runner.invoke(main, ["generate", "--spec", str(SPEC), "--out", str(out), "--docs", str(tmp_path / "docs"),
                                  "--profile", str(profile), "--no-semgrep"])
    assert result.exit_code == EXIT_BAD_INPUT, result.output
    assert f"bullmq-rules.yaml:{line}:" in result.output and words in result.output, result.output
    assert not out.exists()


def test_missing_profile_file(runner, tmp_path):
    result = runner.invoke(main, ["generate", "--spec", str(SPEC), "--out", str(tmp_path / "out"),
                                  "--profile", str(tmp_path / "nope.yaml"), "--no-semgrep"])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "profile file does not exist" in result.output


def test_new_rule_generates_then_fails_its_tests_until_cases_are_written(runner, tmp_path):
    spec = tmp_path / "rules-src"
    cases = tmp_path / "test-cases"
    shutil.copytree(SPEC, spec)
    shutil.copytree(CASES, cases, symlinks=True)
    result = runner.invoke(main, ["new-rule", "bullmq-example-new-rule", "--section", "retry", "--template",
                                  "option-value", "--spec", str(spec), "--cases", str(cases)])
    assert result.exit_code == 0, result.output
    out, docs = tmp_path / "generated-rules", tmp_path / "docs"
    result = runner.invoke(main, ["generate", "--spec", str(spec), "--out", str(out), "--docs", str(docs),
                                  "--cases", str(cases)])
    assert result.exit_code == 0, result.output
    assert (out / "retry" / "bullmq-example-new-rule.yaml").exists()
    result = runner.invoke(main, ["test", "--rules", str(out), "--cases", str(cases)])
    assert result.exit_code == 1, result.output
    assert "FAIL  bullmq-example-new-rule  missed" in result.output
    # once the cases are real (here: the stubs are replaced by code the filled-in rule flags), test passes
    entry = spec / "retry" / "bullmq-example-new-rule.yaml"
    data = yaml.safe_load(entry.read_text())
    data["parameters"] = {"option": "delay", "contexts": ["job-options"], "above": 86_400_000}
    entry.write_text(yaml.safe_dump(data))
    case = cases / "retry" / "bullmq-example-new-rule.ts"
    lines = []
    for n, line in enumerate(case.read_text().splitlines()):
        if "TODO: code the rule must flag" in line:
            line = f"new Queue('q{n}').add('x', {{}}, {{ delay: 99999999999 }});"
        elif "TODO: close code" in line:
            line = f"new Queue('q{n}').add('x', {{}}, {{ delay: 1000 }});"
        lines.append(line)
    case.write_text("\n".join(lines) + "\n")
    assert runner.invoke(main, ["generate", "--spec", str(spec), "--out", str(out), "--docs", str(docs),
                                "--cases", str(cases), "--no-semgrep"]).exit_code == 0
    result = runner.invoke(main, ["test", "--rules", str(out), "--cases", str(cases)])
    assert "PASS  bullmq-example-new-rule" in result.output, result.output


@pytest.mark.parametrize("args,words", [
    (["Bad_Id", "--section", "retry", "--template", "option-value"], "not kebab-case"),
    (["bullmq-x-y", "--section", "nowhere", "--template", "option-value"], "unknown section"),
    (["bullmq-x-y", "--section", "retry", "--template", "nope"], "unknown template"),
    (["bullmq-attempts-unbounded", "--section", "retry", "--template", "option-value"], "already exists"),
])
def test_new_rule_refuses_bad_arguments(runner, tmp_path, args, words):
    spec = tmp_path / "rules-src"
    shutil.copytree(SPEC, spec)
    result = runner.invoke(main, ["new-rule", *args, "--spec", str(spec), "--cases", str(CASES)])
    assert result.exit_code == EXIT_BAD_INPUT, result.output
    assert words in result.output


def test_scan_applies_the_profile_found_in_the_scanned_repository(tmp_path, monkeypatch):
    import json
    import subprocess
    import sys

    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copy(FIXTURES / "typeorm.ts", repo / "worker.ts")
    cli = [str(Path(sys.executable).parent / "bullmq-rules"), "scan", "--json", "."]

    def scan(*extra):
        proc = subprocess.run([*cli, *extra], cwd=repo, capture_output=True, text=True)
        data = json.loads(proc.stdout) if proc.stdout.strip() else {"findings": []}
        tenant = sorted(f["line"] for f in data["findings"] if f["rule_id"] == "bullmq-processor-create-missing-tenant")
        return proc.returncode, tenant, proc.stderr

    code, lines, _ = scan()
    assert lines == []  # the default pack knows Prisma only
    (repo / "bullmq-rules.yaml").write_text("tenant_fields: [organizationId]\norm: [typeorm]\n")
    code, lines, err = scan()
    expected = [n + 2 for n, text in enumerate((FIXTURES / "typeorm.ts").read_text().splitlines())
                if text.strip() == "// ruleid: bullmq-processor-create-missing-tenant"]
    assert code == 1 and lines == expected, err
    code, lines, _ = scan("--no-profile")
    assert lines == []
    (repo / "bullmq-rules.yaml").write_text("orm: [sequelize]\n")
    code, _, err = scan()
    assert code == EXIT_BAD_INPUT and "bullmq-rules.yaml:1:" in err and "not an allowed value" in err
