"""The generated documentation: a catalog page per rule with examples from its cases, and the coverage matrix."""

from __future__ import annotations

import re

from generator import tiers
from generator.pipeline import build_pack

from conftest import CASES, SPEC


def test_catalog_has_a_page_per_rule_with_examples_from_its_cases():
    pack = build_pack(SPEC, cases_dir=CASES)
    index = pack.docs[next(p for p in pack.docs if p.as_posix() == "rules/README.md")]
    for rule, data in pack.rules:
        page = pack.docs[("rules" / rule.relpath).with_suffix(".md")]
        assert page.startswith("<!-- Generated")
        assert f"`{rule.id}`" in page and rule["title"] in page
        assert data["message"] in page
        assert "## Flagged" in page and "## Not flagged" in page
        flagged = re.search(r"## Flagged\n\n```\w+\n(.*?)\n```", page, re.S).group(1)
        cases = tiers.folder(CASES, rule.tier)
        case_text = "\n".join(p.read_text() for p in cases.glob(f"{rule.relpath.as_posix()}.*"))
        assert flagged.strip().splitlines()[0].strip() in case_text
        assert f"({rule.relpath.as_posix()}.md)" in index


def test_coverage_lists_every_checklist_item_and_every_rule():
    pack = build_pack(SPEC, cases_dir=CASES)
    coverage = next(t for p, t in pack.docs.items() if p.name == "coverage.md")
    for section, entry in pack.spec.checklist.sections.items():
        for item in entry["items"]:
            assert re.search(rf"^\| `{re.escape(item)}` \|", coverage, re.M), (section, item)
    for rule in pack.spec.rules:
        assert f"[`{rule.id}`]" in coverage


def test_no_checklist_item_is_left_open_and_peers_are_mapped():
    pack = build_pack(SPEC, cases_dir=CASES)
    coverage = next(t for p, t in pack.docs.items() if p.name == "coverage.md")
    assert "**open**" not in coverage
    assert ", 0 open." in coverage
    assert len(pack.spec.coverage.peers) == 2  # both ESLint plugins for BullMQ
    assert sum(len(checks) for checks in pack.spec.coverage.peers.values()) == 11  # 7 + 4 checks
