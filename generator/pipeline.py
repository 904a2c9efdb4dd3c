"""The generator end to end: load spec -> validate -> render -> build rules -> check rules."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from . import build, docs, rule_check, tiers, writer
from .errors import InputError
from .profile import Profile
from .spec import RuleSpec, Spec, load_spec
from .templates import TemplateLibrary


@dataclass
class Pack:
    spec: Spec
    rules: list[tuple[RuleSpec, dict[str, Any]]]
    files: dict[Path, str]  # every rule, relative to its tier's rules folder (ids, hence paths, are unique)
    docs: dict[Path, str]  # relative to the docs folder: the catalog and the coverage matrix

    def tier_files(self, tier: str) -> dict[Path, str]:
        return {build.output_path(rule): self.files[build.output_path(rule)]
                for rule, _ in self.rules if rule.tier == tier}


def build_pack(spec_dir: Path, template_dirs: list[Path] | None = None, cases_dir: Path = Path("test-cases"),
               profile: Profile | None = None) -> Pack:
    """Everything up to, and including, the check against semgrep's rule schema. Raises InputError."""
    templates = TemplateLibrary(template_dirs)
    spec = load_spec(spec_dir, templates, profile)
    if profile is not None:
        spec = apply_rule_switches(spec, profile)
    rules = build.render_rules(spec, templates)
    problems = rule_check.schema_problems(rules)
    if problems:
        raise InputError(problems)
    return Pack(spec, rules, build.render_files(rules), docs.render_docs(spec, rules, cases_dir))


def apply_rule_switches(spec: Spec, profile: Profile) -> Spec:
    """Keep the rules of the profile's tiers and those it switches on; drop the ones it switches off; set
    the severities it chooses."""
    known = {rule.id for rule in spec.rules}
    problems = [profile.problem(("rules", rule_id), f"unknown rule id '{rule_id}'",
                                "use an id from `bullmq-rules list` or docs/rules/README.md")
                for rule_id in profile.rule_switches if rule_id not in known]
    if problems:
        raise InputError(problems)
    rules = []
    for rule in spec.rules:
        switch = profile.rule_switches.get(rule.id, {})
        enabled = switch.get("enabled", rule.tier in profile.tiers)
        if not enabled:
            continue
        if "severity" in switch:
            rule = replace(rule, data={**rule.data, "severity": switch["severity"]})
        rules.append(rule)
    return replace(spec, rules=rules)


def rule_folders(pack: Pack, out_dir: Path, merged: bool) -> dict[Path, dict[Path, str]]:
    """Rules folder -> its files: one folder per tier (`out_dir`, `out_dir`-audit), or all in `out_dir`."""
    if merged:
        return {out_dir: pack.files}
    return {tiers.folder(out_dir, tier): pack.tier_files(tier) for tier in tiers.TIERS}


def stale(pack: Pack, out_dir: Path, docs_dir: Path, merged: bool = False) -> str:
    """The diff between what is on disk and what the spec generates; empty when all is up to date."""
    catalog = {p.relative_to(docs.CATALOG_DIR): t for p, t in pack.docs.items() if p.parts[0] == docs.CATALOG_DIR}
    return ("".join(writer.diff(folder, files) for folder, files in rule_folders(pack, out_dir, merged).items())
            + writer.diff(docs_dir / docs.CATALOG_DIR, catalog, pattern="*.md")
            + writer.diff_file(docs_dir / docs.COVERAGE_FILE, pack.docs[Path(docs.COVERAGE_FILE)]))


def write(pack: Pack, out_dir: Path, docs_dir: Path, merged: bool = False) -> None:
    """Replace each rules folder and the catalog folder as wholes, and the coverage matrix.

    `merged` (a tailored pack) puts every tier the profile kept in `out_dir`."""
    catalog = {p.relative_to(docs.CATALOG_DIR): t for p, t in pack.docs.items() if p.parts[0] == docs.CATALOG_DIR}
    for folder, files in rule_folders(pack, out_dir, merged).items():
        writer.write_tree(folder, files)
    writer.write_tree(docs_dir / docs.CATALOG_DIR, catalog)
    writer.write_file(docs_dir / docs.COVERAGE_FILE, pack.docs[Path(docs.COVERAGE_FILE)])


def check_in_semgrep(pack: Pack, cases_dir: Path) -> None:
    """Load the pack in semgrep over the test cases; a rule semgrep rejects is an InputError."""
    problems = rule_check.load_problems(pack.files, pack.rules, cases_dir)
    if problems:
        raise InputError(problems)
