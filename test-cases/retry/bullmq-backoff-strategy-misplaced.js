// CommonJS BullMQ.
const { Queue, Worker } = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379 };

// ruleid: bullmq-backoff-strategy-misplaced
const imports = new Queue('imports', {
  connection,
  // @ts-expect-error BullMQ Queue settings take no backoff strategy
  settings: { backoffStrategy: (/** @type {number} */ attemptsMade) => attemptsMade * 1000 },
});

// ok: bullmq-backoff-strategy-misplaced
const importWorker = new Worker('imports', async (job) => job.data, {
  connection,
  settings: { backoffStrategy: (/** @type {number} */ attemptsMade) => attemptsMade * 1000 },
});

module.exports = { imports, importWorker };
