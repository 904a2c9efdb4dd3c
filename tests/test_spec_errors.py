"""A bad spec gives one clear line per problem with file:line and the fix, exit 2, and writes nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import EXIT_BAD_INPUT

ATTEMPTS = Path("retry") / "bullmq-attempts-unbounded.yaml"
LIMITER = Path("concurrency") / "bullmq-limiter-groupkey.yaml"


def edit(spec: Path, rel: Path, old: str, new: str) -> Path:
    path = spec / rel
    text = path.read_text()
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1))
    return path


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def generate(runner, spec: Path, out: Path):
    return runner.invoke(main, ["generate", "--spec", str(spec), "--out", str(out), "--docs", str(out.parent / "docs"),
                                "--no-semgrep"])


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    (out / "sentinel.yaml").write_text("untouched\n")
    return out


def assert_rejected(result, out: Path, file: Path, line: int, *words: str) -> str:
    assert result.exit_code == EXIT_BAD_INPUT, result.output
    errors = [l for l in result.output.splitlines() if l.startswith("error: ")]
    assert errors, result.output
    located = [e for e in errors if f"{file.name}:{line}:" in e]
    assert located, f"expected an error at {file.name}:{line}, got:\n{result.output}"
    for word in words:
        assert any(word in e for e in located), f"{word!r} missing from {located}"
    assert all("(fix: " in e for e in errors), errors
    # nothing was written: the output folder is exactly as before
    assert sorted(p.name for p in out.rglob("*")) == ["sentinel.yaml"]
    return "\n".join(located)


def test_invalid_yaml(runner, spec_copy, out_dir):
    path = edit(spec_copy, ATTEMPTS, "severity: ERROR", "severity: [ERROR")
    result = generate(runner, spec_copy, out_dir)
    assert_rejected(result, out_dir, path, line_of(path, "confidence: HIGH"), "invalid YAML")


def test_duplicate_key_is_invalid_yaml(runner, spec_copy, out_dir):
    path = edit(spec_copy, ATTEMPTS, "severity: ERROR", "severity: ERROR\nseverity: INFO")
    result = generate(runner, spec_copy, out_dir)
    assert_rejected(result, out_dir, path, line_of(path, "severity: INFO"), "invalid YAML", "duplicate")


def test_unknown_key(runner, spec_copy, out_dir):
    path = edit(spec_copy, ATTEMPTS, "severity: ERROR", "severity: ERROR\nseverty: INFO")
    result = generate(runner, spec_copy, out_dir)
    assert_rejected(result, out_dir, path, line_of(path, "severty"), "unknown key 'severty'")


def test_missing_field(runner, spec_copy, out_dir):
    path = edit(spec_copy, ATTEMPTS, "confidence: HIGH\n", "")
    result = generate(runner, spec_copy, out_dir)
    assert_rejected(result, out_dir, path, 1, "missing field 'confidence'")


def test_wrong_enum_value(runner, spec_copy, out_dir):
    path = edit(spec_copy, ATTEMPTS, "severity: ERROR", "severity: CRITICAL")
    result = generate(runner, spec_copy, out_dir)
    assert_rejected(result, out_dir, path, line_of(path, "severity: CRITICAL"), "'CRITICAL'", "ERROR, WARNING, INFO")


def test_duplicate_id(runner, spec_copy, out_dir):
    copy = spec_copy / "retry" / "bullmq-attempts-unbounded-copy.yaml"
    copy.write_text((spec_copy / ATTEMPTS).read_text())
    result = generate(runner, spec_copy, out_dir)
    # the copy's id no longer matches its file name, and the id is taken
    assert_rejected(result, out_dir, copy, line_of(copy, "id: "), "does not match the file name")


def test_duplicate_id_across_sections(runner, spec_copy, out_dir):
    (spec_copy / "memory").mkdir(exist_ok=True)
    moved = spec_copy / "memory" / "bullmq-attempts-unbounded.yaml"
    moved.write_text((spec_copy / ATTEMPTS).read_text().replace("section: retry", "section: memory")
                     .replace("item: attempts-limited", "item: remove-on-complete"))
    result = generate(runner, spec_copy, out_dir)
    text = assert_rejected(result, out_dir, moved, line_of(moved, "id: "), "duplicate rule id")
    assert "retry/bullmq-attempts-unbounded.yaml" in text


def test_unknown_template(runner, spec_copy, out_dir):
    path = edit(spec_copy, ATTEMPTS, "template: option-value", "template: option-valu")
    result = generate(runner, spec_copy, out_dir)
    assert_rejected(result, out_dir, path, line_of(path, "template:"), "unknown template 'option-valu'", "option-value")


def test_wrong_parameter_type(runner, spec_copy, out_dir):
    path = edit(spec_copy, ATTEMPTS, "above: {profile: thresholds.max_attempts, default: 25}", "above: lots")
    result = generate(runner, spec_copy, out_dir)
    assert_rejected(result, out_dir, path, line_of(path, "above: lots"), "parameter 'above'", "whole number")


def test_parameter_must_be_an_identifier(runner, spec_copy, out_dir):
    path = edit(spec_copy, ATTEMPTS, "option: attempts", "option: 'attempts: 1 }'")
    result = generate(runner, spec_copy, out_dir)
    assert_rejected(result, out_dir, path, line_of(path, "option: "), "parameter 'option'", "identifier")


def test_unknown_parameter(runner, spec_copy, out_dir):
    path = edit(spec_copy, ATTEMPTS, "  above:", "  beneath: 3\n  above:")
    result = generate(runner, spec_copy, out_dir)
    assert_rejected(result, out_dir, path, line_of(path, "beneath: 3"), "unknown parameter 'beneath'")


def test_bad_regex(runner, spec_copy, out_dir):
    path = edit(spec_copy, Path("bull-board") / "bull-board-unauthenticated.yaml", "parameters:\n",
                "parameters:\n  auth_regex: '(auth|login'\n")
    result = generate(runner, spec_copy, out_dir)
    assert_rejected(result, out_dir, path, line_of(path, "  auth_regex: "), "not a valid regex")


def test_unknown_checklist_item(runner, spec_copy, out_dir):
    path = edit(spec_copy, ATTEMPTS, "item: attempts-limited", "item: attempts-capped")
    result = generate(runner, spec_copy, out_dir)
    assert_rejected(result, out_dir, path, line_of(path, "item: attempts-capped"), "unknown item", "attempts-limited")


def test_reference_must_be_a_url(runner, spec_copy, out_dir):
    path = edit(spec_copy, LIMITER, "  - https://docs.bullmq.io/guide/rate-limiting", "  - docs/rate-limiting")
    result = generate(runner, spec_copy, out_dir)
    assert_rejected(result, out_dir, path, line_of(path, "docs/rate-limiting"), "wrong form")


def test_every_problem_is_reported_at_once(runner, spec_copy, out_dir):
    edit(spec_copy, ATTEMPTS, "severity: ERROR", "severity: LOUD")
    edit(spec_copy, LIMITER, "confidence: HIGH", "confidence: SURE")
    result = generate(runner, spec_copy, out_dir)
    assert result.exit_code == EXIT_BAD_INPUT
    assert len(re.findall(r"^error: ", result.output, re.M)) == 2, result.output
    assert "2 problem(s); nothing was written." in result.output


def test_missing_spec_folder(runner, tmp_path, out_dir):
    result = generate(runner, tmp_path / "nope", out_dir)
    assert result.exit_code == EXIT_BAD_INPUT
    assert "spec folder does not exist" in result.output


def test_parameter_from_an_unknown_profile_key(runner, spec_copy, out_dir):
    path = edit(spec_copy, ATTEMPTS, "{profile: thresholds.max_attempts,", "{profile: thresholds.max_retries,")
    result = generate(runner, spec_copy, out_dir)
    assert_rejected(result, out_dir, path, line_of(path, "max_retries"), "unknown profile key", "thresholds.max_attempts")
