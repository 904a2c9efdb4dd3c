// CommonJS worker process with an aliased Worker and ioredis required by name.
const { Worker: BullWorker, QueueEvents } = require('bullmq');
const { Redis } = require('ioredis');

const connection = new Redis(process.env.REDIS_URL);

// ruleid: bullmq-blocking-ioredis-maxretries
const pdfWorker = new BullWorker('pdf', async (job) => job.data, { connection });

const blockingConnection = new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: null });
// ok: bullmq-blocking-ioredis-maxretries
const pdfEvents = new QueueEvents('pdf', { connection: blockingConnection });

// maxRetriesPerRequest: 0 is falsy, and BullMQ only rejects a truthy value.
const noRetries = new Redis({ host: process.env.REDIS_HOST, maxRetriesPerRequest: 0 });
// ok: bullmq-blocking-ioredis-maxretries
const smsWorker = new BullWorker('sms', async (job) => job.data, { connection: noRetries });

const clusterConnection = new Redis.Cluster([{ host: process.env.REDIS_HOST, port: 6379 }]);
// ok: bullmq-blocking-ioredis-maxretries
const clusterWorker = new BullWorker('{cluster-jobs}', async (job) => job.data, { connection: clusterConnection });

module.exports = { pdfWorker, pdfEvents, smsWorker, clusterWorker };
