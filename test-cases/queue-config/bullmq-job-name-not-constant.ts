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

export async function enqueueMany(invoiceIds: string[], tenantId: string) {
  await invoices.addBulk([
    // ruleid: bullmq-job-name-not-constant
    { name: `invoice-${invoiceIds[0]}`, data: { invoiceId: invoiceIds[0], tenantId } },
    // ok: bullmq-job-name-not-constant
    { name: 'send-invoice', data: { invoiceId: invoiceIds[1], tenantId } },
  ]);

  await invoices.addBulk(
    invoiceIds.map((invoiceId) => ({
      // ruleid: bullmq-job-name-not-constant
      name: 'invoice:' + invoiceId,
      data: { invoiceId, tenantId },
    })),
  );

  // Entries built first, then queued: the per-recipient name is still one "type" per job.
  const reminders = invoiceIds.map((invoiceId) => ({
    // ruleid: bullmq-job-name-not-constant
    name: `remind-${invoiceId}`,
    data: { invoiceId, tenantId },
    opts: { attempts: 3 },
  }));
  await invoices.addBulk(reminders);

  const constant = invoiceIds.map((invoiceId) => ({
    // ok: bullmq-job-name-not-constant
    name: JOB_NAMES.sendInvoice,
    // A per-job value inside the data is fine: that is where it belongs.
    // ok: bullmq-job-name-not-constant
    data: { invoiceId, tenantId, label: { name: `Invoice ${invoiceId}`, data: invoiceId } },
    opts: { jobId: `invoice-${invoiceId}` },
  }));
  await invoices.addBulk(constant);
}

// Not queued: an attachment list shaped like { name, data }.
export function attachments(invoiceId: string) {
  // ok: bullmq-job-name-not-constant
  return [{ name: `invoice-${invoiceId}.pdf`, data: Buffer.from(invoiceId) }];
}
