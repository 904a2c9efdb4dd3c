import { Queue, Queue as MqQueue } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';

const connection = { host: process.env.REDIS_HOST, port: 6379 };

export const webhookQueue = new Queue('webhooks', {
  connection,
  defaultJobOptions: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 2000 },
    // ruleid: bullmq-remove-on-fail-immediately
    removeOnFail: true,
  },
});

export const auditQueue = new MqQueue('audit', {
  connection,
  // ok: bullmq-remove-on-fail-immediately
  defaultJobOptions: { removeOnComplete: true, removeOnFail: { count: 5000 } },
});

export async function sendWebhook(url: string, body: unknown): Promise<void> {
  // ruleid: bullmq-remove-on-fail-immediately
  await webhookQueue.add('deliver', { url, body }, { attempts: 3, removeOnFail: 0 });
  // ok: bullmq-remove-on-fail-immediately
  await webhookQueue.add('deliver', { url, body }, { attempts: 3, removeOnFail: { age: 7 * 24 * 3600 } });
  // ok: bullmq-remove-on-fail-immediately
  await webhookQueue.add('deliver', { url, body }, { attempts: 3, removeOnFail: 1000 });
}

export const webhooksModule = BullModule.registerQueue({
  name: 'webhooks',
  // ruleid: bullmq-remove-on-fail-immediately
  defaultJobOptions: { attempts: 3, removeOnFail: true },
});

export async function scheduleDigest(): Promise<void> {
  await auditQueue.upsertJobScheduler('nightly-digest', { pattern: '0 3 * * *' }, {
    name: 'digest',
    // ok: bullmq-remove-on-fail-immediately
    opts: { removeOnFail: false },
  });
}
