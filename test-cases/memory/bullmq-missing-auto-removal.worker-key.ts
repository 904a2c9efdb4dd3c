// A whole-file case: the Worker in this file bounds completed jobs for its queue.
import { Queue, Worker } from 'bullmq';
import type { Job } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
declare function resize(imageId: string): Promise<void>;

// quiet: bullmq-missing-auto-removal
export const thumbnails = new Queue('thumbnails', { connection, defaultJobOptions: { attempts: 3 } });

export const thumbnailWorker = new Worker(
  'thumbnails',
  async (job: Job<{ imageId: string }>) => resize(job.data.imageId),
  { connection, concurrency: 4, removeOnComplete: { count: 2000 } },
);
