import { Queue } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
export const metrics = new Queue('metrics', { connection });

export async function scheduleMetrics() {
  // Six fields: `*` seconds fires every second.
  // ruleid: bullmq-cron-every-second
  await metrics.upsertJobScheduler('flush', { pattern: '* */5 * * * *' }, { name: 'flush' });

  // ruleid: bullmq-cron-every-second
  await metrics.upsertJobScheduler('rollup', { pattern: '* * * * * *' }, { name: 'rollup' });

  // ok: bullmq-cron-every-second
  await metrics.upsertJobScheduler('flush', { pattern: '0 */5 * * * *' }, { name: 'flush' });

  // Five fields: `*` is minutes.
  // ok: bullmq-cron-every-second
  await metrics.upsertJobScheduler('tick', { pattern: '* * * * *' }, { name: 'tick' });

  // ok: bullmq-cron-every-second
  await metrics.upsertJobScheduler('fast', { every: 5000 }, { name: 'fast' });
}
