import { Queue, Worker } from 'bullmq';
import IORedis, { Cluster } from 'ioredis';

export const redisConnection = {
  host: 'redis.prod.example.com',
  port: 6379,
  // ruleid: redis-hardcoded-password
  password: 'S3cr3t-Pa55',
};

// ok: redis-hardcoded-password
export const emails = new Queue('emails', { connection: { host: process.env.REDIS_HOST, password: process.env.REDIS_PASSWORD } });

export const reports = new Queue('reports', {
  connection: {
    host: process.env.REDIS_HOST,
    // ruleid: redis-hardcoded-password
    password: 'reports-2024',
  },
});

// ruleid: redis-hardcoded-password
export const cache = new IORedis('redis://default:hunter2@redis.prod.example.com:6379');

// ok: redis-hardcoded-password
export const fromEnv = new IORedis(process.env.REDIS_URL ?? 'redis://localhost:6379', { maxRetriesPerRequest: null });

// ruleid: redis-hardcoded-password
export const cluster = new Cluster([{ host: 'node-1.prod.example.com', port: 6379 }], { redisOptions: { password: 'cluster-pass' } });

// A placeholder left for the reader, not a password.
// ok: redis-hardcoded-password
export const docsExample = { host: 'localhost', password: '<password>' };

// A login form has a password field too; it is not Redis.
// ok: redis-hardcoded-password
export const loginDefaults = { username: 'admin', password: 'not-a-redis-password' };

export const worker = new Worker('emails', async () => undefined, {
  // ok: redis-hardcoded-password
  connection: { host: process.env.REDIS_HOST, password: '' },
});
