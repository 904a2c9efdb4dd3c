const { Worker } = require('bullmq');

const thumbnailWorker = new Worker('thumbnails', async (job) => job.data, {
  // ruleid: bullmq-redis-retry-strategy-gives-up
  connection: {
    host: process.env.REDIS_HOST,
    maxRetriesPerRequest: null,
    /**
     * Ported from node-redis v3's retry_strategy, where returning an Error meant "stop".
     * @param {number} times
     * @returns {any}
     */
    retryStrategy(times) {
      if (times > 3) {
        return new Error('Redis is gone');
      }
      return 1000;
    },
  },
});

const steady = { host: process.env.REDIS_HOST, maxRetriesPerRequest: null, retryStrategy: () => 2000 };
// ok: bullmq-redis-retry-strategy-gives-up
const previewWorker = new Worker('previews', async (job) => job.data, { connection: steady });

module.exports = { thumbnailWorker, previewWorker };
