// CommonJS: nothing here checks types, so `job.x` in a failed listener is common.
const { Worker } = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };

const exportWorker = new Worker('exports', async (job) => job.data, { connection });

// ruleid: bullmq-failed-listener-job-undefined
exportWorker.on('failed', function (job, err) {
  // @ts-expect-error job is Job | undefined: the bug this rule finds
  console.error(`export ${job.id} failed after ${job.attemptsMade} attempts`, err);
});

// @ts-expect-error job is Job | undefined: the bug this rule finds
// ruleid: bullmq-failed-listener-job-undefined
exportWorker.on('failed', (job) => notifyOwner(job.data.ownerEmail));

// ok: bullmq-failed-listener-job-undefined
exportWorker.on('failed', (job, err) => job && notifyOwner(job.data.ownerEmail, err));

// ok: bullmq-failed-listener-job-undefined
exportWorker.on('failed', (job, err) => {
  if (!job || job.attemptsMade < 3) return;
  notifyOwner(job.data.ownerEmail, err);
});

/** @param {string} email @param {Error} [err] */
function notifyOwner(email, err) {
  console.log('notify', email, err && err.message);
}

module.exports = { exportWorker };
