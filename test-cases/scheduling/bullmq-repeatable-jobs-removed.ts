// BullMQ v6: add() ignores `repeat` (the job runs once) and the repeatable-job methods are gone.
import { Queue } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
export const billing = new Queue('billing', { connection });

export async function scheduleInvoices() {
  // @ts-expect-error `repeat` is not a job option in BullMQ v6
  // ruleid: bullmq-repeatable-jobs-removed
  await billing.add('monthly-invoices', {}, { repeat: { pattern: '0 6 1 * *' } });

  // A file with a scheduler and a legacy `repeat:` job is not a clean migration: still reported.
  // ok: bullmq-repeatable-jobs-removed
  await billing.upsertJobScheduler('monthly-invoices', { pattern: '0 6 1 * *' }, { name: 'monthly-invoices' });
}
