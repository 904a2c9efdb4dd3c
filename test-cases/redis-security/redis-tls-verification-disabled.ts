import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { readFileSync } from 'node:fs';

export const orders = new Queue('orders', {
  connection: {
    host: process.env.REDIS_HOST,
    password: process.env.REDIS_PASSWORD,
    // ruleid: redis-tls-verification-disabled
    tls: { rejectUnauthorized: false },
  },
});

// ok: redis-tls-verification-disabled
export const invoices = new Queue('invoices', { connection: { host: process.env.REDIS_HOST, tls: {} } });

export const client = new IORedis(process.env.REDIS_URL!, {
  maxRetriesPerRequest: null,
  tls: {
    servername: process.env.REDIS_HOST,
    // ruleid: redis-tls-verification-disabled
    rejectUnauthorized: false,
  },
});

// ok: redis-tls-verification-disabled
export const privateCa = new IORedis(process.env.REDIS_URL!, { tls: { ca: readFileSync('/etc/ssl/redis-ca.pem') } });

// ok: redis-tls-verification-disabled
export const strict = new Worker('strict', async () => undefined, { connection: { host: process.env.REDIS_HOST, tls: { rejectUnauthorized: true } } });

// ruleid: redis-tls-verification-disabled
export const redisTls = { host: process.env.REDIS_HOST, port: 6380, tls: { rejectUnauthorized: false, servername: 'cache.internal' } };
