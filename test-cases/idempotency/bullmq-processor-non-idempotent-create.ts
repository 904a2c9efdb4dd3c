import { Worker, Job } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';

// A Prisma client (typed loosely here: its types are generated per schema).
declare const prisma: any;
const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };

interface BillScanData {
  tenantId: string;
  entityId: string;
  contentHash: string;
  total: number;
}

declare function sendEmail(billId: string): Promise<void>;
declare const db: {
  insert(table: unknown): { values(v: unknown): { onConflictDoNothing(): Promise<void> } & Promise<void> };
  select(): { from(table: unknown): Promise<unknown[]> };
};
declare const bills: unknown;
declare const auditRepository: {
  insert(values: object): Promise<void>;
  create(values: object): object;
  findOneBy(where: object): Promise<object | null>;
};

export const billWorker = new Worker<BillScanData>(
  'bill-scan',
  async (job) => {
    const { tenantId, entityId, total } = job.data;
    // ruleid: bullmq-processor-non-idempotent-create
    const bill = await prisma.bill.create({ data: { tenantId, entityId, total } });
    // Another row's id is not a key unique per job.
    // ruleid: bullmq-processor-non-idempotent-create
    await prisma.auditLog.create({ data: { tenantId, action: 'BILL_CREATED', resourceId: bill.id } });
    await sendEmail(bill.id);
  },
  { connection },
);

// A function taking a Job is a processor too (NestJS or a separate file).
export async function processBillScan(job: Job<BillScanData>) {
  const { tenantId, entityId, contentHash } = job.data;
  const existing = await prisma.bill.findFirst({ where: { tenantId, contentHash } });
  if (existing) {
    return { billId: existing.id, status: 'DUPLICATE' };
  }
  // ok: bullmq-processor-non-idempotent-create
  const bill = await prisma.bill.create({ data: { tenantId, entityId, contentHash } });
  return { billId: bill.id, status: 'CREATED' };
}

export async function processLines(job: Job<BillScanData>) {
  const { tenantId } = job.data;
  // ruleid: bullmq-processor-non-idempotent-create
  await prisma.line.createMany({ data: [{ tenantId, label: 'a' }] });
  // ok: bullmq-processor-non-idempotent-create
  await prisma.line.createMany({ data: [{ tenantId, label: 'b' }], skipDuplicates: true });
  // ok: bullmq-processor-non-idempotent-create
  await prisma.bill.upsert({ where: { id: job.id }, create: { tenantId, id: job.id }, update: {} });
  // A column set from the job's id is unique per job: a retry fails instead of duplicating.
  // ok: bullmq-processor-non-idempotent-create
  await prisma.import.create({ data: { tenantId, sourceJobId: job.id } });
}

export async function processPayment(job: Job<BillScanData>) {
  try {
    // ok: bullmq-processor-non-idempotent-create
    await prisma.payment.create({ data: { tenantId: job.data.tenantId, externalId: job.data.entityId } });
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') {
      return;
    }
    throw error;
  }
}

export async function processAudit(job: Job<BillScanData>) {
  // ruleid: bullmq-processor-non-idempotent-create
  await auditRepository.insert({ action: 'SCANNED', entityId: job.data.entityId });
  // ruleid: bullmq-processor-non-idempotent-create
  await db.insert(bills).values({ tenantId: job.data.tenantId });
  // ok: bullmq-processor-non-idempotent-create
  await db.insert(bills).values({ tenantId: job.data.tenantId }).onConflictDoNothing();
  // A repository's create() only builds the entity.
  // ok: bullmq-processor-non-idempotent-create
  auditRepository.create({ action: 'SCANNED' });
}

@Processor('invoices')
export class InvoiceProcessor extends WorkerHost {
  async process(job: Job<BillScanData>): Promise<void> {
    if (!(await prisma.invoice.findUnique({ where: { contentHash: job.data.contentHash } }))) {
      // ok: bullmq-processor-non-idempotent-create
      await prisma.invoice.create({ data: { tenantId: job.data.tenantId, contentHash: job.data.contentHash } });
    }
    // Any guard call earlier in the processor counts, even one about another model.
    // todoruleid: bullmq-processor-non-idempotent-create
    await prisma.auditLog.create({ data: { tenantId: job.data.tenantId, action: 'INVOICE_SCANNED' } });
  }
}

@Processor('receipts')
export class ReceiptProcessor extends WorkerHost {
  async process(job: Job<BillScanData>): Promise<void> {
    // ruleid: bullmq-processor-non-idempotent-create
    await prisma.receipt.create({ data: { tenantId: job.data.tenantId, total: job.data.total } });
  }
}

// Outside any processor: a request handler is another rule's business.
export async function createFromRequest(body: { tenantId: string }) {
  // ok: bullmq-processor-non-idempotent-create
  await prisma.bill.create({ data: { tenantId: body.tenantId } });
}
