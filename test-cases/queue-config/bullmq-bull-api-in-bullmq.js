// A CommonJS service half-migrated from Bull.
// @ts-expect-error QueueScheduler was removed in BullMQ 2.0: not exported any more
const { Queue, Worker, QueueScheduler } = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };

// ruleid: bullmq-bull-api-in-bullmq
const scheduler = new QueueScheduler('mail', { connection });

const mailQueue = new Queue('mail', { connection });

// @ts-expect-error BullMQ's Queue has no process()
// ruleid: bullmq-bull-api-in-bullmq
mailQueue.process('welcome', 5, function (job) {
  return job.data;
});

// ok: bullmq-bull-api-in-bullmq
const mailWorker = new Worker('mail', async (job) => {
  // @ts-expect-error job.progress is a property in BullMQ
  // ruleid: bullmq-bull-api-in-bullmq
  const done = job.progress();
  // ok: bullmq-bull-api-in-bullmq
  await job.updateProgress(50);
  return done;
}, { connection });

module.exports = { scheduler, mailQueue, mailWorker };
