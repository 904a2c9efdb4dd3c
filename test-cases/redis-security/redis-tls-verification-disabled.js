const Queue = require('bull');

const uploads = new Queue('uploads', {
  redis: {
    host: process.env.REDIS_HOST,
    // ruleid: redis-tls-verification-disabled
    tls: { rejectUnauthorized: false },
  },
});

// ok: redis-tls-verification-disabled
const downloads = new Queue('downloads', { redis: { host: process.env.REDIS_HOST, tls: { servername: process.env.REDIS_HOST } } });

module.exports = { uploads, downloads };
