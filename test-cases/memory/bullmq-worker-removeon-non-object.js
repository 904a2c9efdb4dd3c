const { Worker, Queue } = require('bullmq');

const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };

const worker = new Worker(
  'invoices',
  async (job) => job.data.invoiceId,
  // @ts-expect-error a Worker takes KeepJobs objects only; this is the misuse the rule reports
  // ruleid: bullmq-worker-removeon-non-object
  { connection, concurrency: 5, removeOnComplete: true },
);

// @ts-expect-error a Worker takes KeepJobs objects only; this is the misuse the rule reports
// ruleid: bullmq-worker-removeon-non-object
const reports = new Worker('reports', async (job) => job.data, { connection, removeOnFail: 200 });

// Job options do take booleans and numbers.
const queue = new Queue('invoices', { connection });
// ok: bullmq-worker-removeon-non-object
queue.add('render', { invoiceId: 'inv-1' }, { removeOnComplete: true, removeOnFail: 500 });

module.exports = { worker, reports, queue };
