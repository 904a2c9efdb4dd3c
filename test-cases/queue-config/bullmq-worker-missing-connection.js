const { Worker: JobWorker } = require('bullmq');

/** @param {import('bullmq').Job} job */
async function sendDigest(job) {
  return job.data;
}

// ruleid: bullmq-worker-missing-connection
const digestWorker = new JobWorker('digest', sendDigest,
  // @ts-expect-error connection is required in WorkerOptions
  { concurrency: 5, limiter: { max: 10, duration: 1000 } });

// ok: bullmq-worker-missing-connection
const alertsWorker = new JobWorker('alerts', sendDigest, {
  connection: { host: process.env.REDIS_HOST, port: 6379 },
});

module.exports = { digestWorker, alertsWorker };
