// BullMQ v5 only: repeatable jobs through add(..., { repeat }), getRepeatableJobs() and job.discard()
// were removed in v6. `.v5.ts` files are type-checked against bullmq 5 (README, "Type-checked test cases").
import { Job, Queue, Worker } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
export const reports = new Queue('reports', { connection });

export async function scheduleWithRepeat() {
  // ruleid: bullmq-attempts-unbounded
  await reports.add('nightly', {}, { repeat: { pattern: '0 3 * * *' }, attempts: Infinity });

  // ok: bullmq-attempts-unbounded
  await reports.add('hourly', {}, { repeat: { every: 3_600_000 }, attempts: 5, backoff: 1000 });

  const repeatable = await reports.getRepeatableJobs();
  return repeatable.map((job) => job.key);
}

export const reportWorker = new Worker(
  'reports',
  async (job: Job) => {
    if (job.attemptsMade >= 3) {
      job.discard();
      throw new Error('giving up');
    }
  },
  // ok: bullmq-attempts-unbounded
  { connection: { ...connection, maxRetriesPerRequest: null }, settings: { backoffStrategy: () => 1000 } },
);
