import { Queue as JobQueue, Worker, type DefaultJobOptions, type JobsOptions } from 'bullmq';
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

// Options declared with BullMQ's own types are job options wherever they are written.
export const standardOptions: JobsOptions = {
  attempts: 4,
  // ruleid: bullmq-backoff-missing-delay
  backoff: { type: 'exponential' },
};

export const queueDefaults = {
  attempts: 2,
  // ruleid: bullmq-backoff-missing-delay
  backoff: { type: 'fixed' },
} satisfies DefaultJobOptions;

export async function misnamedDelay(userId: string) {
  // In real job options a misspelt key is still no delay: BullMQ ignores `delayMs`.
  await emails.add('welcome', { userId }, {
    attempts: 3,
    // @ts-expect-error delayMs is not a BullMQ backoff option
    // ruleid: bullmq-backoff-missing-delay
    backoff: { type: 'exponential', delayMs: 2000 },
  });
}

// The application's own retry policy, shaped like a backoff but with its own `delayMs`; a
// helper turns it into BullMQ options. Not BullMQ options, so not this rule's business.
interface RetryPolicy {
  attempts: number;
  backoff: { type: 'exponential' | 'fixed'; delayMs: number };
}

export const DEFAULT_POLICY: RetryPolicy = {
  attempts: 3,
  // ok: bullmq-backoff-missing-delay
  backoff: { type: 'exponential', delayMs: 5000 },
};

const policies: Record<string, RetryPolicy> = {
  // ok: bullmq-backoff-missing-delay
  reports: { attempts: 5, backoff: { type: 'fixed', delayMs: 60_000 } },
};

export function toJobOptions(policy: RetryPolicy): JobsOptions {
  // ok: bullmq-backoff-missing-delay
  return { attempts: policy.attempts, backoff: { type: policy.backoff.type, delay: policy.backoff.delayMs } };
}

export async function queueReport(reportId: string) {
  // The job's data may hold anything, even an object shaped like a backoff.
  // ok: bullmq-backoff-missing-delay
  await emails.add('report', { reportId, retry: { attempts: 2, backoff: { type: 'fixed' } } }, toJobOptions(policies.reports));
}

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
