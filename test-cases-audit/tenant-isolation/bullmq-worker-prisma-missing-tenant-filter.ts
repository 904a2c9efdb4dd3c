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

// Apps whose tenant key is not `tenantId`, cron jobs over all tenants, and service objects whose
// methods happen to share Prisma's names.

interface SyncPayload {
  projectId: string;
  destination: string;
}

// The scope is a project: the payload carries `projectId` and every filter uses it.
export async function syncDestination(job: Job<{ payload: SyncPayload }>) {
  const { projectId, destination } = job.data.payload;
  // ok: bullmq-worker-prisma-missing-tenant-filter
  await prisma.exportTarget.updateMany({ where: { projectId }, data: { busy: true } });
  // ok: bullmq-worker-prisma-missing-tenant-filter
  const pending = await prisma.pendingExport.findMany({ where: { projectId, destination, done: false } });
  // A field that merely starts with the name is not the scope.
  // ruleid: bullmq-worker-prisma-missing-tenant-filter
  const sameName = await prisma.exportTarget.findMany({ where: { projectName: destination } });
  // ruleid: bullmq-worker-prisma-missing-tenant-filter
  await prisma.pendingExport.deleteMany({ where: { destination, done: true } });
  return pending.length + sameName.length;
}

// Scoped by organisation under a short name.
export const alertWorker = new Worker<{ orgId: string }>(
  'spend-alerts',
  async (job) => {
    const { orgId } = job.data;
    // ok: bullmq-worker-prisma-missing-tenant-filter
    const admins = await prisma.membership.findMany({ where: { orgId, role: { in: ['OWNER', 'ADMIN'] } } });
    // ok: bullmq-worker-prisma-missing-tenant-filter
    const budgets = await prisma.budget.findMany({ where: { organization: { slug: job.data.orgId } } });
    return admins.length + budgets.length;
  },
  { connection },
);

// A nightly cron with no tenant: it walks the tenant table itself and keeps its lease in a
// one-row bookkeeping table updated by a unique name.
export async function nightlyTrialCheck(job: Job) {
  // ok: bullmq-worker-prisma-missing-tenant-filter
  const expired = await prisma.organization.findMany({ where: { trialEndsAt: { lt: new Date() } } });
  // ok: bullmq-worker-prisma-missing-tenant-filter
  const all = await prisma.workspaces.count();
  // ok: bullmq-worker-prisma-missing-tenant-filter
  await prisma.schedulerLease.update({ where: { key: 'nightly' }, data: { lastRun: new Date(), runId: job.id } });
  // The rows under every tenant are still every tenant's rows.
  // ruleid: bullmq-worker-prisma-missing-tenant-filter
  const invoices = await prisma.invoice.findMany({ where: { dueAt: { lt: new Date() } } });
  return expired.length + all + invoices.length;
}

// The app's own services: `updateMany` here is their method, not a Prisma delegate.
class QuoteService {
  async updateMany(rows: { data: object[] }): Promise<number> {
    return rows.data.length;
  }
}

class Ledger {
  async findMany(): Promise<string[]> {
    return [];
  }
}

@Processor('quotes')
export class QuoteProcessor extends WorkerHost {
  private readonly accounts = { ledger: new Ledger() };

  constructor(
    private readonly quoteService: QuoteService,
    private readonly prisma: PrismaClient,
  ) {
    super();
  }

  async process(job: Job<{ symbols: string[] }>): Promise<number> {
    // ok: bullmq-worker-prisma-missing-tenant-filter
    const written = await this.quoteService.updateMany({ data: job.data.symbols.map((symbol) => ({ symbol })) });
    // ok: bullmq-worker-prisma-missing-tenant-filter
    const entries = await this.accounts.ledger.findMany();
    // The injected Prisma client is still checked.
    // ruleid: bullmq-worker-prisma-missing-tenant-filter
    const watchers = await this.prisma.watchlist.findMany({ where: { symbol: { in: job.data.symbols } } });
    return written + entries.length + watchers.length;
  }
}
