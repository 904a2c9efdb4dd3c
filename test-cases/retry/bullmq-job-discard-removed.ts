// BullMQ v6: Job#discard() no longer exists; calling it throws a TypeError at run time.
import { Job, Worker, UnrecoverableError } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';

const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };

export const importWorker = new Worker(
  'imports',
  async (job: Job<{ fileUrl: string }>) => {
    if (!job.data.fileUrl.endsWith('.csv')) {
      // @ts-expect-error Job#discard() was removed in BullMQ v6
      // ruleid: bullmq-job-discard-removed
      job.discard();
      throw new Error('not a CSV file');
    }
    if (job.data.fileUrl.length > 2048) {
      // ok: bullmq-job-discard-removed
      throw new UnrecoverableError('URL too long');
    }
  },
  { connection },
);

// A Redis transaction's discard() is not a job's.
declare const transaction: { discard(): Promise<'OK'> };
export async function abort() {
  // ok: bullmq-job-discard-removed
  await transaction.discard();
}

@Processor('bill-scan')
export class ScanProcessor extends WorkerHost {
  async process(job: Job<{ tenantId?: string }>): Promise<void> {
    if (!job.data.tenantId) {
      // @ts-expect-error Job#discard() was removed in BullMQ v6
      // ruleid: bullmq-job-discard-removed
      job.discard();
      throw new Error('missing tenant');
    }
  }
}
