// A whole-file case: every scheduler template spreads the app's shared job options.
import { Queue } from 'bullmq';
import type { JobSchedulerTemplateOptions } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
declare const DEFAULT_JOB_OPTIONS: JobSchedulerTemplateOptions;

// quiet: bullmq-missing-remove-on-fail
export const domainChecks = new Queue('domain-verification', { connection });

// quiet: bullmq-missing-remove-on-fail
export const webhookSweep = new Queue('webhook-sweep', { connection, defaultJobOptions: { attempts: 1 } });

export async function registerSchedules(): Promise<void> {
  await domainChecks.upsertJobScheduler('domain-verification', { every: 5 * 60 * 1000 }, {
    name: 'verify',
    opts: { ...DEFAULT_JOB_OPTIONS },
  });
  await webhookSweep.upsertJobScheduler('webhook-sweep', { pattern: '0 * * * *' }, {
    name: 'sweep',
    opts: { ...DEFAULT_JOB_OPTIONS, priority: 5 },
  });
}
