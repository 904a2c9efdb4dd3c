import { Job, Queue, Worker } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';

const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };
const apiQueue = new Queue('api-calls', { connection });

declare function callApi(): Promise<number>;

export const apiWorker: Worker = new Worker(
  'api-calls',
  async () => {
    if ((await callApi()) === 429) {
      // ruleid: bullmq-worker-ratelimit-deprecated
      await apiWorker.rateLimit(60_000);
      throw Worker.RateLimitError();
    }
  },
  { connection, limiter: { max: 100, duration: 60_000 } },
);

export const reportWorker = new Worker('reports', async () => undefined, { connection });
export async function pauseReports() {
  // ruleid: bullmq-worker-ratelimit-deprecated
  await reportWorker.rateLimit(5000);
  // ok: bullmq-worker-ratelimit-deprecated
  await apiQueue.rateLimit(5000);
}

@Processor('exports', { limiter: { max: 1, duration: 1000 } })
export class ExportsProcessor extends WorkerHost {
  async process(job: Job<{ quotaLeft: number }>): Promise<void> {
    if (job.data.quotaLeft === 0) {
      // ruleid: bullmq-worker-ratelimit-deprecated
      await this.worker.rateLimit(30_000);
      throw Worker.RateLimitError();
    }
  }
}

export const searchWorker = new Worker('search', async () => undefined, { connection, limiter: { max: 1, duration: 100 } });
// ruleid: bullmq-worker-ratelimit-deprecated
searchWorker.on('failed', () => void searchWorker.rateLimit(10_000));

export class Throttle {
  constructor(private readonly queue: Queue) {}
  async slowDown(ms: number) {
    // ok: bullmq-worker-ratelimit-deprecated
    await this.queue.rateLimit(ms);
  }
}

// A rate-limit TTL query on the queue is fine.
// ok: bullmq-worker-ratelimit-deprecated
export const ttl = () => apiQueue.getRateLimitTtl();

// A limiter object of another library is not a BullMQ worker.
declare const bucket: { rateLimit(ms: number): void };
// ok: bullmq-worker-ratelimit-deprecated
bucket.rateLimit(100);

// A worker under another name is not recognised.
export const w = new Worker('misc', async () => undefined, { connection });
// todoruleid: bullmq-worker-ratelimit-deprecated
export const limitMisc = () => w.rateLimit(1000);
