import { Job, Worker, WorkerOptions } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import IORedis from 'ioredis';

declare function resizeImage(key: string): Promise<void>;
declare const sharedWorkerOptions: WorkerOptions;

const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });

async function resize(job: Job<{ key: string }>): Promise<void> {
  await resizeImage(job.data.key);
}

// The types accept a Worker without options; BullMQ 5 throws.
// ruleid: bullmq-worker-missing-connection
export const resizeWorker = new Worker('resize', resize);

// ruleid: bullmq-worker-missing-connection
export const thumbWorker = new Worker('thumbnails', resize,
  // @ts-expect-error connection is required in WorkerOptions
  { concurrency: 10, autorun: false });

// A worker started later with worker.run(): the connection is still needed up front.
// ruleid: bullmq-worker-missing-connection
export const laterWorker = new Worker('later', async (job: Job<{ key: string }>) => resizeImage(job.data.key));

// ok: bullmq-worker-missing-connection
export const cropWorker = new Worker('crop', resize, { connection, concurrency: 10 });

// ok: bullmq-worker-missing-connection
export const rotateWorker = new Worker('rotate', resize, sharedWorkerOptions);

// ok: bullmq-worker-missing-connection
export const watermarkWorker = new Worker('watermark', resize, { ...sharedWorkerOptions, concurrency: 2 });

// NestJS processors get the connection of their queue's module registration.
@Processor('exports')
export class ExportsProcessor extends WorkerHost {
  async process(job: Job<{ key: string }>): Promise<void> {
    await resizeImage(job.data.key);
  }
}
