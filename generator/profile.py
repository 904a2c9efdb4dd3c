"""Profiles: one organisation's names, libraries, thresholds and rule switches, applied when generating.

A spec parameter takes a profile value with `{profile: <key>, default: <value>}`; the profile file is
`bullmq-rules.yaml` at the root of the scanned repository, or `--profile FILE`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema

from . import yamlsource
from .errors import InputError, Problem, display_path

PROFILE_FILE = "bullmq-rules.yaml"
SCHEMA_PATH = Path(__file__).parent / "schema" / "profile.schema.json"


def _schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def parameter_keys() -> set[str]:
    """Profile keys a spec parameter may refer to: top-level values and `thresholds.<name>`."""
    props = _schema()["properties"]
    keys = {k for k in props if k not in ("thresholds", "rules")}
    keys |= {f"thresholds.{k}" for k in props["thresholds"]["properties"]}
    return keys


@dataclass(frozen=True)
class Profile:
    source: str
    values: dict[str, Any] = field(default_factory=dict)
    lines: dict[tuple, int] = field(default_factory=dict)

    def lookup(self, key: str) -> tuple[bool, Any]:
        node: Any = self.values
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return False, None
            node = node[part]
        return True, node

    @property
    def rule_switches(self) -> dict[str, dict[str, Any]]:
        return self.values.get("rules", {})

    @property
    def tiers(self) -> list[str]:
        return self.values.get("tiers", ["default"])

    def problem(self, path: tuple, message: str, fix: str) -> Problem:
        line = 1
        while path:
            if path in self.lines:
                line = self.lines[path]
                break
            path = path[:-1]
        return Problem(self.source, line, message, fix)


def load_profile(path: Path) -> Profile:
    if not path.is_file():
        raise InputError([Problem(display_path(path), 1, "profile file does not exist",
                                  "pass an existing YAML file, e.g. bullmq-rules.yaml")])
    located = yamlsource.load(path)
    data = located.data if located.data is not None else {}
    profile = Profile(located.name, data if isinstance(data, dict) else {}, located.lines)
    if not isinstance(data, dict):
        raise InputError([located.problem((), "a profile must be a YAML mapping",
                                          "write keys such as tenant_fields: [organizationId]")])
    problems = []
    for error in sorted(jsonschema.Draft202012Validator(_schema()).iter_errors(data), key=lambda e: list(e.path)):
        path_ = tuple(error.absolute_path)
        where = ".".join(str(p) for p in path_) or "the profile"
        if error.validator == "additionalProperties":
            allowed = sorted(error.schema.get("properties", {}))
            extra = sorted(set(error.instance) - set(allowed))
            problems.append(profile.problem(path_ + (extra[0],), f"unknown key '{extra[0]}' in {where}",
                                            f"remove it; allowed keys: {', '.join(allowed)}"))
        elif error.validator == "enum":
            problems.append(profile.problem(path_, f"{where} is {error.instance!r}, not an allowed value",
                                            "use one of: " + ", ".join(map(str, error.validator_value))))
        elif error.validator == "pattern":
            problems.append(profile.problem(path_, f"{where} value {error.instance!r} is not a name",
                                            "write a JavaScript identifier such as organizationId"))
        elif error.validator == "type":
            problems.append(profile.problem(path_, f"{where} must be of type {error.validator_value}",
                                            f"write {where} as a {error.validator_value}"))
        else:
            problems.append(profile.problem(path_, f"{where}: {error.message}", "see generator/schema/profile.schema.json"))
    if problems:
        raise InputError(problems)
    return profile


def find_profile(scan_root: Path) -> Path | None:
    """The profile of a scanned repository: bullmq-rules.yaml at its root, if any."""
    candidate = scan_root / PROFILE_FILE
    return candidate if candidate.is_file() else None
