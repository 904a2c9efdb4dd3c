"""The generator end to end: load spec -> validate -> render -> build rules -> check rules."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import build, rule_check
from .errors import InputError
from .spec import RuleSpec, Spec, load_spec
from .templates import TemplateLibrary


@dataclass
class Pack:
    spec: Spec
    rules: list[tuple[RuleSpec, dict[str, Any]]]
    files: dict[Path, str]


def build_pack(spec_dir: Path, template_dirs: list[Path] | None = None) -> Pack:
    """Everything up to, and including, the check against semgrep's rule schema. Raises InputError."""
    templates = TemplateLibrary(template_dirs)
    spec = load_spec(spec_dir, templates)
    rules = build.render_rules(spec, templates)
    problems = rule_check.schema_problems(rules)
    if problems:
        raise InputError(problems)
    return Pack(spec, rules, build.render_files(rules))


def check_in_semgrep(pack: Pack, cases_dir: Path) -> None:
    """Load the pack in semgrep over the test cases; a rule semgrep rejects is an InputError."""
    problems = rule_check.load_problems(pack.files, pack.rules, cases_dir)
    if problems:
        raise InputError(problems)
