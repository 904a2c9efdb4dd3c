import { Queue as BQ, FlowProducer } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

const connection = { host: 'redis.internal', port: 6379 };
const MAX_ATTEMPTS = 5;

export const invoices = new BQ('invoices', {
  connection,
  defaultJobOptions: {
    // ruleid: bullmq-attempts-unbounded
    attempts: Infinity,
    backoff: { type: 'exponential', delay: 1000 },
  },
});

export const emails = new BQ('emails', {
  connection,
  // ok: bullmq-attempts-unbounded
  defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
});

export async function enqueueInvoice(invoiceId: string, tenantId: string) {
  // ruleid: bullmq-attempts-unbounded
  await invoices.add('render', { invoiceId, tenantId }, { attempts: Number.MAX_SAFE_INTEGER });

  // ruleid: bullmq-attempts-unbounded
  await invoices.add('render', { invoiceId, tenantId }, { jobId: `render-${invoiceId}`, attempts: 1000 });

  // ok: bullmq-attempts-unbounded
  await invoices.add('render', { invoiceId, tenantId }, { attempts: MAX_ATTEMPTS });

  // ok: bullmq-attempts-unbounded
  await invoices.add('render', { invoiceId, tenantId }, { attempts: 25 });

  // A cap is bounded, whatever number sits inside it.
  // ok: bullmq-attempts-unbounded
  await invoices.add('render', { invoiceId, tenantId }, { attempts: Math.min(MAX_ATTEMPTS * 2, 100) });

  // Constant arithmetic is evaluated.
  // ruleid: bullmq-attempts-unbounded
  await invoices.add('render', { invoiceId, tenantId }, { attempts: 10 * 10 });
}

export async function enqueueBatch(ids: string[]) {
  await emails.addBulk(
    ids.map((id) => ({
      name: 'send',
      data: { id },
      // ruleid: bullmq-attempts-unbounded
      opts: { attempts: Number.POSITIVE_INFINITY },
    })),
  );
  // ok: bullmq-attempts-unbounded
  await emails.addBulk(ids.map((id) => ({ name: 'send', data: { id }, opts: { attempts: 3 } })));
}

export async function scheduleDigest() {
  await emails.upsertJobScheduler(
    'daily-digest',
    { pattern: '0 7 * * *' },
    // ruleid: bullmq-attempts-unbounded
    { name: 'digest', data: {}, opts: { attempts: 99999 } },
  );
}

export async function spreadOptions(extra: { attempts?: number }) {
  // ok: bullmq-attempts-unbounded
  await invoices.add('render', {}, { ...extra, removeOnComplete: 100 });
}

// A job's own data may have a field called attempts: that is not a job option.
export async function dataNamedAttempts() {
  // ok: bullmq-attempts-unbounded
  await invoices.add('login-audit', { attempts: 100, userId: 'u1' });
}

@Module({
  imports: [
    BullModule.registerQueue({
      name: 'reports',
      // ruleid: bullmq-attempts-unbounded
      defaultJobOptions: { attempts: Infinity },
    }),
  ],
})
export class ReportsModule {}

// todoruleid: bullmq-attempts-unbounded
const retryForever = { attempts: Infinity };
export const usesVariable = () => invoices.add('render', {}, retryForever);

export const flows = new FlowProducer({ connection });
