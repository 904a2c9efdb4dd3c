"""The benchmark's floor really parses every file, and its walk parses none."""

from __future__ import annotations

import json

from generator import semgrep
from measure.bench import FLOOR_RULE, WALK_RULE
from measure.corpus import write_corpus


def parsed_files(rule_text: str, tmp_path, corpus) -> tuple[int, int]:
    rule = tmp_path / "rule.yaml"
    rule.write_text(rule_text)
    _code, data = semgrep.run_json(["scan", "--time", "--no-git-ignore", "--config", str(rule), str(corpus)])
    targets = data["time"]["targets"]
    return sum(1 for t in targets if sum(t["parse_times"]) > 0), len(targets)


def test_the_floor_parses_every_file_and_the_walk_none(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    files, lines = write_corpus(corpus, 3_000)
    assert files > 10 and lines >= 3_000
    parsed, targets = parsed_files(FLOOR_RULE, tmp_path, corpus)
    assert targets > 10 and parsed == targets
    parsed, targets = parsed_files(WALK_RULE, tmp_path, corpus)
    assert targets > 10 and parsed == 0
