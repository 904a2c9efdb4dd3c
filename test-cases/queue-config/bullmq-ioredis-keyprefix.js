const { Queue: BullQueue } = require('bullmq');
const { Redis } = require('ioredis');

// ruleid: bullmq-ioredis-keyprefix
const emails = new BullQueue('emails', { connection: new Redis({ host: process.env.REDIS_HOST, keyPrefix: 'mail:' }) });

const plain = new Redis({ host: process.env.REDIS_HOST });
// ok: bullmq-ioredis-keyprefix
const texts = new BullQueue('texts', { connection: plain, prefix: 'mail' });

module.exports = { emails, texts };
