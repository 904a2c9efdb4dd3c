"""Scanning survives every module flavour, files that do not parse, binary-looking and huge files.

The fixtures are copied out of `tests/` first: semgrep's default ignore list skips `tests/` folders.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from generator.errors import EXIT_FAILED

from conftest import ROOT
from scan_helpers import run_cli

FIXTURES = ROOT / "tests" / "fixtures" / "robustness"
HOLDS_A_FINDING = ["broken.ts", "commonjs.cjs", "commonjs.cts", "component.tsx", "esm.mjs", "module.mts"]

# A generated client: thousands of small functions, then one real finding at the very end.
HUGE_LINES = 3_000  # ~260 kB; semgrep parses about 150 kB of TypeScript a second


def huge_generated_file() -> str:
    body = "".join(f"export function op{i}(a: number, b: string): string {{ return b.repeat(a) + '{i}'; }}\n"
                   for i in range(HUGE_LINES))
    return ("import { Queue } from 'bullmq';\n" + body +
            "export const q = new Queue('gen', { connection: {}, defaultJobOptions: { attempts: Infinity } });\n")


@pytest.fixture(scope="module")
def robustness_scan(tmp_path_factory):
    work = tmp_path_factory.mktemp("robustness")
    shutil.copytree(FIXTURES, work / "src")
    (work / "src" / "generated-client.ts").write_text(huge_generated_file())
    # test code is not reviewed for production settings (the rules exclude test files)
    (work / "src" / "__tests__").mkdir()
    for name in ("__tests__/queue.ts", "queue.spec.ts", "queue.test.ts"):
        shutil.copy(FIXTURES / "module.mts", work / "src" / name)
    # the module flavours must be found inside a git work tree too, where semgrep only scans tracked files
    subprocess.run(["git", "init", "-q"], cwd=work, check=True)
    subprocess.run(["git", "add", "."], cwd=work, check=True)
    proc = run_cli(["scan", "--json", "src"], cwd=work)
    return proc, json.loads(proc.stdout)


def test_every_flavour_is_scanned_and_reported(robustness_scan):
    proc, data = robustness_scan
    assert proc.returncode == EXIT_FAILED, proc.stderr
    flagged = {f["path"].removeprefix("src/") for f in data["findings"]}
    assert set(HOLDS_A_FINDING) <= flagged, proc.stderr
    assert "generated-client.ts" in flagged
    huge = [f for f in data["findings"] if f["path"].endswith("generated-client.ts")]
    assert any(f["rule_id"] == "bullmq-attempts-unbounded" and f["line"] == HUGE_LINES + 2 for f in huge)


def test_test_files_are_not_reviewed(robustness_scan):
    _proc, data = robustness_scan
    flagged = {f["path"] for f in data["findings"]}
    assert not flagged & {"src/__tests__/queue.ts", "src/queue.spec.ts", "src/queue.test.ts"}


def test_the_audit_tier_runs_only_when_asked(tmp_path):
    (tmp_path / "jobs.ts").write_text(
        "import { Queue } from 'bullmq';\n"
        "export const q = new Queue('q', { connection: {}, defaultJobOptions: "
        "{ removeOnComplete: true, removeOnFail: { count: 1000 } } });\n")
    default = run_cli(["scan", "--json", "jobs.ts"], cwd=tmp_path)
    audit = run_cli(["scan", "--json", "--audit", "jobs.ts"], cwd=tmp_path)
    ids = [{f["rule_id"] for f in json.loads(p.stdout)["findings"]} for p in (default, audit)]
    assert "bullmq-remove-on-complete-true" not in ids[0]
    assert "bullmq-remove-on-complete-true" in ids[1]
    assert json.loads(audit.stdout)["summary"]["rules"] > json.loads(default.stdout)["summary"]["rules"]


def test_unparsable_code_is_a_warning_not_a_crash(robustness_scan):
    proc, data = robustness_scan
    assert any(w.startswith("src/broken.ts:") and "Syntax error" in w for w in data["warnings"]), data["warnings"]
    assert "warning: src/broken.ts:" in proc.stderr
    assert "Traceback" not in proc.stderr
    # what parsed before the error is still checked
    assert any(f["path"] == "src/broken.ts" for f in data["findings"])


def test_a_module_file_named_alone_is_scanned(tmp_path):
    shutil.copy(FIXTURES / "module.mts", tmp_path / "module.mts")
    proc = run_cli(["scan", "--json", "module.mts"], cwd=tmp_path)
    assert proc.returncode == EXIT_FAILED, proc.stderr
    assert {f["rule_id"] for f in json.loads(proc.stdout)["findings"]} >= {"bullmq-attempts-unbounded"}
