import { Worker, Job } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Process, Processor as BullProcessor } from '@nestjs/bull';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };

interface BillScanData {
  tenantId: string;
  entityId: string;
  total: number;
}

export const billWorker = new Worker<BillScanData>(
  'bill-scan',
  async (job) => {
    // ruleid: bullmq-processor-create-missing-tenant
    await prisma.bill.create({ data: job.data });

    const { tenantId, entityId, total } = job.data;
    // ok: bullmq-processor-create-missing-tenant
    await prisma.bill.create({ data: { tenantId, entityId, total } });

    // ruleid: bullmq-processor-create-missing-tenant
    await prisma.auditLog.create({ data: { action: 'BILL_CREATED', entityId } });
  },
  { connection },
);

export async function processImport(job: Job<BillScanData>) {
  const { tenantId } = job.data;
  await prisma.$transaction(async (tx) => {
    // ruleid: bullmq-processor-create-missing-tenant
    await tx.line.createMany({ data: [{ label: 'a', amount: 1 }] });
    // ok: bullmq-processor-create-missing-tenant
    await tx.line.createMany({ data: [{ label: 'b', amount: 2, tenantId }] });
  });
  // ok: bullmq-processor-create-missing-tenant
  await prisma.bill.create({ data: { ...job.data, status: 'IMPORTED' } });
  // ok: bullmq-processor-create-missing-tenant
  await prisma.bill.create({ data: { total: 1, tenant: { connect: { id: tenantId } } } });
}

@Processor('invoices')
export class InvoiceProcessor extends WorkerHost {
  constructor(private readonly db: PrismaClient) {
    super();
  }

  async process(job: Job<BillScanData>): Promise<void> {
    // ruleid: bullmq-processor-create-missing-tenant
    await this.db.invoice.upsert({
      where: { externalId: job.data.entityId },
      create: { externalId: job.data.entityId, total: job.data.total },
      update: { total: job.data.total },
    });
    // ok: bullmq-processor-create-missing-tenant
    await this.db.invoice.upsert({
      where: { externalId: job.data.entityId },
      create: { externalId: job.data.entityId, tenantId: job.data.tenantId },
      update: {},
    });
  }

  // Not a processor: a request-scoped helper is out of this rule's reach.
  async seed(): Promise<void> {
    // ok: bullmq-processor-create-missing-tenant
    await this.db.invoice.create({ data: { externalId: 'seed', total: 0 } });
  }
}

@BullProcessor('legacy-exports')
export class LegacyExportProcessor {
  constructor(private readonly db: PrismaClient) {}

  @Process('export')
  async handleExport(job: { data: { userId: string } }) {
    // ruleid: bullmq-processor-create-missing-tenant
    await this.db.exportFile.create({ data: { userId: job.data.userId } });
  }
}

// Outside any processor: request handlers have their own tenant middleware.
export async function createFromRequest(body: { name: string }) {
  // ok: bullmq-processor-create-missing-tenant
  await prisma.bill.create({ data: { name: body.name } });
}

// A TypeORM repository's create() takes an entity, not { data }: not this rule's shape.
export const typeormWorker = new Worker('typeorm', async (job) => {
  const logRepository = { create: (x: object) => x };
  // ok: bullmq-processor-create-missing-tenant
  logRepository.create({ data: job.data });
}, { connection });
