"""Leave out a finding whose rule cannot apply to the library version the project declares.

Every rule says which library versions it is for (`metadata.versions`, e.g. `bullmq: ">=5.16.0"`).
`bullmq-rules scan` reads the nearest package.json above each finding's file that declares one of
those libraries: when every declared library's range allows only versions below the rule's minimum
(`"bullmq": "5.13.0"` or `"~5.13.0"` against `>=5.16.0`), the finding is left out and reported as
such. Ranges it cannot bound from above (`>=5`, `*`, `latest`, tags, `workspace:`, git or file
references) keep the finding.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

Version = tuple[int, int, int]
DEPENDENCY_KEYS = ("dependencies", "devDependencies", "peerDependencies", "optionalDependencies")

_MINIMUM = re.compile(r"^\s*>=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$")
# One comparator-free range: 5.13.0, =5.13.0, ^5.13.0, ~5.13.0, ~>5.13, 5.13.x, 5.x, 5
_SIMPLE = re.compile(r"^\s*(=|\^|~>?|v)?\s*(\d+)(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:[-+][\w.+-]*)?\s*$")


def minimum(rule_range: str) -> Version | None:
    """The minimum of a rule's `>=X.Y.Z` range, or None."""
    match = _MINIMUM.match(str(rule_range))
    if not match:
        return None
    return tuple(int(part or 0) for part in match.groups())  # type: ignore[return-value]


def highest(declared: str) -> tuple[Version, bool] | None:
    """The upper end of a declared npm range: (bound, inclusive), or None when it has none we can read.
    `a || b` takes the higher of its alternatives."""
    bounds = []
    for alternative in str(declared).split("||"):
        bound = _highest_one(alternative)
        if bound is None:
            return None
        bounds.append(bound)
    return max(bounds, key=lambda b: (b[0], b[1])) if bounds else None


def _highest_one(declared: str) -> tuple[Version, bool] | None:
    match = _SIMPLE.match(declared)
    if not match:
        return None
    operator, major_s, minor_s, patch_s = match.groups()
    major = int(major_s)
    wild_minor = minor_s is None or not minor_s.isdigit()
    wild_patch = wild_minor or patch_s is None or not patch_s.isdigit()
    minor = 0 if wild_minor else int(minor_s)
    patch = 0 if wild_patch else int(patch_s)
    if operator == "^":
        if major > 0 or wild_minor:
            return (major + 1, 0, 0), False
        if minor > 0 or wild_patch:
            return (0, minor + 1, 0), False
        return (0, 0, patch + 1), False
    if operator in ("~", "~>"):
        return ((major + 1, 0, 0) if wild_minor else (major, minor + 1, 0)), False
    if wild_minor:
        return (major + 1, 0, 0), False
    if wild_patch:
        return (major, minor + 1, 0), False
    return (major, minor, patch), True


def rules_out(declared: str, rule_range: str) -> bool:
    """True when every version the declared range allows is below the rule's minimum."""
    low = minimum(rule_range)
    top = highest(declared)
    if low is None or top is None:
        return False
    bound, inclusive = top
    return bound < low if inclusive else bound <= low


@lru_cache(maxsize=4096)
def _manifest(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def manifests_above(path: str, root: Path):
    """Each package.json above `path` (relative to `root`), nearest first, looking no higher than
    `root`: paths relative to `root` where they can be."""
    folder = (root / path).parent
    top = root.resolve()
    while True:
        manifest = folder / "package.json"
        if manifest.is_file():
            try:
                yield manifest.resolve().relative_to(top)
            except ValueError:
                yield manifest
        if folder.resolve() == top or folder.parent == folder:
            return
        folder = folder.parent


def declared_version(path: str, root: Path, library: str) -> tuple[str, str] | None:
    """(declared range, package.json path) from the nearest package.json above `path` that declares
    `library`, looking no higher than `root`."""
    for manifest in manifests_above(path, root):
        data = _manifest(root / manifest)
        for key in DEPENDENCY_KEYS:
            section = data.get(key)
            if isinstance(section, dict) and isinstance(section.get(library), str):
                return section[library], manifest.as_posix()
    return None


def reason(finding, root: Path) -> str | None:
    """Why the finding's rule cannot apply to the project's declared versions, or None."""
    wanted = (finding.rule.metadata.get("versions") if finding.rule else None) or {}
    seen = []
    for library, rule_range in wanted.items():
        found = declared_version(finding.path, root, str(library))
        if found is None:
            continue
        declared, manifest = found
        if not rules_out(declared, str(rule_range)):
            return None
        seen.append(f"{library} {declared} in {manifest} (the rule is for {library} {rule_range})")
    return "; ".join(seen) or None


def leave_out(findings: list, root: Path) -> tuple[list, list[tuple[object, str]]]:
    """(kept findings, [(finding left out, why)])."""
    kept, out = [], []
    for finding in findings:
        why = reason(finding, root)
        if why:
            out.append((finding, why))
        else:
            kept.append(finding)
    return kept, out
