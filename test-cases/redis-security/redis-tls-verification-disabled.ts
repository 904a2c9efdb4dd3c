import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { Agent } from 'node:https';
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

// TLS switched on by the URL scheme, verification switched off with it.
const redisUrl = process.env.REDIS_URL ?? 'redis://localhost:6379';
export const cache = new IORedis(redisUrl, {
  // ruleid: redis-tls-verification-disabled
  tls: redisUrl.startsWith('rediss://') ? { rejectUnauthorized: false } : undefined,
});

// ok: redis-tls-verification-disabled
export const verifiedCache = new IORedis(redisUrl, { tls: redisUrl.startsWith('rediss://') ? { servername: process.env.REDIS_HOST } : undefined });

// The TLS options built first, then passed in.
const tlsOptions = {
  servername: process.env.REDIS_HOST,
  // ruleid: redis-tls-verification-disabled
  rejectUnauthorized: false,
};
export const reports = new Queue('reports', { connection: { host: process.env.REDIS_HOST, port: 6380, tls: tlsOptions } });

// ok: redis-tls-verification-disabled
const caOptions = { ca: readFileSync('/etc/ssl/redis-ca.pem'), servername: 'cache.internal' };
export const audits = new Queue('audits', { connection: { host: process.env.REDIS_HOST, tls: caOptions } });

// Declared empty, filled in by the branch that sees a TLS URL, returned as the connection.
export function connectionFromEnv(): ConnectionOptions {
  let tlsOpts = undefined;
  if (process.env.REDIS_URL?.startsWith('rediss://')) {
    tlsOpts = {
      // ruleid: redis-tls-verification-disabled
      rejectUnauthorized: false,
    };
  } else if (process.env.REDIS_TLS === 'true') {
    // ok: redis-tls-verification-disabled
    tlsOpts = { ca: process.env.REDIS_CA ? Buffer.from(process.env.REDIS_CA, 'base64') : undefined };
  }
  return { host: process.env.REDIS_HOST, port: 6379, tls: tlsOpts, maxRetriesPerRequest: null };
}

// An HTTPS agent for another service is not the Redis connection.
// ok: redis-tls-verification-disabled
export const webhookAgent = new Agent({ rejectUnauthorized: false });

// Options kept on the instance and set in another method are not followed.
export class RedisConnector {
  private tls?: { rejectUnauthorized: boolean };

  configure(insecure: boolean) {
    // todoruleid: redis-tls-verification-disabled
    if (insecure) this.tls = { rejectUnauthorized: false };
  }

  connect() {
    return new IORedis(redisUrl, { tls: this.tls });
  }
}
