"""`bullmq-rules scan`: one semgrep run with the pack, turned into findings of our own.

Semgrep's JSON gives rule ids prefixed by the config path and says "requires login" for the matched
lines and the fingerprint, so each finding's code is read from the file here and its fingerprint is
ours: a hash of the rule id, the path, the matched code with whitespace normalised and the index of
that same code among the rule's matches in the file. Line numbers are not part of it, so findings keep
their fingerprint when code above them moves.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from . import project, semgrep
from .catalog import Catalog, Rule, severity_rank
from .errors import SemgrepError

FINGERPRINT_KEY = "bullmqRules/v1"


class ScanInputError(Exception):
    """Bad input to the scan itself (a path, a git ref): exit 2."""


@dataclass
class Finding:
    rule_id: str
    severity: str
    path: str  # relative to the working directory when under it, POSIX separators
    line: int
    column: int  # 1-based, UTF-16 code units (SARIF's default column kind)
    end_line: int
    end_column: int
    message: str
    code: str  # the matched source text, read from the file
    fingerprint: str = ""
    context: str = ""  # the whole source lines of the match
    rule: Rule | None = field(default=None, repr=False, compare=False)

    @property
    def confidence(self) -> str:
        return self.rule.confidence if self.rule else "MEDIUM"

    @property
    def title(self) -> str:
        return self.rule.title if self.rule else self.rule_id

    @property
    def section(self) -> str:
        return self.rule.section if self.rule else ""

    @property
    def category(self) -> str:
        return self.rule.category if self.rule else ""

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}"

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.rule_id, self.end_line, self.end_column)


@dataclass
class ScanResult:
    findings: list[Finding]
    rules: list[Rule]
    warnings: list[str]  # semgrep's non-fatal errors: files it could not parse fully, timeouts
    files_scanned: int
    semgrep_version: str
    root: Path
    baseline: str | None = None
    # findings dropped because another scanned file supplies what they miss, with the reason
    supplied: list[tuple[Finding, str]] = field(default_factory=list)
    # findings dropped because their rule is for library versions the project's package.json rules out
    other_version: list[tuple[Finding, str]] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(f.severity == severity for f in self.findings)


def failing(findings: list[Finding], fail_on: str) -> list[Finding]:
    """The findings at or above the --fail-on severity."""
    threshold = severity_rank(fail_on)
    return [f for f in findings if severity_rank(f.severity) >= threshold]


# --- running semgrep --------------------------------------------------------------------------------

def resolve_baseline(ref: str, cwd: Path) -> str:
    """The commit a --baseline-ref names, checked the way semgrep would abort on it."""
    def git(*args: str) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
        except OSError as exc:
            raise ScanInputError(f"--baseline-ref needs git: {exc}") from exc

    if git("rev-parse", "--is-inside-work-tree").stdout.strip() != "true":
        raise ScanInputError(f"--baseline-ref {ref}: {cwd} is not inside a git work tree (run the scan from the repository)")
    found = git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if found.returncode != 0 or not found.stdout.strip():
        raise ScanInputError(f"--baseline-ref {ref}: no such commit in this repository (fetch it first, e.g. "
                             "`git fetch origin main` and pass origin/main)")
    if git("diff", "--quiet").returncode != 0:
        raise ScanInputError(f"--baseline-ref {ref}: the work tree has unstaged changes; semgrep compares "
                             "committed or staged code only (commit, stage or stash them)")
    return found.stdout.strip()


# TypeScript module flavours semgrep does not pick up when it walks a folder.
MODULE_EXTENSIONS = (".mts", ".cts")
SKIPPED_FOLDERS = {"node_modules", "dist", "build", "coverage", "vendor"}


def module_files(paths: list[Path], cwd: Path | None = None) -> list[Path]:
    """The .mts/.cts files under the folders in `paths`, to name to semgrep one by one.

    Inside a git work tree only tracked files count, as semgrep does; elsewhere hidden folders and
    the usual dependency and build folders are skipped.
    """
    found: list[Path] = []
    for path in paths:
        folder = path if path.is_absolute() or cwd is None else cwd / path
        if not folder.is_dir():
            continue
        tracked = subprocess.run(["git", "ls-files", "-z", "--", "."], cwd=folder, capture_output=True,
                                 check=False) if _git_available() else None
        if tracked is not None and tracked.returncode == 0:
            names = [Path(n) for n in tracked.stdout.decode("utf-8", "replace").split("\0") if n]
        else:
            names = [Path(root, name).relative_to(folder) for root, dirs, files in _walk(folder) for name in files]
        found += sorted(path / n for n in names if n.suffix in MODULE_EXTENSIONS)
    return found


def _walk(folder: Path):
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in SKIPPED_FOLDERS]
        yield root, dirs, files


def _git_available() -> bool:
    return shutil.which("git") is not None


def run_semgrep(configs: list[Path], paths: list[Path], baseline: str | None = None,
                cwd: Path | None = None) -> dict[str, Any]:
    """One semgrep run with every rules folder in `configs`; its parsed JSON. Raises SemgrepError when
    semgrep fails."""
    args = ["scan", *(a for config in configs for a in ("--config", str(config))), "--json",
            "--no-rewrite-rule-ids", "--disable-version-check"]
    if baseline:
        args += ["--baseline-commit", baseline]
    modules = module_files(paths, cwd)
    if modules or any(p.suffix in MODULE_EXTENSIONS for p in paths):
        # named one by one, semgrep scans them with the rules' languages
        args += ["--scan-unknown-extensions"]
        paths = paths + modules
    # no `--` separator: semgrep.run appends --metrics=off after the paths
    args += [f"./{p}" if str(p).startswith("-") else str(p) for p in paths]
    proc = semgrep.run(args, cwd=cwd)
    try:
        data = json.loads(proc.stdout) if proc.stdout.strip() else {}
    except json.JSONDecodeError:
        data = {}
    if proc.returncode != 0 or not isinstance(data, dict) or "results" not in data:
        errors = data.get("errors", []) if isinstance(data, dict) else []
        reasons = [" ".join(str(e.get("message", "")).split()) for e in errors
                   if isinstance(e, dict) and e.get("message")]
        if not reasons:
            reasons = [line for line in (proc.stderr or proc.stdout or "").strip().splitlines()[-5:] if line.strip()]
        raise SemgrepError(f"semgrep exited {proc.returncode}: " + (" | ".join(reasons)[:2000] or "no output"))
    return data


# --- findings ---------------------------------------------------------------------------------------

def display_path(raw: str, root: Path) -> str:
    path = Path(raw)
    absolute = path if path.is_absolute() else (root / path)
    try:
        return absolute.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return absolute.resolve().as_posix()


def _utf16_column(data: bytes, offset: int) -> int:
    line_start = data.rfind(b"\n", 0, offset) + 1
    return len(data[line_start:offset].decode("utf-8", "replace").encode("utf-16-le")) // 2 + 1


def _lines(data: bytes, start: int, end: int) -> str:
    if not data:
        return ""
    first = data.rfind(b"\n", 0, start) + 1
    last = data.find(b"\n", end)
    return data[first:len(data) if last < 0 else last].decode("utf-8", "replace").rstrip("\r")


def normalise(code: str) -> str:
    return " ".join(code.split())


def fingerprint(rule_id: str, path: str, code: str, index: int) -> str:
    text = "\0".join([rule_id, path, normalise(code), str(index)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def findings_from(data: dict[str, Any], catalog: Catalog, root: Path) -> list[Finding]:
    """The pack's findings in the semgrep report (project facts left out: see facts_from)."""
    return [f for f in _matches(data, catalog, root) if not project.is_fact(f.rule_id)]


def facts_from(data: dict[str, Any], catalog: Catalog, root: Path) -> list[project.Fact]:
    return [project.fact_from(f.rule_id, f.path, f.line, f.code)
            for f in _matches(data, catalog, root) if project.is_fact(f.rule_id)]


def _matches(data: dict[str, Any], catalog: Catalog, root: Path) -> list[Finding]:
    cache: dict[str, bytes] = {}
    findings: list[Finding] = []
    for result in data.get("results", []):
        raw_path = str(result["path"])
        source = raw_path if Path(raw_path).is_absolute() else str(root / raw_path)
        if source not in cache:
            try:
                cache[source] = Path(source).read_bytes()
            except OSError:
                cache[source] = b""
        content = cache[source]
        start, end = result.get("start", {}), result.get("end", {})
        start_off, end_off = int(start.get("offset", 0)), int(end.get("offset", 0))
        code = content[start_off:end_off].decode("utf-8", "replace") if content else ""
        extra = result.get("extra", {})
        rule_id = catalog.bare_id(str(result["check_id"]))
        rule = catalog.get(rule_id)
        findings.append(Finding(
            rule_id=rule_id,
            severity=str(extra.get("severity") or (rule.severity if rule else "WARNING")).upper(),
            path=display_path(raw_path, root),
            line=int(start.get("line", 1)),
            column=_utf16_column(content, start_off) if content else int(start.get("col", 1)),
            end_line=int(end.get("line", start.get("line", 1))),
            end_column=_utf16_column(content, end_off) if content else int(end.get("col", 1)),
            message=" ".join(str(extra.get("message") or (rule.message if rule else "")).split()),
            code=code,
            context=_lines(content, start_off, end_off),
            rule=rule,
        ))
    findings.sort(key=Finding.sort_key)
    seen: dict[tuple[str, str, str], int] = defaultdict(int)
    for finding in findings:
        key = (finding.rule_id, finding.path, normalise(finding.code))
        finding.fingerprint = fingerprint(finding.rule_id, finding.path, finding.code, seen[key])
        seen[key] += 1
    return findings


def warnings_from(data: dict[str, Any], root: Path) -> list[str]:
    found = []
    for error in data.get("errors", []):
        message = " ".join(str(error.get("message", "")).split())
        where = error.get("path")
        found.append(f"{display_path(where, root)}: {message}" if where else message)
    return found


# --- output -----------------------------------------------------------------------------------------

def to_json(result: ScanResult) -> dict[str, Any]:
    """Our own stable JSON (format 1): new keys may be added, existing ones keep their meaning."""
    from . import __version__

    return {
        "format": 1,
        "tool": {"name": "bullmq-rules", "version": __version__, "semgrep": result.semgrep_version},
        "baseline": result.baseline,
        "summary": {
            "findings": len(result.findings),
            "ERROR": result.count("ERROR"),
            "WARNING": result.count("WARNING"),
            "INFO": result.count("INFO"),
            "rules": len(result.rules),
            "files_scanned": result.files_scanned,
        },
        "findings": [
            {
                "rule_id": f.rule_id,
                "title": f.title,
                "severity": f.severity,
                "confidence": f.confidence,
                "category": f.category,
                "path": f.path,
                "line": f.line,
                "column": f.column,
                "end_line": f.end_line,
                "end_column": f.end_column,
                "message": f.message,
                "fingerprint": f.fingerprint,
                "checklist": {
                    "section": f.section,
                    "item": f.rule.checklist.get("item", "") if f.rule else "",
                    "question": f.rule.checklist.get("question", "") if f.rule else "",
                },
                "doc": f.rule.doc_url if f.rule else "",
            }
            for f in result.findings
        ],
        "supplied_elsewhere": [
            {"rule_id": f.rule_id, "path": f.path, "line": f.line, "fingerprint": f.fingerprint, "reason": reason}
            for f, reason in result.supplied
        ],
        "other_version": [
            {"rule_id": f.rule_id, "path": f.path, "line": f.line, "fingerprint": f.fingerprint, "reason": reason}
            for f, reason in result.other_version
        ],
        "warnings": result.warnings,
    }


def _wrap(text: str, width: int, indent: str) -> str:
    import textwrap

    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def render_text(result: ScanResult, fail_on: str, width: int = 100) -> str:
    lines: list[str] = []
    for path, group in itertools.groupby(result.findings, key=lambda f: f.path):
        lines.append(path)
        for f in group:
            lines.append(f"  {f.line}:{f.column}  {f.severity:<7}  {f.rule_id}  "
                         f"(confidence {f.confidence}, {f.section or 'no section'})")
            lines.append(_wrap(f.message, width, " " * 6))
        lines.append("")
    scope = f"{plural(len(result.rules), 'rule')}, {plural(result.files_scanned, 'file')} scanned"
    if result.baseline:
        scope += f", only findings new since {result.baseline[:12]}"
    if result.findings:
        counts = ", ".join(f"{result.count(s)} {s}" for s in ("ERROR", "WARNING", "INFO"))
        files = len({f.path for f in result.findings})
        over = len(failing(result.findings, fail_on))
        lines.append(f"{plural(len(result.findings), 'finding')} ({counts}) in {plural(files, 'file')}; {scope}. "
                     f"{over} at or above --fail-on {fail_on}.")
    else:
        lines.append(f"No findings ({scope}).")
    if result.supplied:
        lines.append(f"{plural(len(result.supplied), 'finding')} left out: another scanned file supplies what "
                     "they miss (--per-file keeps them):")
        lines.extend(f"  {f.path}:{f.line}  {f.rule_id}: {reason}" for f, reason in result.supplied)
    if result.other_version:
        lines.append(f"{plural(len(result.other_version), 'finding')} left out: the rule is for library versions "
                     "the project's package.json rules out (--any-version keeps them):")
        lines.extend(f"  {f.path}:{f.line}  {f.rule_id}: {reason}" for f, reason in result.other_version)
    return "\n".join(lines) + "\n"


class Progress:
    """A one-line spinner with the elapsed time on stderr while semgrep runs; silent unless a TTY."""

    FRAMES = "|/-\\"

    def __init__(self, label: str = "scanning", stream: TextIO | None = None, enabled: bool | None = None,
                 interval: float = 0.1):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.label = label
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> "Progress":
        if self.enabled:
            self._start = time.monotonic()
            self._thread = threading.Thread(target=self._spin, daemon=True)
            self._thread.start()
        return self

    def _spin(self) -> None:
        for frame in itertools.cycle(self.FRAMES):
            elapsed = time.monotonic() - self._start
            self.stream.write(f"\r{frame} bullmq-rules: {self.label} {elapsed:4.1f}s")
            self.stream.flush()
            if self._stop.wait(self.interval):
                break

    def __exit__(self, *exc: object) -> None:
        if self._thread is not None:
            self._stop.set()
            self._thread.join()
            elapsed = time.monotonic() - self._start
            self.stream.write(f"\r\033[Kbullmq-rules: {self.label} done in {elapsed:.1f}s\n")
            self.stream.flush()
