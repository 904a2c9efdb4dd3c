"""Write the generated pack atomically, or compare it with what is on disk."""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from pathlib import Path


def existing_files(out_dir: Path, pattern: str = "*.yaml") -> dict[Path, str]:
    if not out_dir.is_dir():
        return {}
    return {p.relative_to(out_dir): p.read_text(encoding="utf-8") for p in sorted(out_dir.rglob(pattern))}


def diff_file(path: Path, text: str) -> str:
    before = path.read_text(encoding="utf-8") if path.exists() else None
    if before == text:
        return ""
    name = path.as_posix()
    return "".join(difflib.unified_diff((before or "").splitlines(keepends=True), text.splitlines(keepends=True),
                                        fromfile=name if before is not None else "/dev/null", tofile=name))


def write_file(path: Path, text: str) -> None:
    """Write one file atomically: a temporary file beside it, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def diff(out_dir: Path, files: dict[Path, str], pattern: str = "*.yaml") -> str:
    """A unified diff from what is on disk to what the spec generates; empty when up to date."""
    current = existing_files(out_dir, pattern)
    chunks = []
    for rel in sorted(set(current) | set(files)):
        before, after = current.get(rel), files.get(rel)
        if before == after:
            continue
        name = (out_dir / rel).as_posix()
        chunks.extend(difflib.unified_diff(
            (before or "").splitlines(keepends=True),
            (after or "").splitlines(keepends=True),
            fromfile=name if before is not None else "/dev/null",
            tofile=name if after is not None else "/dev/null",
        ))
    return "".join(chunks)


def write_tree(out_dir: Path, files: dict[Path, str]) -> None:
    """Replace `out_dir` with exactly `files`: built beside it, then swapped in by renames."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    try:
        for rel, text in files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        old = None
        if out_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
            old.rmdir()
            out_dir.rename(old)
        staging.rename(out_dir)
        if old is not None:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
