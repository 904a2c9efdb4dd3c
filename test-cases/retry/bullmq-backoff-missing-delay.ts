import { Queue as JobQueue, Worker } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

const connection = { host: 'redis.internal', port: 6379 };

export const emails = new JobQueue('emails', {
  connection,
  defaultJobOptions: {
    attempts: 5,
    // ruleid: bullmq-backoff-missing-delay
    backoff: { type: 'exponential' },
  },
});

export async function queueWelcome(userId: string) {
  // ruleid: bullmq-backoff-missing-delay
  await emails.add('welcome', { userId }, { attempts: 3, backoff: { type: 'fixed', jitter: 0.5 } });

  // ok: bullmq-backoff-missing-delay
  await emails.add('welcome', { userId }, { attempts: 3, backoff: { type: 'fixed', delay: 4000 } });

  // A number is a fixed delay in ms.
  // ok: bullmq-backoff-missing-delay
  await emails.add('welcome', { userId }, { attempts: 3, backoff: 4000 });

  // A custom type is computed by the Worker's settings.backoffStrategy: no delay needed.
  // ok: bullmq-backoff-missing-delay
  await emails.add('welcome', { userId }, { attempts: 3, backoff: { type: 'provider-retry-after' } });
}

export async function withBase(base: { delay: number }) {
  // ok: bullmq-backoff-missing-delay
  await emails.add('digest', {}, { attempts: 3, backoff: { ...base, type: 'exponential' } });
}

export async function bulk(ids: string[]) {
  await emails.addBulk(
    ids.map((id) => ({
      name: 'notify',
      data: { id },
      // ruleid: bullmq-backoff-missing-delay
      opts: { attempts: 4, backoff: { type: "exponential", jitter: 0.2 } },
    })),
  );
}

@Module({
  imports: [
    BullModule.registerQueue({
      name: 'audit',
      // ruleid: bullmq-backoff-missing-delay
      defaultJobOptions: { attempts: 2, backoff: { type: 'fixed' } },
    }),
  ],
})
export class AuditModule {}

// A backoff object kept in a variable is not followed.
// todoruleid: bullmq-backoff-missing-delay
const retryPolicy = { type: 'exponential' };
export const usesPolicy = () => emails.add('x', {}, { attempts: 3, backoff: retryPolicy });

export const worker = new Worker(
  'emails',
  async () => undefined,
  {
    connection,
    settings: {
      backoffStrategy: (attemptsMade: number) => Math.min(2 ** attemptsMade * 1000, 60_000),
    },
  },
);
