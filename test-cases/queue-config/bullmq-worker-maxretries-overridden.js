// A CommonJS worker process; the connection object is spread into the Worker's own options.
const bullmq = require('bullmq');

const baseConnection = { host: process.env.REDIS_HOST, port: 6379 };

const exportsWorker = new bullmq.Worker('exports', async (job) => job.data, {
  // ruleid: bullmq-worker-maxretries-overridden
  connection: { ...baseConnection, maxRetriesPerRequest: 20 },
});

const importsWorker = new bullmq.Worker('imports', async (job) => job.data, {
  // ok: bullmq-worker-maxretries-overridden
  connection: { ...baseConnection, maxRetriesPerRequest: null },
});

module.exports = { exportsWorker, importsWorker };
