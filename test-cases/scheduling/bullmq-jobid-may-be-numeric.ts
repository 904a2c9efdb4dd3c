import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';

const connection = { host: 'redis.internal', port: 6379 };

interface InvoiceRow {
  id: number;
  tenantId: string;
  uuid: string;
}

export const invoiceQueue = new Queue('invoices', { connection });

export async function enqueueInvoice(invoice: InvoiceRow) {
  // ruleid: bullmq-jobid-may-be-numeric
  await invoiceQueue.add('render', { invoiceId: invoice.id }, { jobId: String(invoice.id) });

  // ruleid: bullmq-jobid-may-be-numeric
  await invoiceQueue.add('render', { invoiceId: invoice.id }, { jobId: `${invoice.id}` });

  // ruleid: bullmq-jobid-may-be-numeric
  await invoiceQueue.add('render', { invoiceId: invoice.id }, { jobId: invoice.id.toString() });

  // ruleid: bullmq-jobid-may-be-numeric
  await invoiceQueue.add('render', { invoiceId: invoice.id }, { jobId: '' + invoice.id, attempts: 3 });

  // ok: bullmq-jobid-may-be-numeric
  await invoiceQueue.add('render', { invoiceId: invoice.id }, { jobId: `invoice-${invoice.id}` });

  // ok: bullmq-jobid-may-be-numeric
  await invoiceQueue.add('render', { invoiceId: invoice.id }, { jobId: String(invoice.uuid) });

  // ok: bullmq-jobid-may-be-numeric
  await invoiceQueue.add('render', { invoiceId: invoice.id }, { jobId: randomUUID() });

  // ok: bullmq-jobid-may-be-numeric
  await invoiceQueue.add('render', { invoiceId: invoice.id }, { jobId: `${invoice.tenantId}-${invoice.id}` });
}

export async function enqueueBatch(rows: InvoiceRow[]) {
  await invoiceQueue.addBulk(
    rows.map((row) => ({
      name: 'render',
      data: { invoiceId: row.id },
      // ruleid: bullmq-jobid-may-be-numeric
      opts: { jobId: String(row.id) },
    })),
  );
}

export async function enqueueWithHelper(invoice: InvoiceRow) {
  // todoruleid: bullmq-jobid-may-be-numeric
  const jobId = String(invoice.id);
  await invoiceQueue.add('render', { invoiceId: invoice.id }, { jobId });
}
