// BullMQ v5: job.discard() still exists there (deprecated since 5.34.6).
import { Job, Worker, UnrecoverableError } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };

interface ScanData {
  tenantId: string;
  imageUrl: string;
}

declare function extractData(url: string): Promise<{ total: number }>;

export const scanWorker = new Worker<ScanData>(
  'bill-scan',
  async (job) => {
    try {
      return await extractData(job.data.imageUrl);
    } catch (error) {
      if (error instanceof Error && error.message.includes('Invalid image')) {
        // ruleid: bullmq-job-discard-removed
        job.discard();
      }
      throw error;
    }
  },
  { connection },
);

export async function classify(job: Job<ScanData>, error: Error) {
  if (error.message.startsWith('404')) {
    // ruleid: bullmq-job-discard-removed
    job.discard();
    throw error;
  }
  // ok: bullmq-job-discard-removed
  throw new UnrecoverableError(error.message);
}

// Not a job: a draft object with its own discard().
declare const draft: { discard(): void };
// ok: bullmq-job-discard-removed
draft.discard();
