"""Project-wide facts: drop a "missing X" finding when another scanned file supplies X.

One file cannot tell that a Worker is closed by another file's SIGTERM handler, or that a queue's
retention is set where its Worker is built. `bullmq-rules scan` runs the fact rules of
`facts/project-facts.yaml` in the same semgrep run as the pack; each fact is keyed (a queue name, or
nothing for a project-wide handler), and a finding whose rule is listed below is dropped when a fact
it accepts comes from another file of the same scan. A fact keyed by a queue name counts from any
package of the scan (a Worker's options cover the jobs whichever service adds them); a project-wide
fact such as a signal handler counts only within the finding's own package (the nearest folder with a
package.json), since a handler in one service does not close another service's workers. Dropped
findings are reported, with the file that supplied the fact, never silently lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .versions import manifests_above

FACTS_FILE = Path(__file__).resolve().parent / "facts" / "project-facts.yaml"
FACT_PREFIX = "bullmq-rules-fact-"


@dataclass(frozen=True)
class Fact:
    kind: str  # the fact rule's id without the prefix, e.g. signal-close
    path: str
    line: int
    key: str  # the queue name, or "" for project-wide facts


@dataclass(frozen=True)
class Supplier:
    """Which fact silences a rule's finding, and how the two are matched."""

    fact: str
    by_queue_name: bool  # the finding's queue name must equal the fact's key
    reason: str


SUPPLIERS: dict[str, list[Supplier]] = {
    "bullmq-no-shutdown-handler": [
        Supplier("signal-close", False, "a SIGTERM/SIGINT handler that closes workers is in {where}"),
    ],
    "bullmq-missing-auto-removal": [
        Supplier("retention-removeOnComplete", True, "queue {key} gets removeOnComplete in {where}"),
    ],
    "bullmq-missing-remove-on-fail": [
        Supplier("retention-removeOnFail", True, "queue {key} gets removeOnFail in {where}"),
    ],
    "bullmq-no-failed-handler": [
        Supplier("failed-listener", True, "QueueEvents for {key} listen to 'failed' in {where}"),
    ],
}

# The first string argument of the construction a finding points at: new Queue('emails', ...).
_QUEUE_NAME = re.compile(r"""new\s+[\w$.]+\s*(?:<[^>]*>)?\s*\(\s*(['"`])([^'"`$]+)\1""")


def is_fact(rule_id: str) -> bool:
    return rule_id.startswith(FACT_PREFIX)


def fact_from(rule_id: str, path: str, line: int, code: str) -> Fact:
    key = code.strip()[1:-1] if code.strip()[:1] in "'\"`" else ""
    return Fact(rule_id.removeprefix(FACT_PREFIX), path, line, key)


def queue_name(code: str) -> str | None:
    match = _QUEUE_NAME.search(code)
    return match.group(2) if match else None


@lru_cache(maxsize=4096)
def package_of(path: str, root: Path | None) -> str:
    """The folder of the nearest package.json above `path` (relative to `root`), or "" for the scan
    root. Without a root (paths that are not on disk) every file is in one package."""
    if root is None:
        return ""
    nearest = next(manifests_above(path, root), None)
    return nearest.parent.as_posix() if nearest is not None else ""


def suppress(findings: list, facts: list[Fact], root: Path | None = None) -> tuple[list, list[tuple[object, str]]]:
    """(kept findings, [(dropped finding, why)]). A fact from the finding's own file never counts: the
    rule has already looked there. `root` is where the paths start, to find their packages."""
    kept, dropped = [], []
    for finding in findings:
        reason = _reason(finding, facts, root)
        if reason:
            dropped.append((finding, reason))
        else:
            kept.append(finding)
    return kept, dropped


def _reason(finding, facts: list[Fact], root: Path | None) -> str | None:
    name = None
    for supplier in SUPPLIERS.get(finding.rule_id, []):
        if supplier.by_queue_name:
            name = name or queue_name(finding.code)
            if name is None:
                continue
        for fact in facts:
            if fact.kind != supplier.fact or fact.path == finding.path:
                continue
            if supplier.by_queue_name and fact.key != name:
                continue
            if not supplier.by_queue_name and package_of(fact.path, root) != package_of(finding.path, root):
                continue
            return supplier.reason.format(key=repr(fact.key), where=f"{fact.path}:{fact.line}")
    return None
