import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
export const reports = new Queue('reports', { connection });

export async function onStartup(tenantId: string) {
  // ruleid: bullmq-repeat-without-stable-id
  await reports.upsertJobScheduler(`daily-report-${Date.now()}`, { pattern: '0 2 * * *' }, { name: 'report' });

  // ruleid: bullmq-repeat-without-stable-id
  await reports.upsertJobScheduler(randomUUID(), { every: 3_600_000 }, { name: 'sync' });

  await reports.upsertJobScheduler(
    // One scheduler per day of deploys: yesterday's keeps running.
    // ruleid: bullmq-repeat-without-stable-id
    `report-${tenantId}-${new Date().toISOString().slice(0, 10)}`,
    { pattern: '0 2 * * *' },
    { name: 'report', data: { tenantId } },
  );

  // ok: bullmq-repeat-without-stable-id
  await reports.upsertJobScheduler(`daily-report:${tenantId}`, { pattern: '0 2 * * *' }, { name: 'report' });

  // ok: bullmq-repeat-without-stable-id
  await reports.upsertJobScheduler('sync', { every: 3_600_000 }, { name: 'sync' });

  // A one-off job may well have a unique id.
  // ok: bullmq-repeat-without-stable-id
  await reports.add('adhoc', { tenantId }, { jobId: `adhoc-${randomUUID()}` });

  // A timestamp in the data, not in the id.
  // ok: bullmq-repeat-without-stable-id
  await reports.upsertJobScheduler('heartbeat', { every: 60_000 }, { name: 'beat', data: { since: Date.now() } });
}

// An id computed first is not followed.
export async function viaVariable() {
  const schedulerId = `cleanup-${Date.now()}`;
  // todoruleid: bullmq-repeat-without-stable-id
  await reports.upsertJobScheduler(schedulerId, { pattern: '0 3 * * *' }, { name: 'cleanup' });
}
