// BullMQ v6 (CommonJS): upsertJobScheduler() with `cron` throws "Either .pattern or .every options
// must be defined for this repeatable job".
const { Queue } = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379 };
const invoices = new Queue('invoices', { connection });

async function scheduleInvoices() {
  await invoices.upsertJobScheduler(
    'monthly-invoices',
    // @ts-expect-error `cron` is not a BullMQ RepeatOptions key
    // ruleid: bullmq-repeat-cron-option
    { cron: '0 6 1 * *' },
    { name: 'invoice-run' },
  );
  // ok: bullmq-repeat-cron-option
  await invoices.upsertJobScheduler('weekly-summary', { pattern: '0 6 * * 1' }, { name: 'summary' });
}

module.exports = { scheduleInvoices };
