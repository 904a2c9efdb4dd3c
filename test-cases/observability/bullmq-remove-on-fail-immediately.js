// Bull (v3/v4), CommonJS.
const Queue = require('bull');

const smsQueue = new Queue('sms', process.env.REDIS_URL, {
  // ruleid: bullmq-remove-on-fail-immediately
  defaultJobOptions: { attempts: 2, removeOnComplete: 100, removeOnFail: true },
});

/** @param {string} to */
async function sendSms(to) {
  // ok: bullmq-remove-on-fail-immediately
  await smsQueue.add({ to }, { removeOnFail: 500 });
}

module.exports = { smsQueue, sendSms };
