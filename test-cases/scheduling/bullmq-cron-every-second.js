// Bull (v3/v4) and CommonJS.
const Queue = require('bull');

const pings = new Queue('pings', process.env.REDIS_URL);

async function schedulePings() {
  // ruleid: bullmq-cron-every-second
  await pings.add('ping', {}, { repeat: { cron: '* 0 * * * *' } });
  // ruleid: bullmq-cron-every-second
  await pings.add('ping', {}, { repeat: { cron: '*   *  * * * *' } });
  // ok: bullmq-cron-every-second
  await pings.add('ping', {}, { repeat: { cron: '15 0 * * * *' } });
}

module.exports = { schedulePings };
