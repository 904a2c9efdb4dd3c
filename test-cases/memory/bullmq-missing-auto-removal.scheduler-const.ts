// A whole-file case: a scheduler template takes its job options from a shared constant.
import { Queue } from 'bullmq';
import type { JobSchedulerTemplateOptions } from 'bullmq';

declare const CRON_JOB_OPTIONS: JobSchedulerTemplateOptions; // defined next to the connection settings

// quiet: bullmq-missing-auto-removal
export const digestQueue = new Queue('weekly-digest', { connection: { host: 'redis.internal' } });

export async function scheduleDigest(): Promise<void> {
  await digestQueue.upsertJobScheduler('weekly-digest', { pattern: '0 8 * * 1' }, {
    name: 'digest',
    opts: CRON_JOB_OPTIONS,
  });
}

// quiet: bullmq-missing-auto-removal
export const reminderQueue = new Queue('renewal-reminders', { connection: { host: 'redis.internal' } });
