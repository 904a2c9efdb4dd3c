const { Worker, QueueEvents } = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379 };

// ruleid: bullmq-queue-name-colon
const mailEvents = new QueueEvents('mail:outbound', { connection });

// ok: bullmq-queue-name-colon
const mailWorker = new Worker('mail.outbound', async (job) => job.data, { connection });

module.exports = { mailEvents, mailWorker };
