"""`bullmq-rules new-rule`: a spec entry and a test-case file to fill in, for a new rule."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError, Problem, display_path
from .spec import load_checklist
from .templates import TemplateLibrary

ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)+$")

# A placeholder of each parameter type that validates, renders and parses, but matches nothing real.
PLACEHOLDERS: dict[str, Any] = {
    "identifier": "todoOption",
    "identifiers": ["todoOption"],
    "expressions": ["todoValue"],
    "integer": 0,
    "boolean": False,
    "string": "todo",
    "regex": "^todo$",
    "patterns": ["todoReplaceWithTheShapeToFlag(...)"],
    "contexts": ["job-options"],
    "regex-map": {"$TODO": "^todo$"},
}


def placeholder(param) -> Any:
    if param.choices:
        return [param.choices[0]] if param.type == "choices" else param.choices[0]
    return PLACEHOLDERS[param.type]


def new_rule(rule_id: str, section: str, template: str, item: str | None, spec_dir: Path, cases_dir: Path,
             templates: TemplateLibrary) -> tuple[Path, Path]:
    """Write the two files; refuse (InputError) rather than overwrite anything."""
    checklist = load_checklist(spec_dir / "checklist.yaml")
    problems = []
    here = "command line"
    if not ID_PATTERN.match(rule_id):
        problems.append(Problem(here, 1, f"rule id {rule_id!r} is not kebab-case with a library prefix",
                                "use e.g. bullmq-worker-something"))
    if section not in checklist.sections:
        problems.append(Problem(here, 1, f"unknown section {section!r}", f"use one of: {', '.join(checklist.sections)}"))
    elif item is not None and item not in checklist.sections[section]["items"]:
        problems.append(Problem(here, 1, f"unknown item {item!r} in section {section!r}",
                                f"use one of: {', '.join(checklist.sections[section]['items'])}"))
    if template not in templates.templates:
        problems.append(Problem(here, 1, f"unknown template {template!r}", f"use one of: {', '.join(templates.names())}"))
    spec_path = spec_dir / section / f"{rule_id}.yaml"
    case_path = cases_dir / section / f"{rule_id}.ts"
    for path in (spec_path, case_path):
        if path.exists():
            problems.append(Problem(display_path(path), 1, "file already exists", "choose another id, or edit that file"))
    if problems:
        raise InputError(problems)

    item = item or next(iter(checklist.sections[section]["items"]))
    # parameters with a default are left out: the template applies it
    params = {name: placeholder(p) for name, p in templates.templates[template].parameters.items()
              if p.required or p.default is None}
    entry: dict[str, Any] = {
        "id": rule_id,
        "title": "TODO: what the rule finds, in a few words",
        "checklist": {"section": section, "item": item},
        "libraries": ["bullmq"],
        "versions": {"bullmq": ">=5.0.0"},
        "severity": "WARNING",
        "confidence": "MEDIUM",
        "likelihood": "MEDIUM",
        "impact": "MEDIUM",
        "category": "correctness",
        "subcategory": "guardrail",
        "message": "TODO: what is wrong, why it matters, and the fix in the real API (use ... instead).",
        "references": ["https://docs.bullmq.io/"],
        "limitations": ["TODO: known gaps, or remove this list."],
        "template": template,
    }
    if params:
        entry["parameters"] = params
    header = (
        "# yaml-language-server: $schema=../../generator/schema/rule-spec.schema.json\n"
        f"# New rule from template '{template}': {templates.templates[template].description.strip()}\n"
        "# Fill in every TODO, pick the checklist item, then write the cases in "
        f"test-cases/{section}/{rule_id}.ts.\n"
    )
    body = yaml.safe_dump(entry, sort_keys=False, allow_unicode=True, width=100)
    cases = (
        f"// Test cases for {rule_id}: each annotation sits on the line before the code it is about.\n"
        "// Replace every TODO with real code; keep at least four of each kind, near misses included.\n"
        "import { Queue, Worker } from 'bullmq';\n\n"
        + "".join(f"// ruleid: {rule_id}\n// TODO: code the rule must flag ({n})\n\n" for n in range(1, 5))
        + "".join(f"// ok: {rule_id}\n// TODO: close code the rule must NOT flag ({n})\n\n" for n in range(1, 5))
        + "export { Queue, Worker };\n"
    )
    spec_path.parent.mkdir(parents=True, exist_ok=True)
    case_path.parent.mkdir(parents=True, exist_ok=True)
    spec_path.write_text(header + body, encoding="utf-8")
    case_path.write_text(cases, encoding="utf-8")
    return spec_path, case_path
