import { Queue, Worker, Job } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

const connection = { host: 'redis.internal', port: 6379 };
const MAX_ATTEMPTS = 5;

export const mail = new Queue('mail', { connection });

export async function sendReceipt(orderId: string) {
  // ruleid: bullmq-attempts-without-backoff
  await mail.add('receipt', { orderId }, { attempts: 5 });

  // ok: bullmq-attempts-without-backoff
  await mail.add('receipt', { orderId }, { attempts: 5, backoff: { type: 'exponential', delay: 1000 } });

  // A single attempt never retries: nothing to back off.
  // ok: bullmq-attempts-without-backoff
  await mail.add('receipt', { orderId }, { attempts: 1 });

  // A constant is followed (semgrep propagates MAX_ATTEMPTS = 5).
  // ruleid: bullmq-attempts-without-backoff
  await mail.add('receipt', { orderId }, { attempts: MAX_ATTEMPTS });
}

export async function spreadDefaults(policy: { backoff: number }) {
  // ok: bullmq-attempts-without-backoff
  await mail.add('receipt', {}, { ...policy, attempts: 3 });
}

export const payouts = new Queue('payouts', {
  connection,
  defaultJobOptions: {
    // ruleid: bullmq-attempts-without-backoff
    attempts: 10,
    removeOnComplete: { count: 1000 },
  },
});

export const invoices = new Queue('invoices', {
  connection,
  // ok: bullmq-attempts-without-backoff
  defaultJobOptions: { attempts: 6, backoff: 30_000 },
});

export async function addInvoice(id: string) {
  // The queue's defaultJobOptions (above) set a backoff.
  // ok: bullmq-attempts-without-backoff
  await invoices.add('pdf', { id }, { attempts: 3 });
}

export async function scheduleCleanup() {
  await mail.upsertJobScheduler(
    'nightly-cleanup',
    { pattern: '0 3 * * *' },
    // ruleid: bullmq-attempts-without-backoff
    { name: 'cleanup', opts: { attempts: 3 } },
  );
}

@Module({
  imports: [
    BullModule.registerQueue({
      name: 'sync',
      // ruleid: bullmq-attempts-without-backoff
      defaultJobOptions: { attempts: 4 },
    }),
  ],
})
export class SyncModule {}

export const worker = new Worker('mail', async (job: Job) => job.data, { connection });
