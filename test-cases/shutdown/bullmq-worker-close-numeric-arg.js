// Bull (v3/v4): the queue is also the worker, and close(doNotWaitJobs) reads a number as true.
const Queue = require('bull');

const emailQueue = new Queue('email', process.env.REDIS_URL);
const graceMs = 15000;

emailQueue.process(async (job) => job.data);

process.on('SIGTERM', async () => {
  // @ts-expect-error close(doNotWaitJobs?: boolean) takes no timeout
  // ruleid: bullmq-worker-close-numeric-arg
  await emailQueue.close(graceMs);
  process.exit(0);
});

process.on('SIGINT', async () => {
  // ok: bullmq-worker-close-numeric-arg
  await emailQueue.close();
  process.exit(0);
});
