"""Read YAML into plain Python data while remembering the line of every key and item."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .errors import InputError, Problem, display_path

PathKey = tuple[Any, ...]


@dataclass
class Located:
    """Plain data read from one YAML file, with the line (1-based) of each path in it."""

    file: Path
    data: Any
    lines: dict[PathKey, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return display_path(self.file)

    def line_of(self, path: PathKey) -> int:
        """The line of `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return 1

    def problem(self, path: PathKey, message: str, fix: str) -> Problem:
        return Problem(self.name, self.line_of(path), message, fix)


def load(path: Path) -> Located:
    """Load one YAML file; any failure becomes an InputError naming the file and line."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([Problem(shown, 1, f"cannot read the file: {exc}", "make it a readable UTF-8 text file")])
    yaml = YAML(typ="rt", pure=True)
    yaml.allow_duplicate_keys = False
    try:
        raw = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        reason = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        raise InputError([Problem(shown, line, f"invalid YAML: {reason}", "fix the YAML syntax at that line")])
    except YAMLError as exc:
        raise InputError([Problem(shown, 1, f"invalid YAML: {exc}", "fix the YAML syntax")])
    located = Located(path, None)
    located.data = _plain(raw, (), located.lines)
    return located


def _plain(node: Any, path: PathKey, lines: dict[PathKey, int]) -> Any:
    if isinstance(node, CommentedMap):
        result: dict[str, Any] = {}
        for key in node:
            child = path + (str(key),)
            line, _col = node.lc.key(key)
            lines[child] = line + 1
            result[str(key)] = _plain(node[key], child, lines)
        return result
    if isinstance(node, CommentedSeq):
        items = []
        for index, item in enumerate(node):
            child = path + (index,)
            line, _col = node.lc.item(index)
            lines[child] = line + 1
            items.append(_plain(item, child, lines))
        return items
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    return str(node)
