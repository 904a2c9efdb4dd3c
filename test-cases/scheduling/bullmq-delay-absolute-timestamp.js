// Bull (v3/v4): add(data, opts).
const Queue = require('bull');

const trials = new Queue('trials', process.env.REDIS_URL);

/** @param {{ id: string, trialEndsAt: Date }} account */
async function scheduleTrialEnd(account) {
  // ruleid: bullmq-delay-absolute-timestamp
  await trials.add({ accountId: account.id }, { delay: +new Date(account.trialEndsAt) });
  // ok: bullmq-delay-absolute-timestamp
  await trials.add({ accountId: account.id }, { delay: account.trialEndsAt.getTime() - Date.now() });
}

module.exports = { scheduleTrialEnd };
