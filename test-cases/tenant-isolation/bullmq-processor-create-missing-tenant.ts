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
    // Looked up per tenant but created without one: the next run cannot find the row.
    // ruleid: bullmq-processor-create-missing-tenant
    await this.db.invoice.upsert({
      where: { tenantId_externalId: { tenantId: job.data.tenantId, externalId: job.data.entityId } },
      create: { externalId: job.data.entityId, total: job.data.total },
      update: { total: job.data.total },
    });
    // ok: bullmq-processor-create-missing-tenant
    await this.db.invoice.upsert({
      where: { tenantId_externalId: { tenantId: job.data.tenantId, externalId: job.data.entityId } },
      create: { externalId: job.data.entityId, tenantId: job.data.tenantId },
      update: {},
    });
    // Keyed by a globally unique external id: taken as a global row, so a missing tenant here is
    // not seen (the rule does not read schema.prisma).
    // todoruleid: bullmq-processor-create-missing-tenant
    await this.db.invoice.upsert({
      where: { externalId: job.data.entityId },
      create: { externalId: job.data.entityId, total: job.data.total },
      update: { total: job.data.total },
    });
    // ruleid: bullmq-processor-create-missing-tenant
    await this.db.invoice.upsert({ where: { externalId: job.data.entityId }, create: job.data, update: {} });
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

// A metering cron with no tenant: its lease lives in a one-row bookkeeping table upserted by a
// unique name, and the tenants themselves are rows of the tenant table.
const METERING_LEASE = 'usage-metering';

export async function meterUsage(job: Job<{ hour: string }>) {
  // ok: bullmq-processor-create-missing-tenant
  const lease = await prisma.schedulerLease.upsert({
    where: { name: METERING_LEASE },
    create: { name: METERING_LEASE, state: 'QUEUED', lastRun: new Date(job.data.hour) },
    update: {},
  });
  // ok: bullmq-processor-create-missing-tenant
  await prisma.settings.upsert({ where: { key: 'last-metered-hour' }, create: { key: 'last-metered-hour', value: job.data.hour }, update: { value: job.data.hour } });
  return lease;
}

// A tenant key named after the app's own scope.
export async function recordExport(job: Job<{ projectId: string; orgId: string; file: string }>) {
  // ok: bullmq-processor-create-missing-tenant
  await prisma.exportRun.create({ data: { projectId: job.data.projectId, file: job.data.file } });
  // ok: bullmq-processor-create-missing-tenant
  await prisma.usageRecord.createMany({ data: [{ orgId: job.data.orgId, units: 1 }] });
  // ok: bullmq-processor-create-missing-tenant
  await prisma.exportRun.create({ data: { file: job.data.file, organization: { connect: { id: job.data.orgId } } } });
  // A field that merely starts with the name is not the tenant.
  // ruleid: bullmq-processor-create-missing-tenant
  await prisma.exportRun.create({ data: { projectName: job.data.file, file: job.data.file } });
}

// The app's own audit service: its create() is not a Prisma delegate.
class AuditService {
  async create(entry: { data: { action: string } }): Promise<void> {
    void entry;
  }
}

export const auditedWorker = new Worker<{ action: string }>('audited', async (job) => {
  const services = { auditService: new AuditService() };
  // ok: bullmq-processor-create-missing-tenant
  await services.auditService.create({ data: { action: job.data.action } });
}, { connection });
