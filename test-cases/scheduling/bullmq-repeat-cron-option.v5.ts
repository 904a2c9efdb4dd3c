// BullMQ v5: repeat.cron is not in the types (renamed to `pattern` in 3.0); add() still maps it through
// a migration shim, upsertJobScheduler() throws. `@ts-ignore`, not `@ts-expect-error`: the autofixed
// twin (.v5.fixed.ts) is type-correct and must keep compiling with the same comments.
import { Queue } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';

const connection = { host: 'redis.internal', port: 6379 };
export const maintenance = new Queue('maintenance', { connection });

export async function schedule() {
  await maintenance.add('vacuum', {}, {
    repeat: {
      // @ts-ignore `cron` is not a BullMQ RepeatOptions key
      // ruleid: bullmq-repeat-cron-option
      cron: '0 4 * * *',
    },
  });

  await maintenance.upsertJobScheduler(
    'rotate-keys',
    // @ts-ignore `cron` is not a BullMQ RepeatOptions key
    // ruleid: bullmq-repeat-cron-option
    { cron: '0 0 1 * *', tz: 'UTC' },
    { name: 'rotate' },
  );

  // ok: bullmq-repeat-cron-option
  await maintenance.upsertJobScheduler('reindex', { pattern: '30 3 * * *' }, { name: 'reindex' });

  // ok: bullmq-repeat-cron-option
  await maintenance.add('vacuum', {}, { repeat: { pattern: '0 4 * * *' } });

  // A job's data may carry a cron string of its own.
  // ok: bullmq-repeat-cron-option
  await maintenance.add('save-user-schedule', { cron: '0 9 * * 1' });
}

export const settings = BullModule.registerQueue({
  name: 'digests',
  defaultJobOptions: {
    // @ts-ignore `cron` is not a BullMQ RepeatOptions key
    // ruleid: bullmq-repeat-cron-option
    repeat: { cron: '0 8 * * *' },
  },
});

// ok: bullmq-repeat-cron-option
export const uiSchedule = { label: 'Weekly', cron: '0 9 * * 1' };
