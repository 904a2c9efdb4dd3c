// BullMQ v6 (CommonJS): `debounce` is gone; add() throws "Debounce option has been removed".
const { Queue } = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379 };
const notifications = new Queue('notifications', { connection });

/** @param {string} userId */
async function notify(userId) {
  await notifications.add(
    'push',
    { userId },
    // @ts-expect-error the debounce option was removed in BullMQ v6
    // ruleid: bullmq-debounce-option-removed
    { debounce: { id: `push:${userId}`, ttl: 10_000 } },
  );
  // ok: bullmq-debounce-option-removed
  await notifications.add('digest', { userId }, { deduplication: { id: `digest:${userId}` } });
}

module.exports = { notify };
