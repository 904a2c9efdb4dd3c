// Bull (v3/v4): exponential backoff grows even faster, delay * (2^n - 1).
const Queue = require('bull');

const syncQueue = new Queue('sync', process.env.REDIS_URL);

/** @param {string} accountId */
async function syncAccount(accountId) {
  // ruleid: bullmq-exponential-backoff-uncapped
  await syncQueue.add({ accountId }, { attempts: 15, backoff: { type: 'exponential', delay: 1000 } });
  // ok: bullmq-exponential-backoff-uncapped
  await syncQueue.add({ accountId }, { attempts: 4, backoff: { type: 'exponential', delay: 1000 } });
}

module.exports = { syncAccount };
