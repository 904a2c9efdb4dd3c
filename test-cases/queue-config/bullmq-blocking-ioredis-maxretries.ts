import { FlowProducer, Job, Queue, QueueEvents, Worker } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import IORedis, { RedisOptions } from 'ioredis';

declare function renderInvoice(invoiceId: string): Promise<string>;
declare const redisOptionsFromConfig: RedisOptions;

// Producers may fail fast: a Queue accepts any instance.
const apiConnection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
// ok: bullmq-blocking-ioredis-maxretries
export const invoices = new Queue('invoices', { connection: apiConnection });

// One instance made from a URL keeps ioredis' default of 20 retries per request.
const sharedConnection = new IORedis(process.env.REDIS_URL!);

export const invoiceWorker = new Worker(
  'invoices',
  async (job: Job<{ invoiceId: string }>) => renderInvoice(job.data.invoiceId),
  // ruleid: bullmq-blocking-ioredis-maxretries
  { connection: sharedConnection, concurrency: 4 },
);

// ruleid: bullmq-blocking-ioredis-maxretries
export const invoiceEvents = new QueueEvents('invoices', { connection: sharedConnection });

// ok: bullmq-blocking-ioredis-maxretries
export const invoiceFlows = new FlowProducer({ connection: sharedConnection });

const workerConnection = new IORedis({ host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null });
// ok: bullmq-blocking-ioredis-maxretries
export const receiptWorker = new Worker('receipts', async () => undefined, { connection: workerConnection });

const retryingConnection = new IORedis(6379, 'redis.internal', { maxRetriesPerRequest: 3 });
// ruleid: bullmq-blocking-ioredis-maxretries
export const reportWorker = new Worker('reports', async () => undefined, { connection: retryingConnection });

export const exportWorker = new Worker('exports', async () => undefined, {
  // ruleid: bullmq-blocking-ioredis-maxretries
  connection: new IORedis(),
  concurrency: 2,
});

// A value only known at run time is not judged.
declare const runsWorkers: boolean;
const roleConnection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: runsWorkers ? null : 3 });
// ok: bullmq-blocking-ioredis-maxretries
export const roleWorker = new Worker('roles', async () => undefined, { connection: roleConnection });

// Built from options the rule cannot see: not judged.
const configuredConnection = new IORedis(redisOptionsFromConfig);
// ok: bullmq-blocking-ioredis-maxretries
export const importWorker = new Worker('imports', async () => undefined, { connection: configuredConnection });

// Plain options are forced to null by BullMQ (see bullmq-worker-maxretries-overridden).
// ok: bullmq-blocking-ioredis-maxretries
export const auditWorker = new Worker('audit', async () => undefined, { connection: { host: 'localhost', maxRetriesPerRequest: 5 } });

@Processor('mail', {
  // ruleid: bullmq-blocking-ioredis-maxretries
  connection: new IORedis(process.env.MAIL_REDIS_URL ?? 'redis://localhost:6379'),
})
export class MailProcessor extends WorkerHost {
  async process(job: Job<{ to: string }>): Promise<string> {
    return job.data.to;
  }
}

// A duplicate copies the original's options; not followed yet.
export const thumbnailWorker = new Worker('thumbnails', async () => undefined, {
  // todoruleid: bullmq-blocking-ioredis-maxretries
  connection: apiConnection.duplicate(),
});
