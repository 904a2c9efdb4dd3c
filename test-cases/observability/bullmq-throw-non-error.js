// Bull (v3/v4) processors, CommonJS.
const Queue = require('bull');

const mailQueue = new Queue('mail', process.env.REDIS_URL);

mailQueue.process('welcome', async (job) => {
  if (!job.data.email) {
    // ruleid: bullmq-throw-non-error
    throw 'missing email';
  }
  // ok: bullmq-throw-non-error
  throw new Error(`mailer not configured for ${job.data.email}`);
});

mailQueue.process('digest', 5, function (job) {
  // ruleid: bullmq-throw-non-error
  return Promise.reject({ reason: 'digest disabled', user: job.data.userId });
});

module.exports = { mailQueue };
