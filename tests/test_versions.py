"""Findings of rules for library versions the project's package.json rules out are left out."""

from __future__ import annotations

import json

import pytest

from generator.errors import EXIT_FAILED
from generator.versions import declared_version, highest, rules_out

from scan_helpers import run_cli


@pytest.mark.parametrize("declared, rule_range, out", [
    ("5.13.0", ">=5.16.0", True),       # pinned below the minimum
    ("=5.15.9", ">=5.16.0", True),
    ("~5.13.0", ">=5.16.0", True),      # ~ stays below 5.14.0
    ("5.13.x", ">=5.16.0", True),
    ("^3.10.2", ">=5.0.0", True),       # ^ stays below 4.0.0
    ("4.x", ">=5.0.0", True),
    ("^0.3.1", ">=1.0.0", True),
    ("5.16.0", ">=5.16.0", False),      # the minimum itself
    ("~5.16.2", ">=5.16.0", False),
    ("^5.13.0", ">=5.16.0", False),     # may resolve to 5.16 or later
    ("5.x", ">=5.16.0", False),
    ("5", ">=5.16.0", False),
    ("^4 || ^5", ">=5.16.0", False),    # the higher alternative counts
    ("^3 || ~4.1.0", ">=5.0.0", True),
    (">=5", ">=5.16.0", False),         # no upper bound to read
    ("*", ">=5.16.0", False),
    ("latest", ">=5.16.0", False),
    ("workspace:*", ">=5.16.0", False),
    ("github:taskforcesh/bullmq", ">=5.16.0", False),
    ("5.13.0", "any", False),           # a rule range without a minimum
])
def test_a_declared_range_rules_a_rule_out_only_when_all_of_it_is_below(declared, rule_range, out):
    assert rules_out(declared, rule_range) is out


def test_highest_reads_the_upper_end():
    assert highest("^5.13.0") == ((6, 0, 0), False)
    assert highest("5.13.0") == ((5, 13, 0), True)
    assert highest("5.13.0-beta.1") == ((5, 13, 0), True)
    assert highest("latest") is None


def test_the_nearest_package_json_that_declares_the_library_wins(tmp_path):
    (tmp_path / "package.json").write_text(json.dumps({"devDependencies": {"bullmq": "^5.20.0"}}))
    service = tmp_path / "services" / "events"
    (service / "src").mkdir(parents=True)
    (service / "package.json").write_text(json.dumps({"dependencies": {"bullmq": "5.13.0"}}))
    (tmp_path / "services" / "mail").mkdir()
    (tmp_path / "services" / "mail" / "package.json").write_text(json.dumps({"name": "mail"}))
    assert declared_version("services/events/src/a.ts", tmp_path, "bullmq") == ("5.13.0", "services/events/package.json")
    # a package.json that does not declare the library is passed over
    assert declared_version("services/mail/a.ts", tmp_path, "bullmq") == ("^5.20.0", "package.json")
    assert declared_version("services/mail/a.ts", tmp_path, "bull") is None


LEGACY = """import { Queue } from 'bullmq';

export const reports = new Queue('reports', { connection: {}, defaultJobOptions: { removeOnComplete: 100, removeOnFail: 100 } });

export async function schedule() {
  await reports.add('nightly', {}, { repeat: { pattern: '0 2 * * *', key: 'nightly' }, attempts: Infinity });
}
"""


def test_scan_leaves_out_rules_for_newer_versions_than_the_project_pins(tmp_path):
    (tmp_path / "package.json").write_text(json.dumps({"dependencies": {"bullmq": "5.13.0"}}))
    (tmp_path / "jobs.ts").write_text(LEGACY)
    pinned = run_cli(["scan", "--json", "jobs.ts"], cwd=tmp_path)
    kept = run_cli(["scan", "--json", "--any-version", "jobs.ts"], cwd=tmp_path)
    data, everything = json.loads(pinned.stdout), json.loads(kept.stdout)
    ids = {f["rule_id"] for f in data["findings"]}
    # job schedulers arrived in 5.16: the legacy-repeat rule cannot apply to 5.13.0
    assert "bullmq-repeatable-jobs-removed" not in ids
    assert [o["rule_id"] for o in data["other_version"]] == ["bullmq-repeatable-jobs-removed"]
    assert "bullmq 5.13.0 in package.json (the rule is for bullmq >=5.16.0)" in data["other_version"][0]["reason"]
    # a rule for every version still reports, and --any-version keeps everything
    assert "bullmq-attempts-unbounded" in ids
    assert {f["rule_id"] for f in everything["findings"]} == ids | {"bullmq-repeatable-jobs-removed"}
    assert not everything["other_version"]
    assert pinned.returncode == kept.returncode == EXIT_FAILED
    text = run_cli(["scan", "jobs.ts"], cwd=tmp_path).stdout
    assert "1 finding left out: the rule is for library versions the project's package.json rules out" in text
