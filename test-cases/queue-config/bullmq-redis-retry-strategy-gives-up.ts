import { Job, Queue, Worker } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';
import IORedis from 'ioredis';

declare function archive(documentId: string): Promise<void>;

// Gives up after ten attempts: the worker stays up and silently stops processing.
const workerConnection = new IORedis(process.env.REDIS_URL!, {
  maxRetriesPerRequest: null,
  retryStrategy(times) {
    if (times > 10) {
      return null;
    }
    return Math.min(times * 200, 5000);
  },
});

export const archiveWorker = new Worker(
  'archive',
  async (job: Job<{ documentId: string }>) => archive(job.data.documentId),
  // ruleid: bullmq-redis-retry-strategy-gives-up
  { connection: workerConnection },
);

// ok: bullmq-redis-retry-strategy-gives-up
export const archiveQueue = new Queue('archive', { connection: { host: 'localhost', retryStrategy: (times: number) => Math.min(times * 500, 20_000) } });

export const cleanupQueue = new Queue('cleanup', {
  // ruleid: bullmq-redis-retry-strategy-gives-up
  connection: { host: 'localhost', retryStrategy: (times: number) => (times > 5 ? undefined : 1000) },
});

// A retry strategy on a client BullMQ never sees.
export const sessionStore = new IORedis({ retryStrategy: () => null });

// ok: bullmq-redis-retry-strategy-gives-up
export const sessionQueue = new Queue('sessions', { connection: { host: 'localhost' } });

export const queuesModule = BullModule.forRoot({
  // ruleid: bullmq-redis-retry-strategy-gives-up
  connection: {
    host: process.env.REDIS_HOST,
    retryStrategy: (times: number) => {
      if (times > 20) return;
      return times * 100;
    },
  },
});

declare function backoff(times: number): number;
// A strategy defined elsewhere is not followed.
// ok: bullmq-redis-retry-strategy-gives-up
export const mailQueue = new Queue('mail', { connection: { host: 'localhost', retryStrategy: backoff } });
