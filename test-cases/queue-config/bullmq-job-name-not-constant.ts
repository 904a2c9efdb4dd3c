import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';

const connection = { host: 'redis.internal', port: 6379 };
const JOB_NAMES = { sendInvoice: 'send-invoice' } as const;

export const invoices = new Queue('invoices', { connection });

export async function enqueue(invoiceId: string, tenantId: string, kind: string) {
  // ruleid: bullmq-job-name-not-constant
  await invoices.add(`invoice-${invoiceId}`, { invoiceId, tenantId });

  // ruleid: bullmq-job-name-not-constant
  await invoices.add(randomUUID(), { invoiceId, tenantId }, { attempts: 3 });

  // ruleid: bullmq-job-name-not-constant
  await invoices.add('invoice:' + invoiceId, { invoiceId, tenantId });

  // ruleid: bullmq-job-name-not-constant
  await invoices.add(invoiceId.toString(), { invoiceId, tenantId });

  // ok: bullmq-job-name-not-constant
  await invoices.add('send-invoice', { invoiceId, tenantId }, { jobId: `invoice-${invoiceId}` });

  // ok: bullmq-job-name-not-constant
  await invoices.add(JOB_NAMES.sendInvoice, { invoiceId, tenantId });

  // A name chosen from a few known kinds is still a type, not an id.
  // ok: bullmq-job-name-not-constant
  await invoices.add(kind, { invoiceId, tenantId });

  // ok: bullmq-job-name-not-constant
  await invoices.add(`send-invoice`, { invoiceId, tenantId });
}
