"""The generated rules as a catalogue: where they are (checkout or installed wheel), and their metadata.

`generated-rules/` (and `generated-rules-audit/` for the audit tier) is the single committed copy. The
wheel ships them as package data under `generator/rules/` and `generator/rules_audit/` (mapped in
pyproject.toml), so an installed pack finds its rules beside this module and a source checkout finds
them in `../generated-rules/` and `../generated-rules-audit/`.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
INSTALLED_RULES = PACKAGE_DIR / "rules"
CHECKOUT_RULES = PACKAGE_DIR.parent / "generated-rules"
INSTALLED_AUDIT_RULES = PACKAGE_DIR / "rules_audit"
CHECKOUT_AUDIT_RULES = PACKAGE_DIR.parent / "generated-rules-audit"
INSTALLED_SPEC = PACKAGE_DIR / "spec_data"
CHECKOUT_SPEC = PACKAGE_DIR.parent / "rules-src"
RULE_SUFFIXES = (".yaml", ".yml")
SEVERITIES = ("INFO", "WARNING", "ERROR")  # ascending
DOC_URL = "https://github.com/bullmq-rules/bullmq-rules/blob/main/docs/rules/{section}/{id}.md"


class CatalogError(Exception):
    """The rules could not be found or read."""


def default_rules_path() -> Path:
    """The rules this installation ships: package data in a wheel, generated-rules/ in a checkout."""
    for candidate in (INSTALLED_RULES, CHECKOUT_RULES):
        if candidate.is_dir() and any(candidate.rglob("*.yaml")):
            return candidate
    raise CatalogError(f"no bundled rules: neither {INSTALLED_RULES} nor {CHECKOUT_RULES} holds any "
                       "(reinstall bullmq-rules, or run `bullmq-rules generate` in a checkout)")


def audit_rules_path() -> Path | None:
    """The audit tier this installation ships, if any (same places as the default rules)."""
    for candidate in (INSTALLED_AUDIT_RULES, CHECKOUT_AUDIT_RULES):
        if candidate.is_dir() and any(candidate.rglob("*.yaml")):
            return candidate
    return None


def default_spec_path() -> Path:
    """The spec this installation ships (package data in a wheel, rules-src/ in a checkout)."""
    for candidate in (INSTALLED_SPEC, CHECKOUT_SPEC):
        if (candidate / "checklist.yaml").is_file():
            return candidate
    raise CatalogError(f"no bundled spec: neither {INSTALLED_SPEC} nor {CHECKOUT_SPEC} holds checklist.yaml "
                       "(reinstall bullmq-rules)")


@dataclass(frozen=True)
class Rule:
    """One rule of the pack, with the metadata every consumer (list, explain, SARIF, report) reads."""

    id: str
    data: dict[str, Any] = field(repr=False, compare=False)
    relpath: str = ""  # e.g. retry/bullmq-attempts-unbounded.yaml, empty for a single-file config

    @property
    def metadata(self) -> dict[str, Any]:
        return self.data.get("metadata") or {}

    @property
    def severity(self) -> str:
        return str(self.data.get("severity", "WARNING")).upper()

    @property
    def message(self) -> str:
        return " ".join(str(self.data.get("message", "")).split())

    @property
    def title(self) -> str:
        return str(self.metadata.get("title") or self.id)

    @property
    def confidence(self) -> str:
        return str(self.metadata.get("confidence") or "MEDIUM").upper()

    @property
    def tier(self) -> str:
        return str(self.metadata.get("tier") or "default")

    @property
    def category(self) -> str:
        return str(self.metadata.get("category") or "")

    @property
    def checklist(self) -> dict[str, str]:
        return dict(self.metadata.get("checklist") or {})

    @property
    def section(self) -> str:
        return self.checklist.get("section") or (self.relpath.split("/")[0] if "/" in self.relpath else "")

    @property
    def is_security(self) -> bool:
        return self.category == "security"

    @property
    def doc_url(self) -> str:
        return DOC_URL.format(section=self.section or "misc", id=self.id)

    def as_list(self, key: str) -> list[str]:
        value = self.metadata.get(key) or []
        return [str(v) for v in (value if isinstance(value, list) else [value])]


def _rule_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.suffix in RULE_SUFFIXES and p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(path).parts))


def load(path: Path | None = None) -> list[Rule]:
    """Every rule in a folder of rule files (or one rules file), ordered by file then position."""
    path = path or default_rules_path()
    if not path.exists():
        raise CatalogError(f"{path}: no such file or folder")
    rules: list[Rule] = []
    for file in _rule_files(path):
        try:
            doc = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise CatalogError(f"{file}: cannot read rules: {exc}") from exc
        entries = doc.get("rules") if isinstance(doc, dict) else None
        if not isinstance(entries, list):
            raise CatalogError(f"{file}: not a semgrep rules file (no top-level `rules:` list)")
        rel = "" if path.is_file() else file.relative_to(path).as_posix()
        for entry in entries:
            if isinstance(entry, dict) and entry.get("id"):
                rules.append(Rule(str(entry["id"]), entry, rel))
    return rules


class Catalog:
    """Rules by id, with semgrep's path-prefixed ids mapped back to the bare id."""

    def __init__(self, rules: list[Rule]):
        self.rules = rules
        self.by_id = {rule.id: rule for rule in rules}

    @classmethod
    def load(cls, path: Path | None = None) -> "Catalog":
        return cls(load(path))

    @classmethod
    def load_all(cls, paths: list[Path]) -> "Catalog":
        return cls([rule for path in paths for rule in load(path)])

    def bare_id(self, check_id: str) -> str:
        """`generated-rules.retry.bullmq-attempts-unbounded` -> `bullmq-attempts-unbounded`."""
        if check_id in self.by_id:
            return check_id
        for rule_id in self.by_id:
            if check_id.endswith("." + rule_id):
                return rule_id
        return check_id.rsplit(".", 1)[-1]

    def get(self, rule_id: str) -> Rule | None:
        return self.by_id.get(self.bare_id(rule_id))

    def suggest(self, rule_id: str, n: int = 3) -> list[str]:
        wanted = self.bare_id(rule_id)
        close = difflib.get_close_matches(wanted, list(self.by_id), n=n, cutoff=0.6)
        if not close:
            close = [rid for rid in self.by_id if wanted and (wanted in rid or rid in wanted)][:n]
        return close


def severity_rank(severity: str) -> int:
    try:
        return SEVERITIES.index(severity.upper())
    except ValueError:
        return SEVERITIES.index("WARNING")
