"""End to end, slow: build the sdist and the wheel from it, install the wheel in a fresh venv, scan.

The venv gets the wheel only (--no-deps); its dependencies (semgrep, click, ...) come from this
project's venv through a .pth line, so the test is offline and fast. It runs from a temporary folder
with no checkout around it: the rules it finds are the ones inside the wheel.

Also validates the CI files: the GitHub workflows with check-jsonschema's vendored schema, the GitLab
job with the GitLab CI schema, and .pre-commit-hooks.yaml with pre-commit's own validator.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import site
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
import yaml

from scan_helpers import EXAMPLE_FINDING_COUNT, EXAMPLE_FINDINGS, EXAMPLES, ROOT, multitool_problems, offline_env, schema_errors

RULES = ROOT / "generated-rules"
AUDIT_RULES = ROOT / "generated-rules-audit"
BIN = Path(sys.executable).parent


def _run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("timeout", 300)
    return subprocess.run(cmd, capture_output=True, text=True, check=False, **kwargs)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """sdist and wheel, the wheel built from the sdist (python -m build's default)."""
    out = tmp_path_factory.mktemp("dist")
    proc = _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)])
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    wheels, sdists = list(out.glob("*.whl")), list(out.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, list(out.iterdir())
    return {"wheel": wheels[0], "sdist": sdists[0]}


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory):
    """A fresh venv with the wheel installed (no deps); returns its bin folder and an env to run it."""
    venv = tmp_path_factory.mktemp("venv") / "venv"
    proc = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    assert proc.returncode == 0, proc.stderr
    vpy = venv / "bin" / "python"
    proc = _run([sys.executable, "-m", "pip", "--python", str(vpy), "install", "--no-deps", "--no-index",
                 "--disable-pip-version-check", "--quiet", str(built["wheel"])])
    assert proc.returncode == 0, proc.stdout + proc.stderr
    purelib = _run([str(vpy), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
    # the project's venv supplies the dependencies, after the venv's own site-packages
    Path(purelib, "_project_deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    env = offline_env(PATH=f"{venv / 'bin'}{os.pathsep}{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    env.pop("PYTHONPATH", None)
    env.pop("BULLMQ_RULES_SEMGREP", None)
    return {"bin": venv / "bin", "env": env, "purelib": Path(purelib)}


def test_wheel_ships_the_generated_rules_and_the_licence(built):
    with zipfile.ZipFile(built["wheel"]) as wheel:
        names = set(wheel.namelist())
        shipped = {n.removeprefix("generator/rules/"): wheel.read(n) for n in names
                   if n.startswith("generator/rules/") and n.endswith(".yaml")}
        shipped_audit = {n.removeprefix("generator/rules_audit/"): wheel.read(n) for n in names
                         if n.startswith("generator/rules_audit/") and n.endswith(".yaml")}
        assert "generator/facts/project-facts.yaml" in names
        metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        assert any(re.search(r"\.dist-info/licenses/LICENSE$", n) for n in names), names
    committed = {p.relative_to(RULES).as_posix(): p.read_bytes() for p in RULES.rglob("*.yaml")}
    assert shipped == committed
    assert shipped_audit == {p.relative_to(AUDIT_RULES).as_posix(): p.read_bytes() for p in AUDIT_RULES.rglob("*.yaml")}
    assert "License-Expression: MIT" in metadata
    assert re.search(r"^Requires-Dist: semgrep<2,>=1\.180$", metadata, re.M), metadata
    with tarfile.open(built["sdist"]) as sdist:
        members = {m.name.split("/", 1)[1] for m in sdist.getmembers() if "/" in m.name}
    assert {f"generated-rules/{rel}" for rel in committed} <= members
    assert "LICENSE" in members


def test_installed_pack_uses_its_own_rules(installed, tmp_path):
    code = "import generator, generator.catalog as c; print(generator.__file__); print(c.default_rules_path())"
    proc = _run([str(installed["bin"] / "python"), "-c", code], cwd=tmp_path, env=installed["env"])
    assert proc.returncode == 0, proc.stderr
    module, rules = proc.stdout.split()
    assert Path(module).is_relative_to(installed["purelib"])
    assert Path(rules) == installed["purelib"] / "generator" / "rules"


def test_installed_scan_of_the_examples(installed, tmp_path):
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    cli = str(installed["bin"] / "bullmq-rules")
    proc = _run([cli, "scan", "examples", "--sarif", "results.sarif", "--report", "review.md"], cwd=tmp_path,
                env=installed["env"])
    assert proc.returncode == 1, proc.stdout + proc.stderr
    out = proc.stdout
    # text grouped by file: the path on its own line, then line:col, severity, bare rule id
    sections = re.split(r"^(?=\S)", out, flags=re.M)  # one section per file: its path, then its findings
    for rule_id, path, line in EXAMPLE_FINDINGS:
        section = next(s for s in sections if s.startswith(path + "\n"))
        assert re.search(rf"^  {line}:\d+  (ERROR|WARNING|INFO) +{re.escape(rule_id)}  ", section, re.M), \
            (rule_id, path, line, out)
    default_rules = len(list(RULES.rglob("*.yaml")))  # the default tier only
    assert (f"{EXAMPLE_FINDING_COUNT} findings (6 ERROR, 3 WARNING, 3 INFO) in 3 files; {default_rules} rules, "
            "3 files scanned.") in out
    assert "Set a small finite number" in out  # the message carries the fix
    sarif = json.loads((tmp_path / "results.sarif").read_text())
    assert schema_errors(sarif) == []
    serious, _ = multitool_problems(tmp_path / "results.sarif", tmp_path)
    assert serious == [], serious
    assert len(sarif["runs"][0]["results"]) == EXAMPLE_FINDING_COUNT
    assert "- **Status**: BLOCKED" in (tmp_path / "review.md").read_text()


def test_installed_list_explain_bundle(installed, tmp_path):
    cli = str(installed["bin"] / "bullmq-rules")
    listed = _run([cli, "list"], cwd=tmp_path, env=installed["env"])
    assert listed.returncode == 0 and listed.stdout.rstrip().endswith(
        f"{len(list(RULES.rglob('*.yaml'))) + len(list(AUDIT_RULES.rglob('*.yaml')))} rules")
    explained = _run([cli, "explain", "bull-board-unauthenticated"], cwd=tmp_path, env=installed["env"])
    assert explained.returncode == 0 and "CWE-306" in explained.stdout
    unknown = _run([cli, "explain", "bull-board-unauth"], cwd=tmp_path, env=installed["env"])
    assert unknown.returncode == 2 and "Did you mean: bull-board-unauthenticated" in unknown.stderr
    bundled = _run([cli, "bundle", "--out", "dist/bullmq-rules.yaml"], cwd=tmp_path, env=installed["env"])
    assert bundled.returncode == 0, bundled.stderr
    rules = yaml.safe_load((tmp_path / "dist" / "bullmq-rules.yaml").read_text())["rules"]
    assert sorted(r["id"] for r in rules) == sorted(yaml.safe_load(p.read_text())["rules"][0]["id"]
                                                    for p in RULES.rglob("*.yaml"))
    version = _run([cli, "--version"], cwd=tmp_path, env=installed["env"])
    assert re.search(r"\d+\.\d+\.\d+", version.stdout)


# --- CI integration files ----------------------------------------------------------------------------

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=[p.name for p in WORKFLOWS])
def test_github_workflows_are_valid(workflow):
    proc = _run([str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(workflow)])
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_workflow_validation_rejects_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  x:\n    steps:\n      - run: true\n")  # no runs-on
    proc = _run([str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(broken)])
    assert proc.returncode == 1, proc.stdout


def test_example_workflow_scans_uploads_sarif_and_writes_the_summary():
    flow = yaml.safe_load((ROOT / ".github" / "workflows" / "bullmq-rules-example.yml").read_text())
    assert "workflow_call" in flow[True]  # `on:` reads as True in YAML 1.1
    steps = flow["jobs"]["scan"]["steps"]
    runs = "\n".join(s.get("run", "") for s in steps)
    assert "bullmq-rules scan" in runs and "--sarif results.sarif --report review.md" in runs
    assert 'cat review.md >> "$GITHUB_STEP_SUMMARY"' in runs
    upload = next(s for s in steps if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == "results.sarif"
    assert flow["jobs"]["scan"]["permissions"]["security-events"] == "write"
    ci = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
    assert "make test" in "\n".join(s.get("run", "") for s in ci["jobs"]["test"]["steps"])


def test_gitlab_job_is_valid_and_documented():
    job = ROOT / "docs" / "examples" / "gitlab-ci.yml"
    proc = _run([str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.gitlab-ci", str(job)])
    assert proc.returncode == 0, proc.stdout + proc.stderr
    data = yaml.safe_load(job.read_text())
    assert set(data["bullmq-rules"]["artifacts"]["paths"]) == {"bullmq-rules.sarif", "bullmq-rules-review.md"}
    # docs/ci.md shows the same job, byte for byte
    docs = (ROOT / "docs" / "ci.md").read_text()
    assert job.read_text() in docs


def test_pre_commit_hook_manifest_is_valid():
    proc = _run([str(BIN / "pre-commit"), "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")])
    assert proc.returncode == 0, proc.stdout + proc.stderr
