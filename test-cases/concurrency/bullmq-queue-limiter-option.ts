import { Job, Queue, Worker } from 'bullmq';
import { BullModule, Processor, WorkerHost } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import IORedis from 'ioredis';

declare function callOcrApi(documentId: string): Promise<string>;

const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });

// Meant to keep the OCR vendor's quota: the Queue ignores it.
export const ocr = new Queue('ocr', {
  connection,
  // @ts-expect-error limiter is not in QueueOptions since BullMQ 3
  limiter:
    // ruleid: bullmq-queue-limiter-option
    { max: 60, duration: 60_000 },
});

export const ocrWorker = new Worker(
  'ocr',
  async (job: Job<{ documentId: string }>) => callOcrApi(job.data.documentId),
  // ok: bullmq-queue-limiter-option
  { connection, limiter: { max: 60, duration: 60_000 } },
);

// ok: bullmq-queue-limiter-option
export const audit = new Queue('audit', { connection, defaultJobOptions: { attempts: 3 } });

@Module({
  imports: [
    BullModule.forRoot({
      connection: { host: process.env.REDIS_HOST },
      // @ts-expect-error limiter is not a queue option in @nestjs/bullmq
      limiter:
        // ruleid: bullmq-queue-limiter-option
        { max: 10, duration: 1000 },
    }),
    BullModule.registerQueue({
      name: 'translations',
      // @ts-expect-error limiter is not a queue option in @nestjs/bullmq
      limiter:
        // ruleid: bullmq-queue-limiter-option
        { max: 5, duration: 1000 },
    }),
  ],
})
export class AppQueuesModule {}

// ok: bullmq-queue-limiter-option
@Processor('translations', { limiter: { max: 5, duration: 1000 } })
export class TranslationProcessor extends WorkerHost {
  async process(job: Job<{ text: string }>): Promise<string> {
    return job.data.text;
  }
}
