import { Worker, Job, Queue } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };

interface ReminderData {
  tenantId: string;
  invoiceId: string;
  customerEmail: string;
}

export const reminderWorker = new Worker<ReminderData>(
  'invoice-reminders',
  async (job) => {
    const { tenantId, invoiceId, customerEmail } = job.data;
    // ruleid: bullmq-worker-prisma-missing-tenant-filter
    const overdue = await prisma.invoice.findMany({ where: { status: 'OVERDUE', customerEmail } });
    // ok: bullmq-worker-prisma-missing-tenant-filter
    const own = await prisma.invoice.findMany({ where: { tenantId, status: 'OVERDUE' } });
    // ok: bullmq-worker-prisma-missing-tenant-filter
    const invoice = await prisma.invoice.findFirst({ where: { id: invoiceId } });
    // ruleid: bullmq-worker-prisma-missing-tenant-filter
    await prisma.reminder.deleteMany();
    // ok: bullmq-worker-prisma-missing-tenant-filter
    await prisma.reminder.deleteMany({ where: { AND: [{ tenantId }, { sentAt: { lt: new Date() } }] } });
    return { overdue: overdue.length, own: own.length, found: Boolean(invoice) };
  },
  { connection },
);

export async function closeStaleInvoices(job: Job<ReminderData>): Promise<number> {
  const { tenantId } = job.data;
  return prisma.$transaction(async (tx) => {
    // ruleid: bullmq-worker-prisma-missing-tenant-filter
    const { count } = await tx.invoice.updateMany({
      where: { status: 'DRAFT', createdAt: { lt: new Date(Date.now() - 90 * 864e5) } },
      data: { status: 'VOID' },
    });
    // ok: bullmq-worker-prisma-missing-tenant-filter
    await tx.invoice.updateMany({ where: { project: { tenantId } }, data: { archived: true } });
    return count;
  });
}

@Processor('exports')
export class ExportProcessor extends WorkerHost {
  constructor(private readonly db: PrismaClient) {
    super();
  }

  async process(job: Job<ReminderData>): Promise<number> {
    // ruleid: bullmq-worker-prisma-missing-tenant-filter
    const customers = await this.db.customer.count({ where: { email: job.data.customerEmail } });
    const filter = { tenantId: job.data.tenantId, email: job.data.customerEmail };
    // ok: bullmq-worker-prisma-missing-tenant-filter
    const scoped = await this.db.customer.count({ where: filter });
    // ok: bullmq-worker-prisma-missing-tenant-filter
    await this.db.customer.update({ where: { tenantId_email: { tenantId: job.data.tenantId, email: job.data.customerEmail } }, data: { exported: true } });
    return customers + scoped;
  }
}

// Outside a processor: request handlers are scoped by their own middleware.
export async function listInvoices(status: string) {
  // ok: bullmq-worker-prisma-missing-tenant-filter
  return prisma.invoice.findMany({ where: { status } });
}

// Queue.count() in a processor is not a Prisma query.
const audit = new Queue('audit', { connection });
export const auditWorker = new Worker('audit-rollup', async () => {
  // ok: bullmq-worker-prisma-missing-tenant-filter
  return audit.count();
}, { connection });
