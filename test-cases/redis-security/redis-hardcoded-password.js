// Bull (v3/v4): redis options and connection strings.
const Queue = require('bull');

const videoQueue = new Queue('video', {
  redis: {
    host: process.env.REDIS_HOST,
    port: 6379,
    // ruleid: redis-hardcoded-password
    password: 'video-queue-pw',
  },
});

// ruleid: redis-hardcoded-password
const audioQueue = new Queue('audio', 'redis://:audio-pw@10.0.4.12:6379');

// ok: redis-hardcoded-password
const imageQueue = new Queue('image', `redis://:${process.env.REDIS_PASSWORD}@${process.env.REDIS_HOST}:6379`);

module.exports = { videoQueue, audioQueue, imageQueue };
