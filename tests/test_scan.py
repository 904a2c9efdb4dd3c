"""`bullmq-rules scan`, `list`, `explain`, `bundle` from this checkout: real semgrep runs, real files.

Each semgrep start costs seconds, so the example service is scanned once (JSON, SARIF and report
together) and every other run checks one thing that needs its own run.
"""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator import semgrep as semgrep_mod
from generator.cli import main
from generator.errors import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, EXIT_SEMGREP

from conftest import AUDIT_RULES, RULES
from scan_helpers import (EXAMPLE_FINDING_COUNT, EXAMPLE_FINDINGS, EXAMPLES, ROOT, multitool_problems, offline_env, run_cli,
                          schema_errors)

CLEAN_TS = """import { Queue, Worker } from 'bullmq';

const connection = { host: 'localhost', port: 6379, maxRetriesPerRequest: null };

export const mail = new Queue('mail', {
  connection,
  defaultJobOptions: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: { count: 1000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  },
});

export const worker = new Worker('mail', async (job) => {
  await send(job.data.to);
}, { connection, concurrency: 5, limiter: { max: 10, duration: 1000 } });

worker.on('error', (err) => console.error('mail worker', err));
worker.on('failed', (job, err) => console.error('mail job failed', job?.id, err));

process.on('SIGTERM', async () => {
  await worker.close();
  process.exit(0);
});
"""

INFO_ONLY_TS = """import Queue from 'bull';

export const exportsQueue = new Queue('exports', process.env.REDIS_URL!, {
  limiter: { max: 10, duration: 1000 },
  defaultJobOptions: { removeOnComplete: { count: 100 }, removeOnFail: { count: 1000 } },
});
"""


@pytest.fixture(scope="module")
def example_scan(tmp_path_factory):
    """One scan of a copy of examples/: --json on stdout, --sarif and --report to files."""
    work = tmp_path_factory.mktemp("example-scan")
    shutil.copytree(EXAMPLES, work / "examples")
    out = work / "out"
    out.mkdir()
    proc = run_cli(["scan", "examples", "--json", "--sarif", "out/results.sarif", "--report", "out/review.md"],
                   cwd=work)
    sarif, report = out / "results.sarif", out / "review.md"
    return {
        "proc": proc,
        "work": work,
        "json": json.loads(proc.stdout) if proc.stdout.strip().startswith("{") else None,
        "sarif": json.loads(sarif.read_text()) if sarif.exists() else None,
        "report": report.read_text() if report.exists() else "",
    }


# --- the example service: exit 1, JSON, SARIF, report ------------------------------------------------

def test_examples_exit_1_with_every_known_finding(example_scan):
    proc, data = example_scan["proc"], example_scan["json"]
    assert proc.returncode == EXIT_FAILED, proc.stderr
    assert data is not None, proc.stdout
    found = {(f["rule_id"], f["path"], f["line"]) for f in data["findings"]}
    assert found == EXAMPLE_FINDINGS
    # not a TTY: no progress line, and semgrep's own chatter is not passed through
    assert "scanning" not in proc.stderr and "Scan Status" not in proc.stderr, proc.stderr


def test_json_is_our_stable_format(example_scan):
    data = example_scan["json"]
    assert data["format"] == 1
    assert data["tool"]["name"] == "bullmq-rules" and re.match(r"^1\.\d+\.\d+$", data["tool"]["semgrep"])
    assert data["summary"]["findings"] == EXAMPLE_FINDING_COUNT == len(data["findings"])
    assert data["summary"]["ERROR"] == sum(f["severity"] == "ERROR" for f in data["findings"]) == 6
    assert data["summary"]["files_scanned"] == 3
    rules = {yaml.safe_load(p.read_text())["rules"][0]["id"]: yaml.safe_load(p.read_text())["rules"][0]
             for p in RULES.rglob("*.yaml")}
    for f in data["findings"]:
        assert {"rule_id", "severity", "confidence", "path", "line", "end_line", "message", "fingerprint",
                "checklist"} <= set(f)
        rule = rules[f["rule_id"]]  # bare ids, no generated-rules. prefix
        assert f["severity"] == rule["severity"]
        assert f["confidence"] == rule["metadata"]["confidence"]
        assert f["checklist"]["section"] == rule["metadata"]["checklist"]["section"]
        assert f["end_line"] >= f["line"]
        assert re.fullmatch(r"[0-9a-f]{32}", f["fingerprint"])
        assert "requires login" not in json.dumps(f)
    # metavariables are filled in, and the message carries the fix
    attempts = [f for f in data["findings"] if f["rule_id"] == "bullmq-attempts-unbounded"]
    assert {re.match(r"`attempts: (\S+)`", f["message"]).group(1) for f in attempts} == {"Infinity", "1000"}
    assert all("Set a small finite number" in f["message"] for f in attempts)
    assert len({f["fingerprint"] for f in data["findings"]}) == len(data["findings"])  # twins on a line too


def test_sarif_passes_the_schema_and_microsofts_validator(example_scan, tmp_path):
    sarif = example_scan["sarif"]
    assert sarif is not None
    assert schema_errors(sarif) == []
    serious, notes = multitool_problems(example_scan["work"] / "out" / "results.sarif", tmp_path)
    assert serious == [], serious
    # the validator really ran its rules: it leaves notes (e.g. SARIF2002 message arguments)
    assert notes


def test_sarif_rules_results_and_fingerprints(example_scan):
    run = example_scan["sarif"]["runs"][0]
    driver = run["tool"]["driver"]
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == {yaml.safe_load(p.read_text())["rules"][0]["id"] for p in RULES.rglob("*.yaml")}
    for rule_id, rule in rules.items():
        section = next(p.parent.name for p in RULES.rglob(f"{rule_id}.yaml"))
        assert rule["helpUri"] == f"https://github.com/bullmq-rules/bullmq-rules/blob/main/docs/rules/{section}/{rule_id}.md"
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["name"]
        props = rule["properties"]
        assert props["precision"] in {"high", "medium", "low"} and "bullmq-rules" in props["tags"]
        if props["category"] == "security":
            assert 0 < float(props["security-severity"]) <= 10
            assert any(t.startswith("external/cwe/cwe-") for t in props["tags"])
        else:
            assert "security-severity" not in props
    board = rules["bull-board-unauthenticated"]["properties"]
    assert board["security-severity"] == "8.5" and "external/cwe/cwe-306" in board["tags"]
    by_fp = {f["fingerprint"]: f for f in example_scan["json"]["findings"]}
    assert len(run["results"]) == len(by_fp)
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] == {"ERROR": "error", "WARNING": "warning", "INFO": "note"}[
            by_fp[result["partialFingerprints"]["bullmqRules/v1"]]["severity"]]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        finding = by_fp[result["partialFingerprints"]["bullmqRules/v1"]]
        assert (finding["rule_id"], finding["path"], finding["line"]) == (
            result["ruleId"], location["artifactLocation"]["uri"], location["region"]["startLine"])
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == example_scan["work"].resolve().as_uri() + "/"
    assert "requires login" not in json.dumps(run)


def test_report_follows_the_review_output_format(example_scan):
    report = example_scan["report"]
    headings = [line for line in report.splitlines() if line.startswith("### ")]
    assert headings == ["### Job Queue Assessment", "### Findings", "### Required Changes", "### Approval Status"]
    assert "- **Risk Level**: CRITICAL" in report  # security rules report ERRORs
    assert "- **Idempotency Status**: Unsafe" in report  # tenant-less writes
    assert re.search(r"- \*\*Resource Risk\*\*: job storms \(retries\): 3 retry finding", report)
    assert "- **Status**: BLOCKED" in report and "- **Reason**: 6 ERROR finding(s)" in report
    for rule_id, path, line in EXAMPLE_FINDINGS:
        assert f"2. **Location**: `{path}:{line}`" in report
    assert len(re.findall(r"^- \[ \] ", report, re.M)) == EXAMPLE_FINDING_COUNT
    # the risk and the recommendation are the two halves of the rule's message
    assert "3. **Risk**: `attempts: Infinity` lets a failing job retry" in report
    assert "4. **Recommendation**: Set a small finite number" in report
    assert "attempts: Infinity, // \"never lose a bill\"" in report  # the flagged code, read from the file


def test_fingerprints_survive_moved_and_reformatted_code(example_scan, tmp_path):
    shutil.copytree(example_scan["work"] / "examples", tmp_path / "examples")
    queues = tmp_path / "examples" / "invoice-service" / "src" / "queues.ts"
    text = queues.read_text()
    # three lines above everything, and the Infinity line re-indented
    queues.write_text("// moved\n// down\n// three lines\n" + text.replace("    attempts: Infinity,", "        attempts:    Infinity,"))
    proc = run_cli(["scan", "examples", "--json"], cwd=tmp_path)
    assert proc.returncode == EXIT_FAILED, proc.stderr
    after = {f["fingerprint"]: f for f in json.loads(proc.stdout)["findings"]}
    before = {f["fingerprint"]: f for f in example_scan["json"]["findings"]}
    assert set(after) == set(before)
    for fp, finding in after.items():
        shift = 3 if finding["path"].endswith("queues.ts") else 0
        assert finding["line"] == before[fp]["line"] + shift


# --- exit codes 0, 1 by --fail-on, progress on a TTY -------------------------------------------------

def test_pre_commit_entry_on_files_exits_0_and_shows_progress_on_a_tty(tmp_path):
    """The hook's own entry, as pre-commit runs it (file names appended), with stderr on a terminal."""
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())[0]
    assert hook["entry"].split()[:2] == ["bullmq-rules", "scan"] and hook["language"] == "python"
    (tmp_path / "mail.ts").write_text(CLEAN_TS)
    (tmp_path / "exports.ts").write_text(INFO_ONLY_TS)
    main_fd, tty_fd = pty.openpty()
    try:
        proc = run_cli([*hook["entry"].split()[1:], "mail.ts", "exports.ts"], cwd=tmp_path, stderr=tty_fd,
                       stdout=subprocess.PIPE, capture_output=False)
        os.close(tty_fd)
        seen = b""
        while True:
            try:
                chunk = os.read(main_fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(main_fd)
    terminal = seen.decode("utf-8", "replace")
    # an INFO finding is shown but stays below the default --fail-on WARNING
    assert proc.returncode == EXIT_OK, proc.stdout + terminal
    assert "exports.ts\n" in proc.stdout and "bull-limiter-without-groupkey" in proc.stdout
    assert "1 finding (0 ERROR, 0 WARNING, 1 INFO)" in proc.stdout and "2 files scanned" in proc.stdout
    assert re.search(r"bullmq-rules: scanning 2 paths +\d+\.\ds", terminal), terminal
    assert re.search(r"scanning 2 paths done in \d+\.\ds", terminal), terminal


def test_fail_on_info_turns_an_info_finding_into_exit_1(tmp_path):
    (tmp_path / "exports.ts").write_text(INFO_ONLY_TS)
    proc = run_cli(["scan", "--fail-on", "info", "exports.ts"], cwd=tmp_path)
    assert proc.returncode == EXIT_FAILED, proc.stdout + proc.stderr
    assert "1 at or above --fail-on INFO" in proc.stdout


# --- exit 2: input errors ----------------------------------------------------------------------------

@pytest.mark.parametrize("args, expected", [
    (["scan", "src/missing-dir"], "src/missing-dir: no such file or folder"),
    (["scan", ".", "also-missing.ts"], "also-missing.ts: no such file or folder"),
    (["scan", "--fail-on", "FATAL", "."], "'FATAL' is not one of"),
    (["scan", "--no-such-option"], "No such option '--no-such-option'"),
    (["scan", "--sarif", "no/such/dir/out.sarif", "."], "--sarif no/such/dir/out.sarif: folder no/such/dir does not exist"),
    (["scan", "--rules", "missing-rules.yaml", "."], "--rules missing-rules.yaml: no such file or folder"),
    (["scan", "--baseline-ref", "main", "."], "is not inside a git work tree"),
    (["explain", "bullmq-attempts-unbound"], "Did you mean: bullmq-attempts-unbounded"),
])
def test_input_errors_exit_2_and_name_the_problem(runner, tmp_path, monkeypatch, args, expected):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, args)
    assert result.exit_code == EXIT_BAD_INPUT, result.output
    assert expected in result.output
    assert not (tmp_path / "no").exists()


# --- exit 3: semgrep failures ------------------------------------------------------------------------

def test_semgrep_rejecting_the_rules_exits_3(tmp_path):
    (tmp_path / "broken.yaml").write_text(
        "rules:\n- id: broken\n  message: no pattern at all\n  severity: ERROR\n  languages: [typescript]\n")
    (tmp_path / "a.ts").write_text(CLEAN_TS)
    proc = run_cli(["scan", "--config", "broken.yaml", "a.ts"], cwd=tmp_path)
    assert proc.returncode == EXIT_SEMGREP, proc.stdout + proc.stderr
    assert proc.stderr.startswith("error: semgrep exited ")
    assert proc.stdout == ""


@pytest.mark.parametrize("semgrep_path, expected", [
    ("/nonexistent/semgrep", "BULLMQ_RULES_SEMGREP=/nonexistent/semgrep: no such executable"),
    ("false", "semgrep exited 1"),  # starts, prints nothing, fails
])
def test_a_broken_semgrep_exits_3(tmp_path, semgrep_path, expected):
    (tmp_path / "a.ts").write_text(CLEAN_TS)
    proc = run_cli(["scan", "a.ts"], cwd=tmp_path, env=offline_env(BULLMQ_RULES_SEMGREP=semgrep_path))
    assert proc.returncode == EXIT_SEMGREP, proc.stdout + proc.stderr
    assert expected in proc.stderr


# --- --baseline-ref ----------------------------------------------------------------------------------

def test_baseline_ref_reports_only_new_findings(tmp_path):
    def git(*args):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True,
                       env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
                            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"})

    src = tmp_path / "src" / "queue.ts"
    src.parent.mkdir()
    old = "import { Queue } from 'bullmq';\nconst q = new Queue('a');\nexport const one = () => q.add('x', {}, { attempts: Infinity });\n"
    src.write_text(old)
    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "old finding")
    src.write_text(old + "export const two = () => q.add('y', {}, { attempts: 500 });\n")
    git("commit", "-qam", "new finding")
    proc = run_cli(["scan", "--baseline-ref", "HEAD~1", "--json", "src"], cwd=tmp_path)
    assert proc.returncode == EXIT_FAILED, proc.stderr
    data = json.loads(proc.stdout)
    # only the new line is reported (its unbounded attempts, and its missing backoff)
    assert {f["line"] for f in data["findings"]} == {4}
    assert ("bullmq-attempts-unbounded", 4) in [(f["rule_id"], f["line"]) for f in data["findings"]]
    assert re.fullmatch(r"[0-9a-f]{40}", data["baseline"])
    # semgrep aborts on unstaged changes; we say so before starting it
    src.write_text(src.read_text() + "// unstaged\n")
    proc = run_cli(["scan", "--baseline-ref", "HEAD~1", "src"], cwd=tmp_path)
    assert proc.returncode == EXIT_BAD_INPUT and "unstaged changes" in proc.stderr
    proc = run_cli(["scan", "--baseline-ref", "no-such-branch", "src"], cwd=tmp_path)
    assert proc.returncode == EXIT_BAD_INPUT and "--baseline-ref no-such-branch: no such commit" in proc.stderr


# --- list, explain, bundle ---------------------------------------------------------------------------

def _rule_ids() -> list[str]:
    """Both tiers: list shows the audit rules too."""
    files = [*RULES.rglob("*.yaml"), *AUDIT_RULES.rglob("*.yaml")]
    return sorted(yaml.safe_load(p.read_text())["rules"][0]["id"] for p in files)


def test_list_shows_every_rule(runner):
    result = runner.invoke(main, ["list"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:5] == ["id", "severity", "confidence", "tier", "section"]
    assert sorted(line.split()[0] for line in lines[1:-1]) == _rule_ids()
    assert re.search(r"^bullmq-attempts-unbounded +ERROR +HIGH +default +retry +Retries that never end$", result.output, re.M)
    assert lines[-1] == f"{len(_rule_ids())} rules"


@pytest.mark.parametrize("given", ["bullmq-attempts-unbounded", "generated-rules.retry.bullmq-attempts-unbounded"])
def test_explain_shows_the_rule(runner, given):
    result = runner.invoke(main, ["explain", given])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("bullmq-attempts-unbounded: Retries that never end\n")
    assert "severity ERROR, confidence HIGH" in out
    assert "checklist: retry/attempts-limited: Is attempts limited to a reasonable value?" in out
    assert "References:\n  - https://docs.bullmq.io/guide/retrying-failing-jobs" in out
    assert "Limitations:\n  - Options built in a variable" in out
    assert "Set a small finite number" in out


def test_bundle_holds_the_same_rules_as_generated_rules(runner, tmp_path):
    for name in ("a.yaml", "b.yaml"):
        result = runner.invoke(main, ["bundle", "--out", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    first = (tmp_path / "a.yaml").read_bytes()
    assert first == (tmp_path / "b.yaml").read_bytes()  # deterministic
    bundled = yaml.safe_load(first)["rules"]
    separate = [yaml.safe_load(p.read_text())["rules"][0] for p in sorted(RULES.rglob("*.yaml"))]
    assert sorted(bundled, key=lambda r: r["id"]) == sorted(separate, key=lambda r: r["id"])


def test_rule_ids_under_each_way_of_loading(runner, tmp_path):
    """README: semgrep prefixes ids with the config's folder (relative to the working folder)."""
    (tmp_path / "dist").mkdir()
    for out in ("bullmq-rules.yaml", "dist/bullmq-rules.yaml"):
        assert runner.invoke(main, ["bundle", "--out", str(tmp_path / out)]).exit_code == 0
    (tmp_path / "exports.ts").write_text(INFO_ONLY_TS)
    seen = {}
    for config in ("bullmq-rules.yaml", "dist/bullmq-rules.yaml"):
        code, data = semgrep_mod.run_json(["scan", "--config", config, "exports.ts"], cwd=tmp_path)
        assert code == 0, data.get("errors")
        seen[config] = [r["check_id"] for r in data["results"]]
    assert seen == {"bullmq-rules.yaml": ["bull-limiter-without-groupkey"],
                    "dist/bullmq-rules.yaml": ["dist.bull-limiter-without-groupkey"]}
