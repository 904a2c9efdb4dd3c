import { Worker as BullWorker, Job, KeepJobs } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';

const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };
const keepLastThousand: KeepJobs = { count: 1000 };

async function sendEmail(job: Job<{ to: string }>): Promise<void> {
  console.log('sending to', job.data.to);
}

export const emailWorker = new BullWorker('emails', sendEmail, {
  connection,
  // ruleid: bullmq-worker-removeon-non-object
  removeOnComplete: true as any,
  // ruleid: bullmq-worker-removeon-non-object
  removeOnFail: 5000 as any,
});

export const smsWorker = new BullWorker('sms', sendEmail, {
  connection,
  // ok: bullmq-worker-removeon-non-object
  removeOnComplete: { count: 1000 },
  // ok: bullmq-worker-removeon-non-object
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
});

// ok: bullmq-worker-removeon-non-object
export const pushWorker = new BullWorker('push', sendEmail, { connection, removeOnComplete: keepLastThousand });

// false keeps every job, the default: not an error.
// ok: bullmq-worker-removeon-non-object
export const auditWorker = new BullWorker('audit', sendEmail, { connection, removeOnComplete: false as any });

// ruleid: bullmq-worker-removeon-non-object
@Processor('thumbnails', { connection, removeOnComplete: 100 as any })
export class ThumbnailProcessor extends WorkerHost {
  async process(job: Job<{ imageId: string }>): Promise<string> {
    return job.data.imageId;
  }
}
