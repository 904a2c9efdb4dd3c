const { Queue } = require('bullmq');

const connection = { host: 'redis.internal', port: 6379 };

// ruleid: bullmq-missing-remove-on-fail
const thumbnails = new Queue('thumbnails', { connection });

// ruleid: bullmq-missing-remove-on-fail
const previews = new Queue('previews', { connection, defaultJobOptions: { attempts: 2 } });

/** @param {string} imageId */
async function requestThumbnail(imageId) {
  await thumbnails.add('resize', { imageId }, { attempts: 3, removeOnComplete: 100 });
}

module.exports = { thumbnails, previews, requestThumbnail };
