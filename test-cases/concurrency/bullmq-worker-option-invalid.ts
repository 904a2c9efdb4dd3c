import { Job, Worker } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import IORedis from 'ioredis';

declare function indexDocument(id: string): Promise<void>;

const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });

async function index(job: Job<{ id: string }>): Promise<void> {
  await indexDocument(job.data.id);
}

// "Paused" by setting concurrency to zero: the constructor throws instead.
// ruleid: bullmq-worker-option-invalid
export const searchWorker = new Worker('search-index', index, { connection, concurrency: 0 });

// ruleid: bullmq-worker-option-invalid
export const reindexWorker = new Worker('reindex', index, {
  connection,
  stalledInterval: -1,
});

// Stalled jobs fail at once instead of being retried: 0 is valid.
// ok: bullmq-worker-option-invalid
export const billingWorker = new Worker('billing', index, { connection, maxStalledCount: 0, concurrency: 1 });

// ok: bullmq-worker-option-invalid
export const pausedWorker = new Worker('paused', index, { connection, autorun: false });

// ruleid: bullmq-worker-option-invalid
export const importWorker = new Worker('imports', index, { connection, maxStalledCount: -1 });

// ruleid: bullmq-worker-option-invalid
@Processor('thumbnails', { concurrency: 0 })
export class ThumbnailProcessor extends WorkerHost {
  async process(job: Job<{ id: string }>): Promise<void> {
    await indexDocument(job.data.id);
  }
}

// ok: bullmq-worker-option-invalid
@Processor('previews', { concurrency: 4, drainDelay: 5 })
export class PreviewProcessor extends WorkerHost {
  async process(job: Job<{ id: string }>): Promise<void> {
    await indexDocument(job.data.id);
  }
}
