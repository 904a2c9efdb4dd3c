"""Project-wide facts: a "missing X" finding is left out when another scanned file supplies X."""

from __future__ import annotations

import json

from generator.errors import EXIT_FAILED, EXIT_OK
from generator.project import Fact, suppress
from generator.scan import Finding

from scan_helpers import run_cli

WORKER = """import { Worker } from 'bullmq';

export function startMailWorker() {
  const worker = new Worker('mail', async (job) => job.data, {
    connection: {}, removeOnComplete: { count: 100 }, removeOnFail: { count: 1000 },
  });
  worker.on('error', (err) => console.error(err));
  worker.on('failed', (job, err) => console.error(job?.id, err));
  return worker;
}
"""

QUEUES = """import { Queue } from 'bullmq';

export const mail = new Queue('mail', { connection: {} });
export const invoices = new Queue('invoices', { connection: {} });

export async function send(to: string) {
  await mail.add('send', { to });
  await invoices.add('issue', { to });
}
"""


def finding(rule_id: str, path: str, code: str) -> Finding:
    return Finding(rule_id=rule_id, severity="WARNING", path=path, line=3, column=1, end_line=3, end_column=2,
                   message="", code=code)


def test_a_queue_named_in_another_file_supplies_its_retention(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "worker.ts").write_text(WORKER)
    (tmp_path / "src" / "queues.ts").write_text(QUEUES)
    together = run_cli(["scan", "--json", "src"], cwd=tmp_path)
    alone = run_cli(["scan", "--json", "--per-file", "src"], cwd=tmp_path)
    kept = json.loads(together.stdout)
    per_file = json.loads(alone.stdout)

    def at(data, rule_id):
        return sorted(f["line"] for f in data["findings"] if f["rule_id"] == rule_id)

    # 'mail' gets its retention from the Worker in worker.ts; 'invoices' from nowhere
    assert at(per_file, "bullmq-missing-auto-removal") == [3, 4]
    assert at(kept, "bullmq-missing-auto-removal") == [4]
    supplied = {(s["rule_id"], s["line"]): s["reason"] for s in kept["supplied_elsewhere"]}
    assert "src/worker.ts:4" in supplied[("bullmq-missing-auto-removal", 3)]
    assert ("bullmq-missing-remove-on-fail", 3) in supplied
    assert together.returncode == alone.returncode == EXIT_FAILED
    assert not per_file["supplied_elsewhere"]


def test_only_another_file_and_the_same_queue_count():
    mail = finding("bullmq-missing-auto-removal", "a.ts", "new Queue('mail', { connection })")
    facts = [
        Fact("retention-removeOnComplete", "a.ts", 9, "mail"),  # its own file: the rule looked there
        Fact("retention-removeOnComplete", "b.ts", 2, "billing"),  # another queue
        Fact("retention-removeOnFail", "b.ts", 2, "mail"),  # another option
    ]
    kept, dropped = suppress([mail], facts)
    assert kept == [mail] and not dropped
    kept, dropped = suppress([mail], facts + [Fact("retention-removeOnComplete", "c.ts", 7, "mail")])
    assert not kept and dropped == [(mail, "queue 'mail' gets removeOnComplete in c.ts:7")]


def test_a_signal_handler_elsewhere_supplies_the_shutdown():
    worker = finding("bullmq-no-shutdown-handler", "jobs/worker.ts", "const w = new Worker('x', run)")
    other = finding("bullmq-worker-missing-error-listener", "jobs/worker.ts", "new Worker('x', run)")
    kept, dropped = suppress([worker, other], [Fact("signal-close", "main.ts", 12, "")])
    assert kept == [other]
    assert dropped[0][1] == "a SIGTERM/SIGINT handler that closes workers is in main.ts:12"
    kept, _ = suppress([worker], [Fact("signal-close", "jobs/worker.ts", 40, "")])
    assert kept == [worker]


def test_a_signal_handler_counts_only_in_its_own_package(tmp_path):
    """A monorepo: the api service's SIGTERM handler does not close the worker service's workers; a
    queue's retention set in one service still covers the queue everywhere."""
    for package in ("services/api", "services/worker"):
        (tmp_path / package / "src").mkdir(parents=True)
        (tmp_path / package / "package.json").write_text("{}")
    worker = finding("bullmq-no-shutdown-handler", "services/worker/src/jobs.ts", "const w = new Worker('mail', run)")
    queue = finding("bullmq-missing-auto-removal", "services/worker/src/queues.ts", "new Queue('mail', { connection })")
    api_handler = Fact("signal-close", "services/api/src/main.ts", 3, "")
    api_retention = Fact("retention-removeOnComplete", "services/api/src/queues.ts", 5, "mail")
    kept, dropped = suppress([worker, queue], [api_handler, api_retention], tmp_path)
    assert kept == [worker] and [f for f, _ in dropped] == [queue]
    own_handler = Fact("signal-close", "services/worker/src/main.ts", 9, "")
    kept, dropped = suppress([worker], [api_handler, own_handler], tmp_path)
    assert not kept and "services/worker/src/main.ts:9" in dropped[0][1]


def test_a_clean_project_still_exits_0(tmp_path):
    (tmp_path / "worker.ts").write_text(WORKER)
    proc = run_cli(["scan", "--json", "worker.ts"], cwd=tmp_path)
    assert proc.returncode == EXIT_OK, proc.stdout


FACT_SHAPES = """import { QueueEvents, Worker } from 'bullmq';
import { QueueEventsListener, QueueEventsHost, OnQueueEvent } from '@nestjs/bullmq';

const events = new QueueEvents('mail', { connection: {} });
events.on('failed', ({ jobId }) => console.error(jobId));

@QueueEventsListener('reports')
export class ReportEvents extends QueueEventsHost {
  @OnQueueEvent('failed')
  onFailed() {}
}

export const w = new Worker('exports', async () => 1, { connection: {}, removeOnFail: { count: 10 } });
process.once('SIGINT', () => shutdownAll());
process.on('SIGTERM', () => process.exit(0));
declare function shutdownAll(): void;
class Command {
  onTerminate() { return async () => { await w.close(); }; }
  init() { process.on('SIGTERM', this.onTerminate()); }
}
process.on('SIGINT', gracefulShutdown);
process.on('SIGINT', logSignal);
declare function gracefulShutdown(): void;
declare function logSignal(): void;
"""


def test_fact_rules_load_and_key_their_facts(tmp_path):
    from generator import semgrep
    from generator.catalog import Catalog
    from generator.project import FACTS_FILE
    from generator.scan import facts_from

    (tmp_path / "facts.ts").write_text(FACT_SHAPES)
    _code, data = semgrep.run_json(["scan", "--strict", "--no-git-ignore", "--config", str(FACTS_FILE), str(tmp_path)])
    assert not data.get("errors"), data.get("errors")
    facts = {(f.kind, f.line, f.key) for f in facts_from(data, Catalog([]), tmp_path)}
    assert facts == {
        ("failed-listener", 4, "mail"),
        ("failed-listener", 7, "reports"),
        ("retention-removeOnFail", 13, "exports"),
        ("signal-close", 14, "SIGINT"),  # process.exit alone (line 15) closes nothing
        ("signal-close", 19, "SIGTERM"),  # a handler a method returns, named for what it does
        ("signal-close", 21, "SIGINT"),  # a named handler; logSignal (line 22) closes nothing
    }
