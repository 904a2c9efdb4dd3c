// A whole-file case: the scheduler's job template is built elsewhere and passed whole.
import { Queue } from 'bullmq';

interface SchedulerTemplate {
  name: string;
  data: { region: string };
}
declare function templateFor(region: string): SchedulerTemplate;

// quiet: bullmq-missing-remove-on-fail
export const rollups = new Queue('usage-rollup', { connection: { host: 'redis.internal' } });

export async function scheduleRollup(region: string): Promise<void> {
  const template = templateFor(region);
  await rollups.upsertJobScheduler(`usage-rollup:${region}`, { every: 60 * 60 * 1000 }, template);
}

// quiet: bullmq-missing-remove-on-fail
export const archives = new Queue('usage-archive', { connection: { host: 'redis.internal' }, defaultJobOptions: { delay: 1000 } });
