"""Problems found in user input, and the exit codes the CLI documents."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1  # stale output, failing tests, findings
EXIT_BAD_INPUT = 2  # bad spec, profile, template or command-line arguments
EXIT_SEMGREP = 3  # semgrep itself failed or rejected the generated rules


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one place of the input, and how to fix it."""

    file: str
    line: int
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message} (fix: {self.fix})"


class InputError(Exception):
    """Raised with every problem found, so the user sees them all at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class SemgrepError(Exception):
    """semgrep could not run, or rejected what was given to it."""


def display_path(path: Path, root: Path | None = None) -> str:
    """A path as the user should read it: relative to the working directory when possible."""
    base = root or Path.cwd()
    try:
        return str(path.resolve().relative_to(base.resolve()))
    except ValueError:
        return str(path)
