const { Worker } = require('bullmq');

const failFast = { host: process.env.REDIS_HOST, port: 6379, enableOfflineQueue: false };

// ruleid: bullmq-worker-offline-queue-disabled
const reportWorker = new Worker('reports', async (job) => job.data, { connection: failFast });

const patient = { host: process.env.REDIS_HOST, port: 6379 };
// ok: bullmq-worker-offline-queue-disabled
const auditWorker = new Worker('audit', async (job) => job.data, { connection: patient });

module.exports = { reportWorker, auditWorker };
