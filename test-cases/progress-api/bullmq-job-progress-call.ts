import { Worker, Job } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';

const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };

interface ImportData {
  tenantId: string;
  rows: string[];
}

declare function importRow(tenantId: string, row: string): Promise<void>;

// The type-check comments are @ts-ignore, not @ts-expect-error: the autofix removes the error
// and keeps the comment (see the .fixed.ts file).
export const importWorker = new Worker<ImportData>(
  'csv-import',
  async (job) => {
    const { tenantId, rows } = job.data;
    for (const [index, row] of rows.entries()) {
      await importRow(tenantId, row);
      // @ts-ignore Bull's progress(n): BullMQ's progress is a property
      // ruleid: bullmq-job-progress-call
      await job.progress(Math.round(((index + 1) / rows.length) * 100));
    }
    // ok: bullmq-job-progress-call
    await job.updateProgress(100);
    // ok: bullmq-job-progress-call
    return { imported: rows.length, progress: job.progress };
  },
  { connection },
);

export async function processExport(job: Job<ImportData>): Promise<void> {
  // @ts-ignore Bull's progress(n): BullMQ's progress is a property
  // ruleid: bullmq-job-progress-call
  job.progress({ stage: 'collecting', done: 0 });
  // ok: bullmq-job-progress-call
  await job.updateProgress({ stage: 'uploading', done: 1 });
}

@Processor('reports')
export class ReportProcessor extends WorkerHost {
  async process(job: Job<ImportData>): Promise<void> {
    // @ts-ignore Bull's progress(n): BullMQ's progress is a property
    // ruleid: bullmq-job-progress-call
    await job.progress(10);
    // @ts-ignore Bull's progress(n): BullMQ's progress is a property
    // ruleid: bullmq-job-progress-call
    await job.progress(90);
  }
}

// Outside a processor: some other object's progress method.
declare const uploadBar: { progress(fraction: number): void };
// ok: bullmq-job-progress-call
uploadBar.progress(0.5);
