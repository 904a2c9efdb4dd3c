const { Worker } = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379 };

// ruleid: bullmq-worker-option-invalid
const pollWorker = new Worker('poll', async (job) => job.data, { connection, drainDelay: 0 });

// ok: bullmq-worker-option-invalid
const syncWorker = new Worker('sync', async (job) => job.data, { connection, drainDelay: 5, stalledInterval: 15000 });

module.exports = { pollWorker, syncWorker };
