const { Worker } = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379 };

// ruleid: bullmq-worker-concurrency-high
const pingWorker = new Worker('ping', async (job) => job.data, { connection, concurrency: 100 });

// ok: bullmq-worker-concurrency-high
const pdfWorker = new Worker('pdf', async (job) => job.data, { connection, concurrency: 3 });

module.exports = { pingWorker, pdfWorker };
