const Queue = require('bull');

// ruleid: redis-no-auth-or-tls
const thumbnails = new Queue('thumbnails', 'redis://cache.prod.example.net:6379');

// ok: redis-no-auth-or-tls
const previews = new Queue('previews', { redis: { host: 'cache.prod.example.net', port: 6379, password: process.env.REDIS_PASSWORD } });

// ok: redis-no-auth-or-tls
const devQueue = new Queue('dev', 'redis://localhost:6379');

module.exports = { thumbnails, previews, devQueue };
