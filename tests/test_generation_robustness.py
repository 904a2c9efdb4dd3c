"""Arbitrary text in any spec field gives either a clear input error or rules that carry it unchanged.

Never a traceback, never YAML injected into a rule, never template code executed.
"""

from __future__ import annotations

import re
import shutil
from types import SimpleNamespace
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import build, rule_check
from generator.errors import InputError
from generator.pipeline import build_pack
from generator.templates import Quoted

from conftest import CASES, SPEC, strings

BOARD = Path("bull-board") / "bull-board-unauthenticated.yaml"
ATTEMPTS = Path("retry") / "bullmq-attempts-unbounded.yaml"

# Text that stresses YAML, jinja and regexes, mixed with arbitrary unicode.
SPECIAL = st.sampled_from([":", "#", "'", '"', "{", "}", "[", "]", "-", "?", "|", ">", "&", "*", "!", "%", "@",
                           "`", "{{", "}}", "{%", "%}", "{#", "\n", "\t", "\\", "$X", "...", "---", "\u2028",
                           "\U00010000", "\u00e9", "\x00", "\x85", "\ufeff"])
TEXT = st.lists(st.one_of(SPECIAL, st.text(max_size=8)), max_size=12).map("".join)
LONG = st.builds(lambda s, n: (s or "x") * n, TEXT, st.integers(min_value=1, max_value=400))
VALUE = st.one_of(TEXT, LONG)

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def one_rule_spec(tmp: Path, rel: Path) -> Path:
    spec = tmp / "spec"
    spec.mkdir()
    shutil.copy(SPEC / "checklist.yaml", spec / "checklist.yaml")
    (spec / rel.parent).mkdir(parents=True)
    shutil.copy(SPEC / rel, spec / rel)
    return spec


def build_or_error(spec: Path):
    """Build the pack; an InputError must name a file and line. Any other exception fails the test."""
    try:
        return build_pack(spec, cases_dir=CASES)
    except InputError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert re.match(r"^.+:\d+: .+ \(fix: .+\)$", str(problem), re.S), str(problem)
        return None



def assert_rules_sound(pack, original_keys: set[str]) -> None:
    assert not rule_check.schema_problems(pack.rules)
    for (rule, data), text in zip(pack.rules, pack.files.values()):
        loaded = yaml.safe_load(text)
        assert loaded == {"rules": [data]}
        # the generator adds `paths` (test files left out) and `fix`; nothing else may appear
        assert set(loaded["rules"][0]) <= original_keys | {"fix", "paths"}
        assert loaded["rules"][0].get("paths", {"exclude": list(build.TEST_FILES)}) == {"exclude": list(build.TEST_FILES)}


@given(text=st.text())
def test_quoted_text_loads_back_as_itself(text):
    assert yaml.safe_load(f"k: {Quoted(text)}") == {"k": text}


@given(value=st.one_of(st.text(), TEXT, st.lists(TEXT, max_size=3)))
def test_rule_files_load_back_as_the_data_written(value):
    data = {"id": "x", "message": value, "metadata": {"limitations": [value]}}
    text = build.to_yaml(SimpleNamespace(relpath=Path("retry") / "x"), data)
    assert yaml.safe_load(text) == {"rules": [data]}


FIELDS = ["title", "message", "limitations", "references", "cwe", "versions"]


@pytest.mark.parametrize("field", FIELDS)
@SETTINGS
@given(value=VALUE)
def test_text_fields_are_carried_unchanged(tmp_path_factory, field, value):
    spec = one_rule_spec(tmp_path_factory.mktemp("spec"), BOARD)
    path = spec / BOARD
    data = yaml.safe_load(path.read_text())
    data[field] = {"x": value} if field == "versions" else [value] if field in ("limitations", "references", "cwe") \
        else value
    path.write_text(yaml.safe_dump(data))
    pack = build_or_error(spec)
    if pack is None:
        return
    assert_rules_sound(pack, {"id", "message", "severity", "languages", "metadata", "pattern-either"})
    rule = pack.rules[0][1]
    if field == "message":
        assert rule["message"] == value.strip()
    elif field == "title":
        assert rule["metadata"]["title"] == value
    else:
        key = field
        assert value in list(strings(rule["metadata"][key]))


@pytest.mark.parametrize("parameter", ["auth_regex", "adapter_regex"])
@SETTINGS
@given(value=VALUE)
def test_regex_parameters_are_one_quoted_value(tmp_path_factory, parameter, value):
    spec = one_rule_spec(tmp_path_factory.mktemp("spec"), BOARD)
    path = spec / BOARD
    data = yaml.safe_load(path.read_text())
    data["parameters"] = {parameter: value}
    path.write_text(yaml.safe_dump(data))
    pack = build_or_error(spec)
    if pack is None:
        return
    assert_rules_sound(pack, {"id", "message", "severity", "languages", "metadata", "pattern-either"})
    values = list(strings(pack.rules[0][1]))
    assert value in values  # whole, unchanged: not split into YAML of its own, not rendered as jinja


@pytest.mark.parametrize("parameter", ["option", "above", "bad_values", "contexts"])
@SETTINGS
@given(value=st.one_of(VALUE, st.lists(VALUE, max_size=3), st.integers(), st.none()))
def test_typed_parameters_accept_only_their_type(tmp_path_factory, parameter, value):
    spec = one_rule_spec(tmp_path_factory.mktemp("spec"), ATTEMPTS)
    path = spec / ATTEMPTS
    data = yaml.safe_load(path.read_text())
    data["parameters"][parameter] = value
    path.write_text(yaml.safe_dump(data))
    pack = build_or_error(spec)
    if pack is None:
        return
    assert_rules_sound(pack, {"id", "message", "severity", "languages", "metadata", "patterns"})


@pytest.mark.parametrize("key", ["id", "template", "severity", "checklist", "libraries"])
@SETTINGS
@given(value=VALUE)
def test_structural_fields_reject_what_they_cannot_use(tmp_path_factory, key, value):
    spec = one_rule_spec(tmp_path_factory.mktemp("spec"), ATTEMPTS)
    path = spec / ATTEMPTS
    data = yaml.safe_load(path.read_text())
    data[key] = value
    path.write_text(yaml.safe_dump(data))
    pack = build_or_error(spec)
    if pack is not None:  # only a value that is valid in that place may pass
        assert_rules_sound(pack, {"id", "message", "severity", "languages", "metadata", "patterns"})


@SETTINGS
@given(value=VALUE, line=st.integers(min_value=0, max_value=40))
def test_raw_text_spliced_into_the_spec_file(tmp_path_factory, value, line):
    spec = one_rule_spec(tmp_path_factory.mktemp("spec"), ATTEMPTS)
    path = spec / ATTEMPTS
    lines = path.read_text().splitlines()
    index = min(line, len(lines))
    lines.insert(index, value)
    path.write_text("\n".join(lines) + "\n")
    pack = build_or_error(spec)
    if pack is not None:
        assert_rules_sound(pack, {"id", "message", "severity", "languages", "metadata", "patterns"})


@pytest.mark.parametrize("line, libraries, in_scope", [
    ("import { Queue } from 'bullmq';", ["bullmq"], True),
    ('import type { Job } from "@nestjs/bullmq";', ["bullmq"], True),
    ("const { Queue } = require('bullmq');", ["bullmq"], True),
    ("const bullmq = await import(`bullmq`);", ["bullmq"], True),
    ("import 'bullmq';", ["bullmq"], True),
    ("import Queue from 'bull';", ["bullmq"], False),
    ("import { Queue } from 'bullmq-pro';", ["bullmq"], False),
    ("const text = 'bullmq';", ["bullmq"], False),
    ("import Queue from 'bull';", ["bull"], True),
    ("import { createBullBoard } from '@bull-board/api';", ["bull-board"], True),
])
def test_the_library_scope_sees_every_import_form(line, libraries, in_scope):
    from generator.templates import imports_of, whole_file_if

    regex = re.compile(whole_file_if(imports_of(libraries)).text)
    text = f"// a module\n{line}\nexport const x = 1;\n"
    match = regex.match(text)
    assert bool(match) == in_scope
    if match:
        assert match.end() == len(text)  # the whole file, so every finding in it is inside
