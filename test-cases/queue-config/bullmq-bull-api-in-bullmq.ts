import { Queue, Queue as MqQueue, Worker, Job } from 'bullmq';

const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };

interface RenderData {
  documentId: string;
}

export const renderQueue = new Queue('render', { connection });

// Bull's way of processing does not exist on a BullMQ Queue.
// @ts-expect-error BullMQ's Queue has no process()
// ruleid: bullmq-bull-api-in-bullmq
renderQueue.process(async (job: Job<RenderData>) => job.data.documentId);

const thumbnailQueue = new MqQueue('thumbnails', { connection });
// @ts-expect-error BullMQ's Queue has no process()
// ruleid: bullmq-bull-api-in-bullmq
thumbnailQueue.process('small', 3, async (job: Job<RenderData>) => {
  return job.data.documentId;
});

export const statusWorker = new Worker<RenderData>('status', async (job) => {
  // @ts-expect-error job.progress is a property in BullMQ
  // ruleid: bullmq-bull-api-in-bullmq
  const before = job.progress();
  return { before, documentId: job.data.documentId };
}, { connection });

// ok: bullmq-bull-api-in-bullmq
export const renderWorker = new Worker<RenderData>('render', async (job) => {
  // ok: bullmq-bull-api-in-bullmq
  await job.updateProgress(10);
  return job.data.documentId;
}, { connection });

// Not Bull's process(): a Node-style callback API in the same file.
declare const markdown: { process(text: string, done: (err: Error | null, html?: string) => void): void };
// ok: bullmq-bull-api-in-bullmq
markdown.process('# Invoice', (err, html) => console.log(err ?? html));

// Not Bull's process(): an array's map callback.
// ok: bullmq-bull-api-in-bullmq
export const names = ['a', 'b'].map((name) => name.toUpperCase());

export function describe(job: Job<RenderData>): string {
  // ok: bullmq-bull-api-in-bullmq
  return `${job.id}: ${JSON.stringify(job.progress)}`;
}
