import { Job, Queue, QueueEvents, Worker } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import IORedis from 'ioredis';

declare function chargeCard(orderId: string): Promise<void>;

// One options object shared by the API's Queue and the Worker: the Queue keeps 3, the Worker does not.
const redisConnection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: 3 };

// ok: bullmq-worker-maxretries-overridden
export const payments = new Queue('payments', { connection: redisConnection });

export const paymentWorker = new Worker(
  'payments',
  async (job: Job<{ orderId: string }>) => chargeCard(job.data.orderId),
  // ruleid: bullmq-worker-maxretries-overridden
  { connection: redisConnection, concurrency: 8 },
);

// ruleid: bullmq-worker-maxretries-overridden
export const paymentEvents = new QueueEvents('payments', { connection: { host: 'localhost', maxRetriesPerRequest: 1 } });

// ok: bullmq-worker-maxretries-overridden
export const refundWorker = new Worker('refunds', async () => undefined, { connection: { host: 'localhost', maxRetriesPerRequest: null } });

const workerOptions = { host: process.env.REDIS_HOST, port: 6379 };
// ok: bullmq-worker-maxretries-overridden
export const receiptWorker = new Worker('receipts', async () => undefined, { connection: workerOptions });

// An instance is a different case: there the constructor throws (bullmq-blocking-ioredis-maxretries).
// ok: bullmq-worker-maxretries-overridden
export const ledgerWorker = new Worker('ledger', async () => undefined, { connection: new IORedis({ maxRetriesPerRequest: 2 }) });

@Processor('invoices', {
  // ruleid: bullmq-worker-maxretries-overridden
  connection: { host: 'localhost', port: 6379, maxRetriesPerRequest: 10 },
  concurrency: 2,
})
export class InvoiceProcessor extends WorkerHost {
  async process(job: Job<{ invoiceId: string }>): Promise<string> {
    return job.data.invoiceId;
  }
}
