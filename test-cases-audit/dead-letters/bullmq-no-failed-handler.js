// CommonJS BullMQ.
const { Worker, QueueEvents } = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };

function startPush() {
  // ruleid: bullmq-no-failed-handler
  const pushWorker = new Worker('push', async (job) => job.data, { connection });
  pushWorker.on('error', (err) => console.error(err));
}

// A QueueEvents `retries-exhausted` listener earlier in the file counts as handling.
const smsEvents = new QueueEvents('sms', { connection });
smsEvents.on('retries-exhausted', ({ jobId, attemptsMade }) => console.error(jobId, attemptsMade));

// ok: bullmq-no-failed-handler
const smsWorker = new Worker('sms', async (job) => job.data, { connection });

module.exports = { smsWorker, startPush };
