"""The user-facing commands of the pack: scan, list, explain, bundle (registered in cli.py)."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import textwrap
from pathlib import Path

import click

from . import bundle as bundle_mod
from . import catalog as catalog_mod
from . import project as project_mod
from . import report as report_mod
from . import sarif as sarif_mod
from . import scan as scan_mod
from . import versions as versions_mod
from . import pipeline, writer
from .errors import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, EXIT_SEMGREP, InputError, SemgrepError
from .profile import PROFILE_FILE, find_profile, load_profile

SEVERITY_CHOICE = click.Choice(["ERROR", "WARNING", "INFO"], case_sensitive=False)
RULES_HELP = "Rules file or folder to use instead of the rules bundled with this install."


def _error(message: str, code: int) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _catalog(rules_path: Path | None) -> catalog_mod.Catalog:
    """The rules of --rules, or the bundled ones of both tiers."""
    try:
        if rules_path is not None:
            return catalog_mod.Catalog.load(rules_path)
        audit = catalog_mod.audit_rules_path()
        return catalog_mod.Catalog.load_all([catalog_mod.default_rules_path(), *([audit] if audit else [])])
    except catalog_mod.CatalogError as exc:
        _error(str(exc), EXIT_BAD_INPUT)
        raise  # unreachable


def _check_output(option: str, path: Path | None) -> None:
    if path is None:
        return
    if path.is_dir():
        _error(f"{option} {path}: is a folder (fix: name a file)", EXIT_BAD_INPUT)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        _error(f"{option} {path}: folder {parent} does not exist (fix: create it or name another file)",
               EXIT_BAD_INPUT)


def _write(option: str, path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8", newline="\n")
    except OSError as exc:
        _error(f"{option} {path}: cannot write: {exc.strerror or exc}", EXIT_BAD_INPUT)


@click.command(context_settings={"help_option_names": ["-h", "--help"]},
               short_help="Scan code with the pack: text, JSON, SARIF, markdown review.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--fail-on", type=SEVERITY_CHOICE, default="WARNING", show_default=True, metavar="[ERROR|WARNING|INFO]",
              help="Exit 1 when a finding has this severity or a higher one.")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON (format 1) instead of text.")
@click.option("--sarif", "sarif_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Also write SARIF 2.1.0 to this file (for GitHub code scanning).")
@click.option("--report", "report_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Also write the review (markdown, the checklist's Review Output Format) to this file.")
@click.option("--baseline-ref", metavar="REF",
              help="Report only findings that are not in this git commit (e.g. origin/main in a pull request).")
@click.option("--rules", "--config", "rules_path", type=click.Path(path_type=Path), help=RULES_HELP)
@click.option("--profile", "profile_path", type=click.Path(path_type=Path, dir_okay=False),
              help=f"Tailor the rules with this profile (default: {PROFILE_FILE} in the current folder, if any).")
@click.option("--no-profile", is_flag=True, help=f"Ignore {PROFILE_FILE} in the current folder.")
@click.option("--per-file", is_flag=True, help="Judge each file alone: keep \"missing X\" findings even when "
              "another scanned file supplies X (a shutdown handler, a queue's retention, a failed listener).")
@click.option("--any-version", is_flag=True, help="Keep findings of rules for library versions the nearest "
              "package.json rules out (e.g. a rule for bullmq >=5.16 in a project pinned to 5.13.0).")
@click.option("--audit", is_flag=True, help="Also run the opt-in audit tier: rules that are policy rather than "
              "defects, or that are noisier on real code (docs/rules/README.md marks them).")
def scan(paths: tuple[Path, ...], fail_on: str, as_json: bool, sarif_path: Path | None, report_path: Path | None,
         baseline_ref: str | None, rules_path: Path | None, profile_path: Path | None, no_profile: bool,
         per_file: bool, any_version: bool, audit: bool) -> None:
    """Scan PATH... (default: the current folder) with the pack; one semgrep run.

    Prints the findings as text grouped by file (or JSON with --json), and can also write SARIF and a
    markdown review. Paths in the output are relative to the current folder: run it from the
    repository root so that fingerprints stay stable.

    \b
    Exit codes:
      0  no finding at or above --fail-on
      1  findings at or above --fail-on
      2  usage or input error: a path that does not exist, a bad option or git ref, an unwritable output
      3  semgrep failed (not installed, crashed, or rejected the rules)
    """
    fail_on = fail_on.upper()
    targets = list(paths) or [Path(".")]
    missing = [p for p in targets if not p.exists()]
    if missing:
        _error("; ".join(f"{p}: no such file or folder (fix: pass an existing path)" for p in missing),
               EXIT_BAD_INPUT)
    _check_output("--sarif", sarif_path)
    _check_output("--report", report_path)
    if profile_path is None and not no_profile:
        profile_path = find_profile(Path.cwd())
    if profile_path is not None and rules_path is not None:
        _error("--rules and a profile exclude each other (fix: pass --no-profile, or drop --rules)", EXIT_BAD_INPUT)
    if audit and rules_path is not None:
        _error("--rules and --audit exclude each other (fix: pass the audit rules folder as --rules, or drop it)",
               EXIT_BAD_INPUT)
    with tempfile.TemporaryDirectory(prefix="bullmq-rules-profile-") as tailored:
        if profile_path is not None:
            configs = [_tailored_rules(profile_path, Path(tailored), audit)]
        elif rules_path is not None:
            configs = [rules_path]
        else:
            configs = _bundled_rules(audit)
        _scan(targets, fail_on, as_json, sarif_path, report_path, baseline_ref, configs, per_file, any_version)


def _bundled_rules(audit: bool) -> list[Path]:
    try:
        configs = [catalog_mod.default_rules_path()]
    except catalog_mod.CatalogError as exc:
        _error(str(exc), EXIT_BAD_INPUT)
    if audit:
        extra = catalog_mod.audit_rules_path()
        if extra is None:
            _error("--audit: this installation has no audit rules (reinstall bullmq-rules, or run "
                   "`bullmq-rules generate` in a checkout)", EXIT_BAD_INPUT)
        configs.append(extra)
    return configs


def _tailored_rules(profile_path: Path, out: Path, audit: bool = False) -> Path:
    """The bundled spec generated with the profile, into `out`; profile errors exit 2 with file:line."""
    try:
        profile = load_profile(profile_path)
        if audit:
            profile.values["tiers"] = sorted(set(profile.tiers) | {"audit"})
        pack = pipeline.build_pack(catalog_mod.default_spec_path(), None, Path("test-cases"), profile)
    except InputError as exc:
        for problem in exc.problems:
            click.echo(f"error: {problem}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except catalog_mod.CatalogError as exc:
        _error(str(exc), EXIT_BAD_INPUT)
    rules = out / "rules"
    writer.write_tree(rules, pack.files)
    click.echo(f"profile {profile_path}: {len(pack.files)} rules tailored", err=True)
    return rules


def _scan(targets: list[Path], fail_on: str, as_json: bool, sarif_path: Path | None, report_path: Path | None,
          baseline_ref: str | None, configs: list[Path], per_file: bool = False, any_version: bool = False) -> None:
    for config in configs:
        if not config.exists():
            _error(f"--rules {config}: no such file or folder", EXIT_BAD_INPUT)
    root = Path.cwd()
    try:
        baseline = scan_mod.resolve_baseline(baseline_ref, root) if baseline_ref else None
        label = f"scanning {len(targets)} path{'s' if len(targets) != 1 else ''}"
        with scan_mod.Progress(label):
            # Facts come from every file: with a baseline semgrep reports only new matches, so then they
            # need a run of their own.
            together = [project_mod.FACTS_FILE] if not per_file and not baseline else []
            data = scan_mod.run_semgrep(configs + together, targets, baseline, cwd=root)
            facts_data = data if together or per_file else \
                scan_mod.run_semgrep([project_mod.FACTS_FILE], targets, None, cwd=root)
        catalog = catalog_mod.Catalog.load_all(configs)
    except scan_mod.ScanInputError as exc:
        _error(str(exc), EXIT_BAD_INPUT)
    except SemgrepError as exc:
        _error(str(exc), EXIT_SEMGREP)
    except catalog_mod.CatalogError as exc:
        _error(f"semgrep ran, but the rules cannot be read back: {exc}", EXIT_SEMGREP)
    findings = scan_mod.findings_from(data, catalog, root)
    findings, supplied = project_mod.suppress(findings, scan_mod.facts_from(facts_data, catalog, root), root)
    findings, other_version = (findings, []) if any_version else versions_mod.leave_out(findings, root)
    result = scan_mod.ScanResult(
        findings=findings,
        supplied=supplied,
        other_version=other_version,
        rules=catalog.rules,
        warnings=scan_mod.warnings_from(data, root),
        files_scanned=len(data.get("paths", {}).get("scanned", [])),
        semgrep_version=str(data.get("version", "")),
        root=root,
        baseline=baseline,
    )
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    if as_json:
        click.echo(json.dumps(scan_mod.to_json(result), indent=2, ensure_ascii=False))
    else:
        width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))
        click.echo(scan_mod.render_text(result, fail_on, width), nl=False)
    if sarif_path:
        _write("--sarif", sarif_path, json.dumps(sarif_mod.to_sarif(result), indent=2, ensure_ascii=False) + "\n")
    if report_path:
        _write("--report", report_path, report_mod.render(result))
    sys.exit(EXIT_FAILED if scan_mod.failing(result.findings, fail_on) else EXIT_OK)


@click.command("list")
@click.option("--rules", "--config", "rules_path", type=click.Path(path_type=Path), help=RULES_HELP)
def list_rules(rules_path: Path | None) -> None:
    """List the rules of both tiers: id, severity, confidence, tier, checklist section and title."""
    rules = sorted(_catalog(rules_path).rules, key=lambda r: (r.section, r.id))
    header = ("id", "severity", "confidence", "tier", "section", "title")
    rows = [header] + [(r.id, r.severity, r.confidence, r.tier, r.section, r.title) for r in rules]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    for row in rows:
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1])
    click.echo(f"{len(rules)} rules")


@click.command()
@click.argument("rule_id")
@click.option("--rules", "--config", "rules_path", type=click.Path(path_type=Path), help=RULES_HELP)
def explain(rule_id: str, rules_path: Path | None) -> None:
    """Show one rule: title, severity, confidence, message, references, limitations, checklist item.

    RULE_ID may be bare (bullmq-attempts-unbounded) or as semgrep prints it under a folder config
    (generated-rules.retry.bullmq-attempts-unbounded). An unknown id exits 2 with the closest ids.
    """
    catalog = _catalog(rules_path)
    rule = catalog.get(rule_id)
    if rule is None:
        close = catalog.suggest(rule_id)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        _error(f"unknown rule id {rule_id!r}.{hint} (`bullmq-rules list` shows them all)", EXIT_BAD_INPUT)
    checklist = rule.checklist

    def block(title: str, items: list[str]) -> None:
        if items:
            click.echo(f"\n{title}:")
            for item in items:
                click.echo(textwrap.fill(item, 100, initial_indent="  - ", subsequent_indent="    "))

    click.echo(f"{rule.id}: {rule.title}")
    click.echo(f"severity {rule.severity}, confidence {rule.confidence}, tier {rule.tier}, "
               f"category {rule.category or '-'}"
               + (f", {', '.join(rule.as_list('cwe'))}" if rule.as_list("cwe") else ""))
    click.echo(f"checklist: {checklist.get('section', '-')}/{checklist.get('item', '-')}: "
               f"{checklist.get('question', '')}")
    click.echo(f"technology: {', '.join(rule.as_list('technology')) or '-'}")
    click.echo("\n" + textwrap.fill(rule.message, 100))
    block("References", rule.as_list("references"))
    block("Limitations", rule.as_list("limitations"))
    click.echo(f"\nDocs: {rule.doc_url}")
    if rule.metadata.get("source"):
        click.echo(f"Source: {rule.metadata['source']}")


@click.command("bundle")
@click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False), default=bundle_mod.DEFAULT_OUT,
              show_default=True, help="The single-file bundle to write.")
@click.option("--rules", "rules_path", type=click.Path(path_type=Path), help=RULES_HELP)
def bundle(out: Path, rules_path: Path | None) -> None:
    """Write every rule into one YAML file, for `semgrep --config FILE` or a Semgrep policy."""
    try:
        count = bundle_mod.write(out, rules_path)
    except catalog_mod.CatalogError as exc:
        _error(str(exc), EXIT_BAD_INPUT)
    except OSError as exc:
        _error(f"--out {out}: cannot write: {exc.strerror or exc}", EXIT_BAD_INPUT)
    click.echo(f"wrote {count} rules to {out}")


COMMANDS = [scan, list_rules, explain, bundle]
