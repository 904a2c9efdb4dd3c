"""Bad custom templates (`--templates DIR`) give a clear error with file:line and exit 2, and write nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.errors import EXIT_BAD_INPUT

from conftest import SPEC

GOOD_HEAD = """{#---
description: A custom template for the tests.
parameters:
  method:
    type: identifier
    description: A method name.
---#}
"""
GOOD_BODY = """{% from "_library.j2" import scope %}
patterns:
{{ scope(libraries, skip_libraries) | indent(2, first=True) }}
  - pattern: $QUEUE.{{ method }}(...)
"""

BAD_TEMPLATES = [
    ("no declaration", GOOD_BODY, 1, "has no parameter declaration"),
    ("declaration not YAML", "{#---\ndescription: [unclosed\n---#}\n" + GOOD_BODY, 2, "invalid YAML in the template declaration"),
    ("unknown parameter type", GOOD_HEAD.replace("type: identifier", "type: whatever") + GOOD_BODY, 2,
     "unknown type 'whatever'"),
    ("reserved parameter name", GOOD_HEAD.replace("  method:", "  libraries:") + GOOD_BODY, 2, "is reserved"),
    ("jinja syntax error", GOOD_HEAD + GOOD_BODY.replace("{{ method }}", "{{ method "), 11, "template syntax error"),
    ("undefined variable", GOOD_HEAD + GOOD_BODY.replace("{{ method }}", "{{ methd }}"), None, "undefined value"),
    ("renders invalid YAML", GOOD_HEAD + "patterns: [unclosed\n", 1, "rendered invalid YAML"),
    ("renders unknown keys", GOOD_HEAD + "pattern: x\nseverity: ERROR\n", 1, "unexpected keys"),
    ("sandbox escape", GOOD_HEAD + "pattern: {{ ''.__class__.__mro__ }}\n", None, "failed"),
]


@pytest.mark.parametrize("kind,text,line,words", BAD_TEMPLATES, ids=[b[0] for b in BAD_TEMPLATES])
def test_bad_template(runner, tmp_path, kind, text, line, words):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "custom-call.yaml.j2").write_text(text)
    spec = tmp_path / "rules-src"
    shutil.copytree(SPEC, spec)
    entry = spec / "retry" / "bullmq-custom-call.yaml"
    data = yaml.safe_load((spec / "retry" / "bullmq-attempts-unbounded.yaml").read_text())
    data.update(id="bullmq-custom-call", template="custom-call", parameters={"method": "obliterate"})
    entry.write_text(yaml.safe_dump(data))
    out = tmp_path / "out"
    result = runner.invoke(main, ["generate", "--spec", str(spec), "--out", str(out), "--docs", str(tmp_path / "docs"),
                                  "--templates", str(templates), "--no-semgrep"])
    assert result.exit_code == EXIT_BAD_INPUT, result.output
    assert words in result.output, result.output
    where = "custom-call.yaml.j2" if line is not None else "bullmq-custom-call.yaml"
    expected = f"{where}:{line}:" if line is not None else f"{where}:"
    assert expected in result.output, result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_a_good_custom_template_is_used(runner, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "custom-call.yaml.j2").write_text(GOOD_HEAD + GOOD_BODY)
    spec = tmp_path / "rules-src"
    shutil.copytree(SPEC, spec)
    data = yaml.safe_load((spec / "retry" / "bullmq-attempts-unbounded.yaml").read_text())
    data.update(id="bullmq-custom-call", template="custom-call", parameters={"method": "obliterate"})
    (spec / "retry" / "bullmq-custom-call.yaml").write_text(yaml.safe_dump(data))
    out = tmp_path / "out"
    result = runner.invoke(main, ["generate", "--spec", str(spec), "--out", str(out), "--docs", str(tmp_path / "docs"),
                                  "--templates", str(templates), "--no-semgrep"])
    assert result.exit_code == 0, result.output
    assert "$QUEUE.obliterate(...)" in (out / "retry" / "bullmq-custom-call.yaml").read_text()
