"""The default tier in one file (`dist/bullmq-rules.yaml`), for `semgrep --config FILE` or a Semgrep policy.

Built from the generated rules on demand (`bullmq-rules bundle`, `make bundle`); it is not committed,
so `generated-rules/` stays the single source. The same bytes come out of the same rules.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from . import __version__, catalog, writer
from .build import _Dumper

DEFAULT_OUT = Path("dist") / "bullmq-rules.yaml"


def render(rules: list[catalog.Rule]) -> str:
    """The bundle's text: a header, then every rule (ordered by section and id) under one `rules:`."""
    ordered = sorted(rules, key=lambda r: (r.relpath, r.id))
    ids = [r.id for r in ordered]
    if len(ids) != len(set(ids)):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise catalog.CatalogError(f"duplicate rule ids cannot share one file: {', '.join(dupes)}")
    head = (
        f"# bullmq-rules {__version__}: all {len(ordered)} rules in one file.\n"
        "# Built from generated-rules/ by `bullmq-rules bundle`; do not edit.\n"
        "# Use: semgrep scan --metrics=off --no-rewrite-rule-ids --config bullmq-rules.yaml PATH\n"
        "# Ids are bare (bullmq-attempts-unbounded) with --no-rewrite-rule-ids or when this file is in the\n"
        "# current folder; otherwise semgrep prefixes its folder (dist.bullmq-attempts-unbounded).\n"
    )
    body = yaml.dump({"rules": [r.data for r in ordered]}, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     width=100, default_flow_style=False)
    return head + body


def write(out: Path, rules_path: Path | None = None) -> int:
    """Write the bundle atomically; return how many rules it holds."""
    rules = catalog.load(rules_path)
    writer.write_file(out, render(rules))
    return len(rules)
