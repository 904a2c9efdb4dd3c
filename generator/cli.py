"""The `bullmq-rules` command.

Exit codes: 0 success; 1 stale output or failing tests; 2 bad input (spec, template, arguments);
3 semgrep could not run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__, pipeline, testing, tiers
from .profile import load_profile
from .errors import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, EXIT_SEMGREP, InputError, SemgrepError

DirPath = click.Path(path_type=Path, file_okay=False)


def _fail_input(exc: InputError) -> None:
    for problem in exc.problems:
        click.echo(f"error: {problem}", err=True)
    click.echo(f"{len(exc.problems)} problem(s); nothing was written.", err=True)
    sys.exit(EXIT_BAD_INPUT)


def _fail_semgrep(exc: SemgrepError) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(EXIT_SEMGREP)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bullmq-rules")
def main() -> None:
    """Semgrep rules for BullMQ, Bull, Bull Board and ioredis, generated from rules-src/."""


@main.command()
@click.option("--spec", "spec_dir", type=DirPath, default=Path("rules-src"), show_default=True,
              help="Folder of the spec: checklist.yaml and <section>/<id>.yaml.")
@click.option("--out", "out_dir", type=DirPath, default=Path("generated-rules"), show_default=True,
              help="Folder the default tier is written to, the audit tier beside it as <out>-audit (each "
                   "replaced as a whole); with --profile, every rule the profile keeps goes here.")
@click.option("--cases", "cases_dir", type=DirPath, default=Path("test-cases"), show_default=True,
              help="Test cases the rules are loaded against (and <cases>-audit), so that semgrep parses every pattern.")
@click.option("--templates", "template_dirs", type=click.Path(path_type=Path, file_okay=False, exists=True),
              multiple=True, help="Extra folder of pattern templates (may be repeated).")
@click.option("--docs", "docs_dir", type=DirPath, default=Path("docs"), show_default=True,
              help="Folder for the generated rule catalog (<docs>/rules/) and coverage matrix (<docs>/coverage.md).")
@click.option("--profile", "profile_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Tailor the pack with a profile (see docs/extending.md); write it with --out elsewhere.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 and print the diff if the output is stale.")
@click.option("--no-semgrep", is_flag=True, help="Skip loading the rules in semgrep (schema check still runs).")
def generate(spec_dir: Path, out_dir: Path, cases_dir: Path, template_dirs: tuple[Path, ...], docs_dir: Path,
             profile_path: Path | None, check: bool, no_semgrep: bool) -> None:
    """Generate the Semgrep rules, the rule catalog and the coverage matrix from the spec."""
    try:
        profile = load_profile(profile_path) if profile_path else None
        pack = pipeline.build_pack(spec_dir, list(template_dirs), cases_dir, profile)
        if not no_semgrep:
            pipeline.check_in_semgrep(pack, cases_dir)
    except InputError as exc:
        _fail_input(exc)
    except SemgrepError as exc:
        _fail_semgrep(exc)
    merged = profile_path is not None
    if check:
        changes = pipeline.stale(pack, out_dir, docs_dir, merged)
        if changes:
            click.echo(changes, nl=False)
            click.echo(f"{out_dir} or {docs_dir} is stale: run `bullmq-rules generate` and commit the result.", err=True)
            sys.exit(EXIT_FAILED)
        click.echo(f"{out_dir} and {docs_dir} are up to date ({len(pack.files)} rules).")
        return
    pipeline.write(pack, out_dir, docs_dir, merged)
    where = out_dir if merged else f"{out_dir} and {tiers.folder(out_dir, tiers.AUDIT)}"
    click.echo(f"wrote {len(pack.files)} rules to {where}, their catalog and coverage to {docs_dir}")


@main.command("test")
@click.option("--rules", "rules_dir", type=DirPath, help="One rules folder to test (default: generated-rules "
              "and generated-rules-audit, each with its test cases).")
@click.option("--cases", "cases_dir", type=DirPath, help="The test cases of --rules (default: test-cases, "
              "test-cases-audit).")
def test_command(rules_dir: Path | None, cases_dir: Path | None) -> None:
    """Run every rule's annotated test cases (one semgrep run per tier) and print pass/fail per rule."""
    if (rules_dir is None) != (cases_dir is None):
        click.echo("error: --rules and --cases go together (fix: pass both, or neither)", err=True)
        sys.exit(EXIT_BAD_INPUT)
    if rules_dir is None:
        pairs = [(r, c) for r, c in zip(tiers.folders(Path("generated-rules")).values(),
                                        tiers.folders(Path("test-cases")).values())
                 if any(r.rglob("*.yaml")) or c.is_dir()]
    else:
        pairs = [(rules_dir, cases_dir)]
    for pair in pairs:
        for folder in pair:
            if not folder.is_dir():
                click.echo(f"error: {folder}: folder does not exist (fix: pass an existing folder)", err=True)
                sys.exit(EXIT_BAD_INPUT)
    try:
        report = testing.merge([testing.run_tests(r, c) for r, c in pairs])
    except SemgrepError as exc:
        _fail_semgrep(exc)
    for result in report.rules:
        status = "PASS" if result.passed else "FAIL"
        detail = "" if result.passed else f"  {result.describe()}"
        click.echo(f"{status}  {result.rule_id}{detail}")
    for name, ok in report.fixes.items():
        click.echo(f"{'PASS' if ok else 'FAIL'}  autofix {name}")
    for missing in report.missing_tests:
        click.echo(f"FAIL  {missing}")
    for problem in report.problems:
        click.echo(f"FAIL  {problem}")
    failed = sum(not r.passed for r in report.rules) + sum(not ok for ok in report.fixes.values()) \
        + len(report.missing_tests) + len(report.problems)
    passed = sum(r.passed for r in report.rules) + sum(report.fixes.values())
    click.echo(f"{passed} passed, {failed} failed")
    sys.exit(EXIT_OK if report.passed else EXIT_FAILED)


@main.command("new-rule")
@click.argument("rule_id")
@click.option("--section", required=True, help="Checklist section (a folder of rules-src/).")
@click.option("--template", required=True, help="Pattern template (generator/templates/<name>.yaml.j2).")
@click.option("--item", help="Checklist item in that section (default: the section's first).")
@click.option("--spec", "spec_dir", type=DirPath, default=Path("rules-src"), show_default=True)
@click.option("--cases", "cases_dir", type=DirPath, default=Path("test-cases"), show_default=True)
@click.option("--templates", "template_dirs", type=click.Path(path_type=Path, file_okay=False, exists=True),
              multiple=True, help="Extra folder of pattern templates (may be repeated).")
def new_rule_command(rule_id: str, section: str, template: str, item: str | None, spec_dir: Path, cases_dir: Path,
                     template_dirs: tuple[Path, ...]) -> None:
    """Scaffold a spec entry and its test cases; `generate` works at once, `test` fails until the cases are real."""
    from .scaffold import new_rule
    from .templates import TemplateLibrary

    try:
        spec_path, case_path = new_rule(rule_id, section, template, item, spec_dir, cases_dir,
                                        TemplateLibrary(list(template_dirs)))
    except InputError as exc:
        _fail_input(exc)
    click.echo(f"wrote {spec_path} and {case_path}")
    click.echo("next: fill in the TODOs, then `bullmq-rules generate` and `bullmq-rules test`")
from .commands import COMMANDS  # noqa: E402  scan, list, explain, bundle

for _command in COMMANDS:
    main.add_command(_command)


if __name__ == "__main__":
    main()
