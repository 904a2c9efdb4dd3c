import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';

// A managed Redis reached with no password and no TLS.
export const jobs = new Queue('jobs', {
  // ruleid: redis-no-auth-or-tls
  connection: { host: 'my-cache.abc123.use1.cache.amazonaws.com', port: 6379 },
});

// ok: redis-no-auth-or-tls
export const secured = new Queue('secured', { connection: { host: 'my-cache.abc123.use1.cache.amazonaws.com', port: 6379, password: process.env.REDIS_PASSWORD, tls: {} } });

// Docker Compose / Kubernetes service names stay on the private network.
// ok: redis-no-auth-or-tls
export const local = new Queue('local', { connection: { host: 'redis', port: 6379 } });

// ok: redis-no-auth-or-tls
export const loopback = new Worker('loopback', async () => undefined, { connection: { host: '127.0.0.1', port: 6379 } });

// ok: redis-no-auth-or-tls
export const privateNet = new Queue('private', { connection: { host: '10.0.3.17', port: 6379 } });

// ruleid: redis-no-auth-or-tls
export const plain = new IORedis(6379, 'redis-12345.c1.us-east-1-2.ec2.redns.redis-cloud.com', { maxRetriesPerRequest: null });

// ruleid: redis-no-auth-or-tls
export const byUrl = new IORedis('redis://queues.example.com:6379/0');

// ok: redis-no-auth-or-tls
export const overTls = new IORedis('rediss://queues.example.com:6380');

declare const sharedRedisOptions: { password?: string };
// Auth may come from the spread: not judged.
// ok: redis-no-auth-or-tls
export const spread = new IORedis({ ...sharedRedisOptions, host: 'queues.example.com' });

export const redisConfig = {
  // ruleid: redis-no-auth-or-tls
  host: 'redis.staging.example.org',
  port: 6379,
};

// A database connection in the same module is not Redis.
// ok: redis-no-auth-or-tls
export const dbConnection = { host: 'db.prod.example.com', port: 5432, database: 'app' };
