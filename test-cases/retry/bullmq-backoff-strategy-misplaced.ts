import { Queue, Worker as JobWorker, Job } from 'bullmq';
import { BullModule, Processor, WorkerHost } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };

const cappedExponential = (attemptsMade: number) => Math.min(2 ** attemptsMade * 1000, 5 * 60_000);

// ruleid: bullmq-backoff-strategy-misplaced
export const ocr = new Queue('ocr', {
  connection,
  defaultJobOptions: { attempts: 6, backoff: { type: 'capped' } },
  settings: {
    // @ts-expect-error BullMQ Queue settings take no backoff strategy
    backoffStrategy: cappedExponential,
  },
});

// ruleid: bullmq-backoff-strategy-misplaced
export const translate = new Queue('translate', {
  connection,
  settings: {
    // @ts-expect-error BullMQ Queue settings take no backoff strategy
    backoffStrategy(attemptsMade: number) {
      return Math.min(attemptsMade * 10_000, 120_000);
    },
  },
});

// ruleid: bullmq-backoff-strategy-misplaced
export const sync = new Queue('sync', {
  connection,
  settings: {
    // @ts-expect-error Bull's backoffStrategies map is not a BullMQ option
    backoffStrategies: { capped: cappedExponential },
  },
});

// ok: bullmq-backoff-strategy-misplaced
export const ocrWorker = new JobWorker('ocr', async (job: Job) => job.data, {
  connection,
  settings: { backoffStrategy: (attemptsMade: number) => Math.min(attemptsMade * 1000, 60_000) },
});

// ruleid: bullmq-backoff-strategy-misplaced
export const syncWorker = new JobWorker('sync', async (job: Job) => job.data, {
  connection,
  settings: {
    // @ts-expect-error BullMQ workers take one backoffStrategy function, not a map
    backoffStrategies: { capped: cappedExponential },
  },
});

// Queue settings that BullMQ does read.
// ok: bullmq-backoff-strategy-misplaced
export const billing = new Queue('billing', {
  connection,
  settings: { repeatKeyHashAlgorithm: 'sha256' },
});

@Module({
  imports: [
    // ruleid: bullmq-backoff-strategy-misplaced
    BullModule.forRoot({
      connection,
      // @ts-expect-error NestJS passes only connection, sharedConnection and prefix on to workers
      settings: { backoffStrategy: cappedExponential },
    }),
    // ruleid: bullmq-backoff-strategy-misplaced
    BullModule.registerQueue({
      name: 'thumbnails',
      // @ts-expect-error not a queue setting
      settings: { backoffStrategy: (n: number) => n * 1000 },
    }),
    // ok: bullmq-backoff-strategy-misplaced
    BullModule.registerQueue({ name: 'previews', defaultJobOptions: { attempts: 3, backoff: { type: 'capped' } } }),
  ],
})
export class QueuesModule {}

// ok: bullmq-backoff-strategy-misplaced
@Processor('thumbnails', { settings: { backoffStrategy: cappedExponential } })
export class ThumbnailProcessor extends WorkerHost {
  async process(job: Job): Promise<string> {
    return job.id ?? '';
  }
}

// Settings kept in a variable are not followed.
const queueSettings = { backoffStrategy: cappedExponential };
// @ts-expect-error not a queue setting
// todoruleid: bullmq-backoff-strategy-misplaced
export const viaVariable = new Queue('via-variable', { connection, settings: queueSettings });
