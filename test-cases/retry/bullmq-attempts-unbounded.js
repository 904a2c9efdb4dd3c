// CommonJS and Bull (v3/v4): require() and bull's add(data, opts) form.
const Queue = require('bull');

const mailQueue = new Queue('mail', process.env.REDIS_URL, {
  // ruleid: bullmq-attempts-unbounded
  defaultJobOptions: { attempts: 500 },
});

/** @param {string} userId */
async function sendWelcome(userId) {
  // ruleid: bullmq-attempts-unbounded
  await mailQueue.add({ userId, template: 'welcome' }, { attempts: Infinity });
  // ok: bullmq-attempts-unbounded
  await mailQueue.add({ userId, template: 'welcome' }, { attempts: 3, backoff: 5000 });
  // ok: bullmq-attempts-unbounded
  await mailQueue.add('welcome', { userId, attempts: 100 });
}

module.exports = { sendWelcome };
