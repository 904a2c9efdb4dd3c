// CommonJS worker entry points.
const { Worker } = require('bullmq');
const bullmq = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };

// ruleid: bullmq-worker-missing-error-listener
const resizeWorker = new Worker('resize', async (job) => job.data, { connection });
resizeWorker.on('completed', (job) => console.log('resized', job.id));

// ruleid: bullmq-worker-missing-error-listener
const cleanupWorker = new bullmq.Worker('cleanup', async () => undefined, { connection });

// ok: bullmq-worker-missing-error-listener
const billingWorker = new bullmq.Worker('billing', async (job) => job.data, { connection });
billingWorker.addListener('error', (err) => console.error('billing worker error', err));

// ok: bullmq-worker-missing-error-listener
const auditWorker = new Worker('audit', async (job) => job.data, { connection });
module.exports = { auditWorker };
