import { Queue } from 'bullmq';
import IORedis from 'ioredis';

export const connection = new IORedis(process.env.REDIS_URL ?? 'redis://localhost:6379', {
  maxRetriesPerRequest: null,
});

export const billScanQueue = new Queue('bill-scan', {
  connection,
  defaultJobOptions: {
    attempts: Infinity, // "never lose a bill"
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: { count: 100, age: 24 * 3600 },
  },
});

export const invoiceQueue = new Queue('invoice-render', { connection });

export async function requestInvoice(tenantId: string, invoiceId: string) {
  return invoiceQueue.add('render', { tenantId, invoiceId }, { attempts: 1000, jobId: `invoice-${invoiceId}` });
}
