"""Helpers for the scan and packaging tests: run the CLI as a process, validate SARIF two ways."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
SARIF_TOOL_DIR = ROOT / "tools" / "sarif-validator"
EXAMPLES = ROOT / "examples"

# What the example service must produce: (rule id, file, line). The example is deliberately flawed.
EXAMPLE_FINDINGS = {
    ("bullmq-missing-remove-on-fail", "examples/invoice-service/src/queues.ts", 8),
    ("bullmq-attempts-unbounded", "examples/invoice-service/src/queues.ts", 11),
    ("bullmq-missing-auto-removal", "examples/invoice-service/src/queues.ts", 17),
    ("bullmq-missing-remove-on-fail", "examples/invoice-service/src/queues.ts", 17),
    ("bullmq-attempts-unbounded", "examples/invoice-service/src/queues.ts", 20),
    ("bullmq-attempts-without-backoff", "examples/invoice-service/src/queues.ts", 20),
    ("bull-board-unauthenticated", "examples/invoice-service/src/server.ts", 16),
    ("bullmq-processor-create-missing-tenant", "examples/invoice-service/src/workers.ts", 14),
    ("bullmq-processor-non-idempotent-create", "examples/invoice-service/src/workers.ts", 14),
    ("bullmq-processor-create-missing-tenant", "examples/invoice-service/src/workers.ts", 15),
    ("bullmq-processor-non-idempotent-create", "examples/invoice-service/src/workers.ts", 15),
    ("bullmq-limiter-groupkey", "examples/invoice-service/src/workers.ts", 22),
}
EXAMPLE_FINDING_COUNT = len(EXAMPLE_FINDINGS)
# and with --audit: bull-board-not-readonly reports each of the two board adapters on line 13
EXAMPLE_AUDIT_FINDINGS = {
    ("bull-board-not-readonly", "examples/invoice-service/src/server.ts", 13),
    ("bullmq-no-failed-handler", "examples/invoice-service/src/workers.ts", 19),
}


def offline_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off"})
    env.update(extra)
    return env


def run_cli(args: list[str], cwd: Path, env: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess:
    """`bullmq-rules ARGS` from this checkout, as a real process (exit codes, TTY checks and all)."""
    env = env or offline_env()
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=cwd, env=env, text=True,
                          capture_output=kwargs.pop("capture_output", True), timeout=300, **kwargs)


@lru_cache(maxsize=1)
def sarif_multitool() -> Path:
    """The Sarif.Multitool binary installed by `make sarif-validator` (npm @microsoft/sarif-multitool)."""
    try:
        out = subprocess.run(["node", "-p", "require('@microsoft/sarif-multitool')"], cwd=SARIF_TOOL_DIR,
                             capture_output=True, text=True, check=False)
    except OSError as exc:
        pytest.fail(f"node is needed for the SARIF validator: {exc}")
    binary = Path(out.stdout.strip()) if out.returncode == 0 else None
    if binary is None or not binary.is_file():
        pytest.fail("sarif-multitool is not installed: run `make sarif-validator` (make test does)\n" + out.stderr)
    return binary


def sarif_schema() -> dict:
    schemas = sorted((SARIF_TOOL_DIR / "node_modules" / "@microsoft").glob("sarif-multitool-*/sarif-2.1.0.json"))
    if not schemas:
        pytest.fail("sarif-2.1.0.json not found: run `make sarif-validator`")
    return json.loads(schemas[0].read_text(encoding="utf-8"))


def schema_errors(sarif: dict) -> list[str]:
    """Every violation of the SARIF 2.1.0 JSON schema shipped with sarif-multitool."""
    schema = sarif_schema()
    validator_cls = jsonschema.validators.validator_for(schema)
    validator = validator_cls(schema, format_checker=validator_cls.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(sarif)]


def multitool_problems(sarif_file: Path, work: Path) -> tuple[list[str], list[str]]:
    """Run Microsoft's validator (SARIF rules and GitHub ingestion rules) on a file.

    Returns (errors and warnings, notes), each as 'RULE level: message arguments'.
    """
    out = work / f"{sarif_file.stem}.validation.sarif"
    proc = subprocess.run(
        [str(sarif_multitool()), "validate", str(sarif_file), "--output", str(out), "--rule-kind", "Sarif;Gh",
         "--level", "Error;Warning;Note", "--log", "ForceOverwrite", "--quiet"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert out.is_file(), f"sarif-multitool wrote no log (exit {proc.returncode}): {proc.stdout}{proc.stderr}"
    log = json.loads(out.read_text(encoding="utf-8-sig"))
    serious, notes = [], []
    for run in log.get("runs", []):
        for res in run.get("results", []):
            text = f"{res.get('ruleId')} {res.get('level', 'warning')}: {res.get('message', {}).get('arguments')}"
            (notes if res.get("level") == "note" else serious).append(text)
        for inv in run.get("invocations", []):
            for note in inv.get("toolExecutionNotifications", []) + inv.get("toolConfigurationNotifications", []):
                if note.get("level", "warning") in ("error", "warning"):
                    serious.append(f"tool {note.get('level')}: {note.get('message', {}).get('text')}")
    return serious, notes
