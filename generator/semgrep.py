"""Run semgrep offline: no version check (it hangs ~100 s without network), no metrics."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from .errors import SemgrepError

OFFLINE_ENV = {"SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off"}


def executable() -> str:
    """$BULLMQ_RULES_SEMGREP if set, else semgrep next to this Python (the same virtualenv), then on PATH."""
    chosen = os.environ.get("BULLMQ_RULES_SEMGREP")
    if chosen:
        found = shutil.which(chosen)
        if not found:
            raise SemgrepError(f"BULLMQ_RULES_SEMGREP={chosen}: no such executable")
        return found
    beside = Path(sys.executable).parent / "semgrep"
    if beside.exists():
        return str(beside)
    found = shutil.which("semgrep")
    if not found:
        raise SemgrepError("semgrep is not installed: pip install 'semgrep>=1.180,<2'")
    return found


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.update(OFFLINE_ENV)
    return env


def run(args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [executable(), *args, "--metrics=off"]
    try:
        return subprocess.run(command, cwd=cwd, env=environment(), capture_output=True, text=True, check=False)
    except OSError as exc:
        raise SemgrepError(f"cannot start semgrep: {exc}") from exc


def run_json(args: list[str], cwd: Path | None = None, ok_codes: tuple[int, ...] = (0, 1)) -> tuple[int, dict[str, Any]]:
    """Run semgrep with --json; return its exit code and parsed output."""
    proc = run([*args, "--json"], cwd=cwd)
    try:
        data = json.loads(proc.stdout) if proc.stdout.strip() else {}
    except json.JSONDecodeError:
        data = {}
    if proc.returncode not in ok_codes and not data:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        raise SemgrepError(f"semgrep exited {proc.returncode}: " + " | ".join(tail))
    return proc.returncode, data
