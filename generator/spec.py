"""Load and validate the spec: rules-src/checklist.yaml and one rules-src/<section>/<id>.yaml per rule."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema

from . import yamlsource
from .errors import InputError, Problem, display_path
from .templates import TemplateLibrary

SCHEMA_PATH = Path(__file__).parent / "schema" / "rule-spec.schema.json"
CHECKLIST_FILE = "checklist.yaml"
COVERAGE_FILE = "coverage.yaml"
TOP_LEVEL_FILES = (CHECKLIST_FILE, COVERAGE_FILE)


@dataclass(frozen=True)
class Checklist:
    """Sections of the reviewer checklist, each with its items (id -> text)."""

    sections: dict[str, dict[str, Any]]

    def item_text(self, section: str, item: str) -> str:
        return self.sections[section]["items"][item]


@dataclass(frozen=True)
class RuleSpec:
    """One validated spec entry, with its template parameters resolved (defaults filled in)."""

    data: dict[str, Any]
    parameters: dict[str, Any]
    source: str  # the spec file as the user names it
    relpath: Path  # <section>/<id>, shared by the spec, the generated rule, the test case and the docs
    line: int

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def section(self) -> str:
        return self.data["checklist"]["section"]

    @property
    def tier(self) -> str:
        return self.data.get("tier", "default")

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


@dataclass(frozen=True)
class Coverage:
    """What the rules alone do not say: unchecked items' reasons, peer tools' checks, dropped candidates."""

    not_checkable: dict[str, str]  # "<section>.<item>" -> why no rule can check it
    peers: dict[str, dict[str, dict[str, Any]]]  # tool -> its check -> {rules: [...], note: ...}
    dropped: dict[str, str]  # candidate id -> why it is not a rule


@dataclass(frozen=True)
class Spec:
    checklist: Checklist
    rules: list[RuleSpec]
    coverage: Coverage = Coverage({}, {}, {})


def load_spec(spec_dir: Path, templates: TemplateLibrary, profile=None) -> Spec:
    """Read every spec file under `spec_dir`; raise InputError listing every problem found."""
    if not spec_dir.is_dir():
        raise InputError([Problem(display_path(spec_dir), 1, "spec folder does not exist",
                                  "pass the folder holding checklist.yaml and <section>/<id>.yaml files")])
    checklist = load_checklist(spec_dir / CHECKLIST_FILE)
    problems: list[Problem] = []
    rules: list[RuleSpec] = []
    seen: dict[str, RuleSpec] = {}
    files = _spec_files(spec_dir, problems)
    for path in files:
        try:
            rule = _load_entry(path, spec_dir, checklist, templates, profile)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if rule.id in seen:
            first = seen[rule.id]
            problems.append(Problem(rule.source, rule.line, f"duplicate rule id '{rule.id}' (also in {first.source}:{first.line})",
                                    "give each rule its own id"))
            continue
        seen[rule.id] = rule
        rules.append(rule)
    coverage = None
    try:
        # ids by file name, so that a rule that failed to load does not also fail the coverage file
        coverage = load_coverage(spec_dir / COVERAGE_FILE, checklist, set(seen) | {p.stem for p in files})
    except InputError as exc:
        problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    rules.sort(key=lambda r: str(r.relpath))
    return Spec(checklist, rules, coverage)


def load_coverage(path: Path, checklist: Checklist, rule_ids: set[str]) -> Coverage:
    if not path.exists():
        return Coverage({}, {}, {})
    located = yamlsource.load(path)
    data = located.data or {}
    problems: list[Problem] = []
    if not isinstance(data, dict) or set(data) - {"not-checkable", "peers", "dropped"}:
        raise InputError([located.problem((), "coverage.yaml takes only not-checkable, peers and dropped",
                                          "remove other keys")])
    not_checkable = data.get("not-checkable") or {}
    for key, reason in not_checkable.items():
        section, _, item = key.partition(".")
        if item not in checklist.sections.get(section, {}).get("items", {}):
            problems.append(located.problem(("not-checkable", key), f"'{key}' is not a checklist item",
                                            "write <section>.<item> as in checklist.yaml"))
        if not isinstance(reason, str) or not reason.strip():
            problems.append(located.problem(("not-checkable", key), f"'{key}' needs the reason", "write why"))
    peers = data.get("peers") or {}
    for tool, checks in peers.items():
        for check, entry in (checks or {}).items():
            where = ("peers", tool, check)
            if not isinstance(entry, dict) or not isinstance(entry.get("rules"), list):
                problems.append(located.problem(where, f"peer check '{check}' needs a rules list",
                                                "write rules: [<rule id>, ...] and an optional note"))
                continue
            for rule_id in entry["rules"]:
                if rule_id not in rule_ids:
                    problems.append(located.problem(where, f"unknown rule id '{rule_id}'", "name an existing rule"))
    dropped = data.get("dropped") or {}
    for candidate, reason in dropped.items():
        if not isinstance(reason, str) or not reason.strip():
            problems.append(located.problem(("dropped", candidate), f"dropped '{candidate}' needs the reason",
                                            "write why it is not a rule"))
    if problems:
        raise InputError(problems)
    return Coverage(dict(not_checkable), dict(peers), dict(dropped))


def load_checklist(path: Path) -> Checklist:
    located = yamlsource.load(path) if path.exists() else None
    if located is None:
        raise InputError([Problem(display_path(path), 1, "checklist file is missing",
                                  "create checklist.yaml with sections: {<section>: {source, items: {<item>: text}}}")])
    data = located.data
    problems: list[Problem] = []
    if not isinstance(data, dict) or not isinstance(data.get("sections"), dict) or not data["sections"]:
        raise InputError([located.problem((), "checklist needs a non-empty 'sections' mapping",
                                          "write sections: {<section>: {source: ..., items: {<item>: text}}}")])
    for name, section in data["sections"].items():
        where = ("sections", name)
        if not isinstance(section, dict) or not isinstance(section.get("items"), dict) or not section["items"]:
            problems.append(located.problem(where, f"section '{name}' needs a non-empty 'items' mapping",
                                            "add items: {<item-id>: <question text>}"))
            continue
        for item, text in section["items"].items():
            if not isinstance(text, str) or not text.strip():
                problems.append(located.problem(where + ("items", item), f"item '{item}' needs its question text",
                                                "write the checklist question as a string"))
    if problems:
        raise InputError(problems)
    return Checklist(data["sections"])


def _spec_files(spec_dir: Path, problems: list[Problem]) -> list[Path]:
    files = []
    for path in sorted(spec_dir.rglob("*")):
        if path.is_dir() or path.name in TOP_LEVEL_FILES and path.parent == spec_dir:
            continue
        rel = path.relative_to(spec_dir)
        if path.suffix in (".yml",) or (path.suffix == ".yaml" and len(rel.parts) != 2):
            problems.append(Problem(display_path(path), 1, "spec file is not at rules-src/<section>/<id>.yaml",
                                    "move it into its section folder and name it <id>.yaml"))
            continue
        if path.suffix == ".yaml":
            files.append(path)
    return files


def _schema_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _load_entry(path: Path, spec_dir: Path, checklist: Checklist, templates: TemplateLibrary, profile=None) -> RuleSpec:
    located = yamlsource.load(path)
    data = located.data
    if not isinstance(data, dict):
        raise InputError([located.problem((), "a spec entry must be a YAML mapping",
                                          "write id:, title:, checklist:, ... as in the other files of rules-src/")])
    problems = [_schema_problem(located, error) for error in _schema_validator().iter_errors(data)]
    if problems:
        raise InputError(problems)

    section_dir = path.parent.name
    if data["id"] != path.stem:
        problems.append(located.problem(("id",), f"id '{data['id']}' does not match the file name '{path.name}'",
                                        f"rename the file to {data['id']}.yaml or change the id"))
    section, item = data["checklist"]["section"], data["checklist"]["item"]
    if section not in checklist.sections:
        problems.append(located.problem(("checklist", "section"), f"unknown checklist section '{section}'",
                                        f"use one of: {', '.join(checklist.sections)}"))
    else:
        if item not in checklist.sections[section]["items"]:
            problems.append(located.problem(("checklist", "item"), f"unknown item '{item}' in section '{section}'",
                                            f"use one of: {', '.join(checklist.sections[section]['items'])}"))
        for index, other in enumerate(data["checklist"].get("also", [])):
            other_section, _, other_item = other.partition(".")
            if other_item not in checklist.sections.get(other_section, {}).get("items", {}):
                problems.append(located.problem(("checklist", "also", index), f"'{other}' is not a checklist item",
                                                "write <section>.<item> as in checklist.yaml"))
        if section != section_dir:
            problems.append(located.problem(("checklist", "section"),
                                            f"section '{section}' does not match the folder '{section_dir}'",
                                            f"move the file to rules-src/{section}/ or change the section"))
    parameters: dict[str, Any] = {}
    if "template" in data:
        name = data["template"]
        if name not in templates.templates:
            problems.append(located.problem(("template",), f"unknown template '{name}'",
                                            f"use one of: {', '.join(templates.names())}"))
        else:
            given = data.get("parameters") or {}
            try:
                parameters = templates.resolve_parameters(name, given, located.problem, profile)
            except InputError as exc:
                problems.extend(exc.problems)
    elif "parameters" in data:
        problems.append(located.problem(("parameters",), "parameters are given but no template",
                                        "add template: <name>, or remove parameters"))
    if problems:
        raise InputError(problems)
    return RuleSpec(
        data=data,
        parameters=parameters,
        source=located.name,
        relpath=Path(section) / data["id"],
        line=located.line_of(("id",)),
    )


def _schema_problem(located: yamlsource.Located, error: jsonschema.ValidationError) -> Problem:
    path = tuple(error.absolute_path)
    where = ".".join(str(p) for p in path) or "the entry"
    kind = error.validator
    if kind == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - set(allowed))
        key = extra[0] if extra else "?"
        return located.problem(path + (key,), f"unknown key '{key}' in {where}",
                               f"remove it or correct its spelling; allowed keys: {', '.join(allowed)}")
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return located.problem(path, f"missing field '{missing}' in {where}",
                               f"add '{missing}' (see generator/schema/rule-spec.schema.json)")
    if kind == "oneOf" and not path:
        return located.problem(path, "give exactly one of 'template' (with parameters) or 'patterns'",
                               "use a template, or rarely an explicit patterns block, not both and not neither")
    if kind == "enum":
        options = ", ".join(str(o) for o in error.validator_value)
        return located.problem(path, f"{where} is {error.instance!r}, not an allowed value", f"use one of: {options}")
    if kind == "type":
        return located.problem(path, f"{where} must be of type {error.validator_value}, got {type(error.instance).__name__}",
                               f"write {where} as a {error.validator_value}")
    if kind == "pattern":
        return located.problem(path, f"{where} value {error.instance!r} has the wrong form",
                               f"match the pattern {error.validator_value}")
    return located.problem(path, f"{where}: {error.message}", "see generator/schema/rule-spec.schema.json")
