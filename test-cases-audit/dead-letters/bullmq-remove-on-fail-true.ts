import { Queue } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

const connection = { host: 'redis.internal', port: 6379 };

export const charges = new Queue('charges', {
  connection,
  // ruleid: bullmq-remove-on-fail-true
  defaultJobOptions: { attempts: 5, removeOnComplete: { count: 1000 }, removeOnFail: true },
});

export async function charge(invoiceId: string) {
  // ruleid: bullmq-remove-on-fail-true
  await charges.add('charge', { invoiceId }, { removeOnFail: true });

  // ruleid: bullmq-remove-on-fail-true
  await charges.add('charge', { invoiceId }, { removeOnFail: 0 });

  // ok: bullmq-remove-on-fail-true
  await charges.add('charge', { invoiceId }, { removeOnFail: { age: 7 * 24 * 3600, count: 5000 } });

  // ok: bullmq-remove-on-fail-true
  await charges.add('charge', { invoiceId }, { removeOnFail: 500 });

  // A job with its own id is freed at once so that the same id can be added again after a failure.
  // ok: bullmq-remove-on-fail-true
  await charges.add('charge', { invoiceId }, { jobId: `charge-${invoiceId}`, removeOnFail: true });

  await charges.addBulk([
    // ruleid: bullmq-remove-on-fail-true
    { name: 'charge', data: { invoiceId }, opts: { removeOnFail: true } },
    // ok: bullmq-remove-on-fail-true
    { name: 'charge', data: { invoiceId }, opts: { jobId: `retry-${invoiceId}`, removeOnFail: true } },
  ]);

  // Keeping zero completed jobs is a different choice: not this rule.
  // ok: bullmq-remove-on-fail-true
  await charges.add('charge', { invoiceId }, { removeOnComplete: 0, removeOnFail: { count: 100, age: 3600 } });
}

@Module({
  imports: [
    BullModule.registerQueue({
      name: 'refunds',
      // ruleid: bullmq-remove-on-fail-true
      defaultJobOptions: { removeOnFail: true },
    }),
    BullModule.registerQueue({
      name: 'payouts',
      // ok: bullmq-remove-on-fail-true
      defaultJobOptions: { removeOnFail: { age: 30 * 24 * 3600 } },
    }),
  ],
})
export class BillingModule {}
