const { Queue } = require('bullmq');
const { Redis } = require('ioredis');

const cluster = new Redis.Cluster([{ host: process.env.REDIS_HOST, port: 6379 }]);

// ruleid: bullmq-cluster-without-hashtag
const mail = new Queue('mail', { connection: cluster, defaultJobOptions: { attempts: 3 } });

// ok: bullmq-cluster-without-hashtag
const sms = new Queue('sms', { connection: cluster, prefix: '{messaging}', defaultJobOptions: { attempts: 3 } });

module.exports = { mail, sms };
