import { Job, Worker } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import IORedis from 'ioredis';

declare function categorize(text: string): Promise<string>;
declare const CONCURRENCY: number;

const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });

async function classify(job: Job<{ text: string }>): Promise<string> {
  return categorize(job.data.text);
}

export const aiWorker = new Worker('ai-categorize', classify, {
  connection,
  // ruleid: bullmq-worker-concurrency-high
  concurrency: 1000,
});

// ok: bullmq-worker-concurrency-high
export const emailWorker = new Worker('email', classify, { connection, concurrency: 20 });

// At the threshold, not above it.
// ok: bullmq-worker-concurrency-high
export const uploadWorker = new Worker('s3-upload', classify, { connection, concurrency: 50 });

// ruleid: bullmq-worker-concurrency-high
export const webhookWorker = new Worker('webhooks', classify, { connection, concurrency: 200 });

// ok: bullmq-worker-concurrency-high
export const tunedWorker = new Worker('tuned', classify, { connection, concurrency: CONCURRENCY });

// ruleid: bullmq-worker-concurrency-high
@Processor('crawl', { concurrency: 500 })
export class CrawlProcessor extends WorkerHost {
  async process(job: Job<{ text: string }>): Promise<string> {
    return categorize(job.data.text);
  }
}
