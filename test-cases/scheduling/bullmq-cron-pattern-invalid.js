// Bull (v3/v4): repeat.cron goes through the same cron-parser.
const Queue = require('bull');

const billing = new Queue('billing', process.env.REDIS_URL);

async function scheduleBilling() {
  // ruleid: bullmq-cron-pattern-invalid
  await billing.add('charge', {}, { repeat: { cron: '0 3 1' } });
  // ok: bullmq-cron-pattern-invalid
  await billing.add('charge', {}, { repeat: { cron: '0 3 1 * *' } });
}

module.exports = { scheduleBilling };
