// Bull (v3/v4): the repeat key includes the jobId, so a changing jobId adds a schedule per start.
const Queue = require('bull');
const { randomUUID } = require('node:crypto');

const mail = new Queue('mail', process.env.REDIS_URL);

async function scheduleNewsletter() {
  // ruleid: bullmq-repeat-without-stable-id
  await mail.add('newsletter', {}, { repeat: { cron: '0 8 * * 1' }, jobId: randomUUID() });
  // ok: bullmq-repeat-without-stable-id
  await mail.add('newsletter', {}, { repeat: { cron: '0 8 * * 1' }, jobId: 'newsletter' });
}

module.exports = { scheduleNewsletter };
