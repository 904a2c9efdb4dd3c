// BullMQ v5: the legacy add(..., { repeat }) parses the pattern the same way.
import { Queue } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
export const cleanup = new Queue('cleanup', { connection });

export async function scheduleCleanup() {
  // ruleid: bullmq-cron-pattern-invalid
  await cleanup.add('purge', {}, { repeat: { pattern: '30 4 * * * * *' } });
  // ok: bullmq-cron-pattern-invalid
  await cleanup.add('purge', {}, { repeat: { pattern: '30 4 * * *' } });
}
