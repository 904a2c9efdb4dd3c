import { Queue, Worker } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
const URGENT = 1;

export const exportQueue = new Queue('exports', {
  connection,
  // ruleid: bullmq-priority-invalid
  defaultJobOptions: { priority: 0.5 },
});

export async function enqueueExport(userId: string, score: number, isPaying: boolean) {
  // ruleid: bullmq-priority-invalid
  await exportQueue.add('csv', { userId }, { priority: 2 ** 22 });

  // ruleid: bullmq-priority-invalid
  await exportQueue.add('csv', { userId }, { priority: Number.MAX_SAFE_INTEGER });

  // ruleid: bullmq-priority-invalid
  await exportQueue.add('csv', { userId }, { priority: 2.5, attempts: 3 });

  // ok: bullmq-priority-invalid
  await exportQueue.add('csv', { userId }, { priority: URGENT });

  // ok: bullmq-priority-invalid
  await exportQueue.add('csv', { userId }, { priority: 2097151 });

  // 1.0 is the integer 1 to JavaScript.
  // ok: bullmq-priority-invalid
  await exportQueue.add('csv', { userId }, { priority: 1.0 });

  // A clamp is not judged by the number inside it.
  // ok: bullmq-priority-invalid
  await exportQueue.add('csv', { userId }, { priority: Math.min(Math.round(score), 3000000) });

  // ok: bullmq-priority-invalid
  await exportQueue.add('csv', { userId }, { priority: isPaying ? 1 : 10 });
}

export const exportWorker = new Worker('exports', async (job) => job.data, { connection });
