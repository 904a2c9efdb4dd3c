// Bull (v3/v4) with require(): add(data, opts) and add(name, data, opts).
const Queue = require('bull');

const smsQueue = new Queue('sms', process.env.REDIS_URL);

/**
 * @param {string} phone
 * @param {string} code
 */
async function sendCode(phone, code) {
  // ruleid: bullmq-backoff-without-attempts
  await smsQueue.add({ phone, code }, { backoff: { type: 'fixed', delay: 2000 } });
  // ok: bullmq-backoff-without-attempts
  await smsQueue.add('code', { phone, code }, { attempts: 3, backoff: 2000 });
}

module.exports = { sendCode };
