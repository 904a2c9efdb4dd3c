import { Queue, Worker, Job } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';

const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };
const ONE_DAY_MS = 24 * 60 * 60 * 1000;
const ONE_DAY = 24 * 60 * 60;

export const reports = new Queue('reports', {
  connection,
  defaultJobOptions: {
    // ruleid: bullmq-keepjobs-age-looks-like-ms
    removeOnComplete: { age: 7 * 24 * 60 * 60 * 1000, count: 1000 },
    // ok: bullmq-keepjobs-age-looks-like-ms
    removeOnFail: { age: 30 * ONE_DAY },
  },
});

export async function enqueueReport(reportId: string) {
  // ruleid: bullmq-keepjobs-age-looks-like-ms
  await reports.add('build', { reportId }, { removeOnComplete: { age: 86400000 } });

  // ruleid: bullmq-keepjobs-age-looks-like-ms
  await reports.add('build', { reportId }, { removeOnFail: { age: ONE_DAY_MS } });

  // ruleid: bullmq-keepjobs-age-looks-like-ms
  await reports.add('build', { reportId }, { removeOnComplete: { age: 60 * 60 * 1000 } });

  // ok: bullmq-keepjobs-age-looks-like-ms
  await reports.add('build', { reportId }, { removeOnComplete: { age: 3600, count: 500 } });

  // ok: bullmq-keepjobs-age-looks-like-ms
  await reports.add('build', { reportId }, { removeOnComplete: { age: 90 * ONE_DAY } });

  // A field named age in the job's data is not a retention option.
  // ok: bullmq-keepjobs-age-looks-like-ms
  await reports.add('build', { reportId, removeOnComplete: { age: 99999999 } });
}

export const reportWorker = new Worker('reports', async (job: Job) => job.data, {
  connection,
  // ruleid: bullmq-keepjobs-age-looks-like-ms
  removeOnComplete: { age: 172800000 },
  // ok: bullmq-keepjobs-age-looks-like-ms
  removeOnFail: { age: 172800, count: 5000 },
});

// ruleid: bullmq-keepjobs-age-looks-like-ms
@Processor('thumbnails', { connection, removeOnComplete: { age: 3 * ONE_DAY_MS } })
export class ThumbnailProcessor extends WorkerHost {
  async process(job: Job<{ imageId: string }>): Promise<string> {
    return job.data.imageId;
  }
}
