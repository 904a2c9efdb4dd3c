import { Queue as BQ } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
export const digests = new BQ('digests', { connection });

export async function scheduleDigest(tenantId: string) {
  await digests.upsertJobScheduler(
    `digest:${tenantId}`,
    { pattern: '0 7 * * *', tz: 'Europe/Paris' },
    {
      name: 'digest',
      data: { tenantId },
      opts: {
        // @ts-expect-error the scheduler sets the job id itself
        // ruleid: bullmq-scheduler-template-option-ignored
        jobId: `digest-${tenantId}`,
        attempts: 3,
        backoff: { type: 'exponential', delay: 1000 },
      },
    },
  );

  await digests.upsertJobScheduler(
    `digest-delayed:${tenantId}`,
    { every: 86_400_000 },
    // @ts-expect-error delay is computed from the repeat options
    // ruleid: bullmq-scheduler-template-option-ignored
    { name: 'digest', opts: { delay: 3_600_000, removeOnComplete: 100 } },
  );

  await digests.upsertJobScheduler(
    `digest-dedupe:${tenantId}`,
    { every: 86_400_000 },
    // @ts-expect-error deduplication is not a scheduler template option
    // ruleid: bullmq-scheduler-template-option-ignored
    { name: 'digest', opts: { deduplication: { id: tenantId } } },
  );

  await digests.upsertJobScheduler(`digest-repeat:${tenantId}`, { every: 86_400_000 }, {
    name: 'digest',
    // @ts-expect-error repeat belongs in the second argument
    // ruleid: bullmq-scheduler-template-option-ignored
    opts: { repeat: { every: 3_600_000 } },
  });

  // Start later with the repeat options instead.
  // ok: bullmq-scheduler-template-option-ignored
  await digests.upsertJobScheduler(`digest-late:${tenantId}`, { every: 86_400_000, startDate: Date.now() + 3_600_000 }, { name: 'digest', opts: { priority: 5 } });

  // ok: bullmq-scheduler-template-option-ignored
  await digests.add('digest', { tenantId }, { jobId: `digest-${tenantId}`, delay: 1000 });

  // ok: bullmq-scheduler-template-option-ignored
  await digests.upsertJobScheduler(`digest-plain:${tenantId}`, { every: 86_400_000 }, { name: 'digest', data: { jobId: 'not-an-option' } });

  // ok: bullmq-scheduler-template-option-ignored
  await digests.upsertJobScheduler(`digest-min:${tenantId}`, { every: 86_400_000 });
}
