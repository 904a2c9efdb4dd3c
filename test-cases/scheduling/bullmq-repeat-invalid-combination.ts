import { Queue } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
export const sync = new Queue('sync', { connection });

export async function scheduleSync(tenantId: string) {
  // ruleid: bullmq-repeat-invalid-combination
  await sync.upsertJobScheduler(`sync:${tenantId}`, { pattern: '*/15 * * * *', every: 900_000 }, { name: 'sync' });

  // ok: bullmq-repeat-invalid-combination
  await sync.upsertJobScheduler(`sync:${tenantId}`, { every: 900_000 }, { name: 'sync' });

  // ok: bullmq-repeat-invalid-combination
  await sync.upsertJobScheduler(`sync:${tenantId}`, { pattern: '*/15 * * * *', tz: 'Europe/Berlin' }, { name: 'sync' });

  // ruleid: bullmq-repeat-invalid-combination
  await sync.upsertJobScheduler(
    `warmup:${tenantId}`,
    { every: 60_000, immediately: true, startDate: new Date('2030-01-01') },
    { name: 'warmup' },
  );

  // ok: bullmq-repeat-invalid-combination
  await sync.upsertJobScheduler(`warmup:${tenantId}`, { every: 60_000, startDate: new Date('2030-01-01') }, { name: 'warmup' });

  // ok: bullmq-repeat-invalid-combination
  await sync.upsertJobScheduler(`warmup:${tenantId}`, { every: 60_000, immediately: true }, { name: 'warmup' });
}

export async function scheduleHeartbeat(sync: Queue) {
  // ruleid: bullmq-repeat-invalid-combination
  await sync.upsertJobScheduler('heartbeat', { every: 30_000, pattern: '*/30 * * * * *' });
}

// Repeat options in a variable are not followed.
const both = { pattern: '0 * * * *', every: 3_600_000 };
// todoruleid: bullmq-repeat-invalid-combination
export const fromVariable = () => sync.upsertJobScheduler('hourly', both, { name: 'hourly' });
