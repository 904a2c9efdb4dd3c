// BullMQ v5: the legacy repeatable-job API, deprecated there and removed in v6.
import { Queue as JobQueue } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
export const reports = new JobQueue('reports', { connection });

export async function scheduleReports(tenantId: string) {
  // ruleid: bullmq-repeatable-jobs-removed
  await reports.add('nightly', { tenantId }, { repeat: { pattern: '0 2 * * *', tz: 'Europe/Paris' } });

  // ruleid: bullmq-repeatable-jobs-removed
  await reports.add('heartbeat', {}, {
    repeat: { every: 60_000 },
    removeOnComplete: true,
  });

  // ok: bullmq-repeatable-jobs-removed
  await reports.upsertJobScheduler(`nightly:${tenantId}`, { pattern: '0 2 * * *' }, { name: 'nightly', data: { tenantId } });

  // ok: bullmq-repeatable-jobs-removed
  await reports.add('once', { tenantId }, { delay: 5000 });
}

export async function cleanupSchedules() {
  // ruleid: bullmq-repeatable-jobs-removed
  const repeatable = await reports.getRepeatableJobs();
  for (const job of repeatable) {
    // ruleid: bullmq-repeatable-jobs-removed
    await reports.removeRepeatableByKey(job.key);
  }
  // ruleid: bullmq-repeatable-jobs-removed
  await reports.removeRepeatable('heartbeat', { every: 60_000 });

  // ok: bullmq-repeatable-jobs-removed
  const schedulers = await reports.getJobSchedulers();
  // ok: bullmq-repeatable-jobs-removed
  await Promise.all(schedulers.map((s) => reports.removeJobScheduler(s.key)));
}
