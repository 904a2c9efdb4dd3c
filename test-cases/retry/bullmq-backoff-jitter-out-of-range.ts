import { Queue } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

const connection = { host: 'redis.internal', port: 6379 };

export const webhooks = new Queue('webhooks', {
  connection,
  defaultJobOptions: {
    attempts: 5,
    // ruleid: bullmq-backoff-jitter-out-of-range
    backoff: { type: 'exponential', delay: 1000, jitter: 500 },
  },
});

export async function deliver(url: string) {
  // ruleid: bullmq-backoff-jitter-out-of-range
  await webhooks.add('deliver', { url }, { attempts: 3, backoff: { type: 'fixed', delay: 2000, jitter: 1.5 } });

  // ruleid: bullmq-backoff-jitter-out-of-range
  await webhooks.add('deliver', { url }, { attempts: 3, backoff: { type: 'fixed', delay: 2000, jitter: -0.2 } });

  // ok: bullmq-backoff-jitter-out-of-range
  await webhooks.add('deliver', { url }, { attempts: 3, backoff: { type: 'exponential', delay: 2000, jitter: 0.5 } });

  // ok: bullmq-backoff-jitter-out-of-range
  await webhooks.add('deliver', { url }, { attempts: 3, backoff: { type: 'exponential', delay: 2000, jitter: 1 } });

  // ok: bullmq-backoff-jitter-out-of-range
  await webhooks.add('deliver', { url }, { attempts: 3, backoff: 5000 });

  // A job's data may hold a field named jitter: not a backoff option.
  // ok: bullmq-backoff-jitter-out-of-range
  await webhooks.add('deliver', { url, backoff: { jitter: 250 } });
}

@Module({
  imports: [
    BullModule.registerQueue({
      name: 'emails',
      // ruleid: bullmq-backoff-jitter-out-of-range
      defaultJobOptions: { attempts: 4, backoff: { type: 'exponential', delay: 500, jitter: 100 } },
    }),
  ],
})
export class EmailsModule {}
