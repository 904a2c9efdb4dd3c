// BullMQ v5: the legacy add(..., { repeat }) throws on the same combination.
import { Queue } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
export const feeds = new Queue('feeds', { connection });

export async function scheduleFeeds() {
  // ruleid: bullmq-repeat-invalid-combination
  await feeds.add('poll', {}, {
    repeat: { pattern: '*/5 * * * *', every: 300_000, limit: 100 },
  });
  // ok: bullmq-repeat-invalid-combination
  await feeds.add('poll', {}, { repeat: { every: 300_000, limit: 100 } });
}
