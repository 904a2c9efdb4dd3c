// A whole-file case: the only jobs come from a scheduler whose template spreads shared options.
import { Queue } from 'bullmq';
import type { JobSchedulerTemplateOptions } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
declare const sharedRetention: JobSchedulerTemplateOptions; // from the app's queue config module

// The spread may carry the retention; the rule cannot see it, so it stays quiet.
// quiet: bullmq-missing-auto-removal
export const purgeQueue = new Queue('purge-attachments', { connection });

// quiet: bullmq-missing-auto-removal
export const meterQueue = new Queue('meter-usage', { connection, defaultJobOptions: { attempts: 2 } });

export async function installSchedules(): Promise<void> {
  await purgeQueue.upsertJobScheduler(
    'purge-attachments',
    { pattern: '30 4 * * *' },
    { name: 'purge', data: { olderThanDays: 14 }, opts: { ...sharedRetention, attempts: 1 } },
  );
  await meterQueue.upsertJobScheduler('meter-usage', { every: 15 * 60 * 1000 }, { name: 'meter' });
}
