import { Worker, Queue, Job } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import IORedis from 'ioredis';

const connection = new IORedis(process.env.REDIS_URL ?? 'redis://localhost:6379', { maxRetriesPerRequest: null });

async function scanBill(job: Job<{ tenantId: string; billId: string }>) {
  return job.data.billId;
}

export const billWorker = new Worker('bill-scan', scanBill, {
  connection,
  concurrency: 5,
  // ruleid: bullmq-limiter-groupkey
  limiter: {
    max: 100,
    duration: 60_000,
    // @ts-expect-error groupKey was removed from BullMQ's RateLimiterOptions in 3.0
    groupKey: 'tenantId',
  },
});

export const aiWorker = new Worker('ai-categorize', scanBill, {
  connection,
  // ok: bullmq-limiter-groupkey
  limiter: { max: 100, duration: 60_000 },
});

// A limiter built apart from its `limiter:` key is not followed yet.
const limiterOptions = {
  max: 10,
  duration: 1000,
  // todoruleid: bullmq-limiter-groupkey
  groupKey: (job: Job) => job.data.tenantId,
};
export const limited = new Worker('limited', scanBill, {
  connection,
  // No type error here: TypeScript checks excess properties only on object literals written in place.
  limiter: limiterOptions,
});

// ruleid: bullmq-limiter-groupkey
const sharedOptions = { connection, limiter: { max: 5, duration: 1000, groupKey: 'accountId' } };
// No type error here either (options in a variable), but BullMQ ignores the groupKey all the same.
export const shared = new Worker('shared', scanBill, sharedOptions);

@Processor('exports', {
  // ok: bullmq-limiter-groupkey
  limiter: { max: 20, duration: 1000 },
})
export class ExportsProcessor extends WorkerHost {
  async process(job: Job): Promise<void> {
    await job.updateProgress(100);
  }
}

export const plain = new Queue('plain', { connection });
// ok: bullmq-limiter-groupkey
export const groupKeyOutsideLimiter = { groupKey: 'tenantId', max: 3 };
