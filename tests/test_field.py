"""`make field`: findings per rule on checkouts, facts kept within each checkout, precision from verdicts."""

from __future__ import annotations

import json

from measure import field

from test_project_facts import QUEUES, WORKER


def test_field_counts_findings_and_precision_per_checkout(tmp_path, capsys):
    shop, mailer = tmp_path / "shop", tmp_path / "mailer"
    for repo in (shop, mailer):
        (repo / "src").mkdir(parents=True)
    (shop / "src" / "queues.ts").write_text(QUEUES)
    (mailer / "src" / "queues.ts").write_text(QUEUES)
    (mailer / "src" / "worker.ts").write_text(WORKER)  # supplies 'mail' retention, in mailer only
    verdicts = tmp_path / "verdicts.json"
    verdicts.write_text(json.dumps([
        {"repo": "shop", "path": "src/queues.ts", "line": 3, "rule": "bullmq-missing-auto-removal", "verdict": "TP"},
        {"repo": "shop", "path": "src/queues.ts", "line": 4, "rule": "bullmq-missing-auto-removal", "verdict": "FP"},
    ]))
    out = tmp_path / "findings.json"
    code = field.main([str(shop), str(mailer), "--verdicts", str(verdicts), "--json", str(out)])
    printed = capsys.readouterr().out
    assert code == 0, printed
    data = json.loads(out.read_text())
    removal = sorted((f["repo"], f["line"]) for f in data["findings"] if f["rule"] == "bullmq-missing-auto-removal")
    assert removal == [("mailer", 4), ("shop", 3), ("shop", 4)]  # mailer's 'mail' queue is supplied by its worker
    assert [(s["repo"], s["line"]) for s in data["supplied"] if s["rule"] == "bullmq-missing-auto-removal"] == \
        [("mailer", 3)]
    line = next(l for l in printed.splitlines() if l.strip().startswith("bullmq-missing-auto-removal"))
    assert line.split()[1:] == ["default", "WARNING", "1", "1", "0", "1", "50.0", "%"]
    assert "semgrep: 0 rule/run errors, 0 timeouts" in printed


def test_field_refuses_a_missing_checkout(tmp_path, capsys):
    assert field.main([str(tmp_path / "nope")]) == 2
    assert "not a folder" in capsys.readouterr().err
