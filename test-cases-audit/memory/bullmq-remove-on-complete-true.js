const Queue = require('bull');

const mailQueue = new Queue('mail', 'redis://redis.internal:6379', {
  // ruleid: bullmq-remove-on-complete-true
  defaultJobOptions: { removeOnComplete: true },
});

/** @param {string} userId */
async function sendWelcome(userId) {
  // ruleid: bullmq-remove-on-complete-true
  await mailQueue.add({ userId, template: 'welcome' }, { removeOnComplete: true });
  // ok: bullmq-remove-on-complete-true
  await mailQueue.add({ userId, template: 'welcome' }, { removeOnComplete: { age: 3600 } });
}

module.exports = { mailQueue, sendWelcome };
