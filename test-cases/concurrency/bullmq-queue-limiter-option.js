// Plain JavaScript: nothing stops a limiter from landing on the Queue.
const { Queue, Worker } = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379 };

const geocode = new Queue('geocode', {
  connection,
  // @ts-expect-error a limiter is a Worker option; BullMQ's Queue ignores it (the misuse reported here)
  // ruleid: bullmq-queue-limiter-option
  limiter: { max: 50, duration: 1000 },
  defaultJobOptions: { attempts: 3 },
});

const geocodeWorker = new Worker('geocode', async (job) => job.data, {
  connection,
  // ok: bullmq-queue-limiter-option
  limiter: { max: 50, duration: 1000 },
});

module.exports = { geocode, geocodeWorker };
