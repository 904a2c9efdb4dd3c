// Bull (v3/v4): the same built-in strategies, the same missing delay.
const Queue = require('bull');

const exportQueue = new Queue('export', process.env.REDIS_URL);

/** @param {string} accountId */
async function requestExport(accountId) {
  // ruleid: bullmq-backoff-missing-delay
  await exportQueue.add({ accountId }, { attempts: 4, backoff: { type: 'exponential' } });
  // ok: bullmq-backoff-missing-delay
  await exportQueue.add({ accountId }, { attempts: 4, backoff: { type: 'exponential', delay: 1500 } });
}

module.exports = { requestExport };
