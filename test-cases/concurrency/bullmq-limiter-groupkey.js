// CommonJS, aliased require, and a NestJS-style worker options object.
const { Worker: BullWorker } = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };

const smsWorker = new BullWorker('sms', async (job) => job.data, {
  connection,
  // @ts-expect-error groupKey was removed from BullMQ's RateLimiterOptions in 3.0
  // ruleid: bullmq-limiter-groupkey
  limiter: { max: 1, duration: 1000, groupKey: 'customerId' },
});

const workerOptions = {
  connection,
  concurrency: 10,
  // ruleid: bullmq-limiter-groupkey
  limiter: { groupKey: 'tenant.id', max: 50, duration: 60000 },
};

const pushWorker = new BullWorker('push', async (job) => job.data, {
  connection,
  // ok: bullmq-limiter-groupkey
  limiter: { max: 50, duration: 60000 },
});

// Per-tenant budgets done the supported way: the processor asks the queue to wait.
const webhookWorker = new BullWorker('webhooks', async (job) => {
  // ok: bullmq-limiter-groupkey
  const budget = { groupKey: job.data.tenantId, remaining: 0 };
  if (budget.remaining === 0) {
    await webhookWorker.rateLimit(1000);
    throw BullWorker.RateLimitError();
  }
}, { connection, limiter: { max: 100, duration: 1000 } });

module.exports = { smsWorker, pushWorker, webhookWorker, workerOptions };
