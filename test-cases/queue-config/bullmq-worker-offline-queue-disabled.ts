import { Job, Queue, QueueEvents, Worker } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import IORedis from 'ioredis';

declare function sendSms(to: string): Promise<void>;

// The producer fails fast when Redis is down: right for a request handler.
const producerConnection = new IORedis(process.env.REDIS_URL!, { enableOfflineQueue: false });
// ok: bullmq-worker-offline-queue-disabled
export const sms = new Queue('sms', { connection: producerConnection });

// The same instance reused for the consumer.
export const smsWorker = new Worker(
  'sms',
  async (job: Job<{ to: string }>) => sendSms(job.data.to),
  // ruleid: bullmq-worker-offline-queue-disabled
  { connection: producerConnection },
);

const workerConnection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
// ok: bullmq-worker-offline-queue-disabled
export const pushWorker = new Worker('push', async () => undefined, { connection: workerConnection });

// ruleid: bullmq-worker-offline-queue-disabled
export const smsEvents = new QueueEvents('sms', { connection: { host: 'localhost', enableOfflineQueue: false } });

// ok: bullmq-worker-offline-queue-disabled
export const mailEvents = new QueueEvents('mail', { connection: { host: 'localhost', enableOfflineQueue: true } });

@Processor('webhooks', {
  // ruleid: bullmq-worker-offline-queue-disabled
  connection: new IORedis({ host: process.env.REDIS_HOST, maxRetriesPerRequest: null, enableOfflineQueue: false }),
})
export class WebhookProcessor extends WorkerHost {
  async process(job: Job<{ url: string }>): Promise<string> {
    return job.data.url;
  }
}
