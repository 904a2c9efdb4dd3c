import { Queue, Queue as MqQueue, Worker } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';

const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };

export const renderQueue = new Queue('render', {
  connection,
  defaultJobOptions: {
    attempts: 3,
    // @ts-expect-error BullMQ's job options have no timeout
    // ruleid: bullmq-job-timeout-option
    timeout: 60_000,
  },
});

export async function enqueueRender(documentId: string): Promise<void> {
  await renderQueue.add('render', { documentId }, {
    attempts: 2,
    // @ts-expect-error BullMQ's job options have no timeout
    // ruleid: bullmq-job-timeout-option
    timeout: 30_000,
  });
  // ok: bullmq-job-timeout-option
  await renderQueue.add('render', { documentId }, { attempts: 2, delay: 1000 });
}

const previews = new MqQueue('previews', { connection });
export async function enqueuePreviews(ids: string[]): Promise<void> {
  await previews.addBulk(
    // @ts-expect-error BullMQ's job options have no timeout
    // ruleid: bullmq-job-timeout-option
    ids.map((documentId) => ({ name: 'preview', data: { documentId }, opts: { timeout: 5_000 } })),
  );
}

// The timeout done the BullMQ way: abort from inside the processor.
declare function renderDocument(documentId: string, signal: AbortSignal): Promise<string>;
export const renderWorker = new Worker('render', async (job) => {
  const controller = new AbortController();
  // ok: bullmq-job-timeout-option
  const timer = setTimeout(() => controller.abort(), 60_000);
  try {
    return await renderDocument(job.data.documentId, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}, { connection });

// A connection timeout is a Redis option, not a job option.
// ok: bullmq-job-timeout-option
export const slowQueue = new Queue('slow', { connection: { host: 'redis.internal', connectTimeout: 10_000 } });

export const renderModule = BullModule.registerQueue({
  name: 'render',
  // ok: bullmq-job-timeout-option
  defaultJobOptions: { attempts: 3, removeOnComplete: { count: 1000 } },
});
