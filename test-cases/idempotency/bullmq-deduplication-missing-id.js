const { Queue } = require('bullmq');

const searchIndex = new Queue('search-index', { connection: { host: 'redis.internal', port: 6379 } });

/** @param {string} productId */
async function reindexProduct(productId) {
  // @ts-expect-error deduplication without an id: the types require it, and BullMQ throws
  // ruleid: bullmq-deduplication-missing-id
  await searchIndex.add('reindex', { productId }, { deduplication: { ttl: 5000 } });
  // ok: bullmq-deduplication-missing-id
  await searchIndex.add('reindex', { productId }, { deduplication: { id: `product-${productId}`, ttl: 5000 } });
}

module.exports = { searchIndex, reindexProduct };
