import { Worker, Worker as BullWorker, Job } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';

const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };
const logger = console;

async function sendEmail(job: Job<{ to: string }>): Promise<void> {
  logger.info({ to: job.data.to }, 'email sent');
}

// ruleid: bullmq-no-shutdown-handler
let emailWorker = new Worker('email', sendEmail, { connection, concurrency: 10 });
emailWorker.on('error', (err) => logger.error({ err }, 'email worker error'));

// ok: bullmq-no-shutdown-handler
const smsWorker = new BullWorker('sms', async (job) => job.data, { connection });
smsWorker.on('error', (err) => logger.error({ err }, 'sms worker error'));
process.on('SIGTERM', async () => {
  await smsWorker.close();
  process.exit(0);
});

export function startWebhookWorker(): void {
  // ruleid: bullmq-no-shutdown-handler
  const webhookWorker = new BullWorker('webhooks', async (job) => job.data, { connection });
  webhookWorker.on('error', (err) => logger.error({ err }, 'webhook worker error'));
}

// Handed to a shutdown helper that closes it.
declare function closeOnShutdown(...workers: Worker[]): void;
// ok: bullmq-no-shutdown-handler
const auditWorker = new Worker('audit', async (job) => job.data, { connection });
closeOnShutdown(auditWorker);

// A module-level worker that start() creates and stop() closes.
let billingWorker: Worker | undefined;
export function startBilling(): void {
  // ok: bullmq-no-shutdown-handler
  billingWorker = new Worker('billing', async (job) => job.data, { connection });
}
export async function stopBilling(): Promise<void> {
  await billingWorker?.close();
}

// Exported: the entry point that imports it closes it.
// ok: bullmq-no-shutdown-handler
export const exportWorker = new Worker('exports', async (job) => job.data, { connection });

export class ImportService {
  private worker?: Worker;

  start(): void {
    // ok: bullmq-no-shutdown-handler
    this.worker = new Worker('imports', async (job) => job.data, { connection });
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.close();
  }
}

export class ReportService {
  private worker?: Worker;

  start(): void {
    // ruleid: bullmq-no-shutdown-handler
    this.worker = new Worker('reports', async (job) => job.data, { connection });
  }
}

// NestJS creates the worker and closes it on shutdown (with app.enableShutdownHooks()).
@Processor('invoices')
export class InvoiceProcessor extends WorkerHost {
  // ok: bullmq-no-shutdown-handler
  async process(job: Job<{ invoiceId: string }>): Promise<string> {
    return job.data.invoiceId;
  }
}

// A framework calls the hooks kept in a class field on shutdown; the worker is closed there.
export class EventBusService {
  private worker_?: Worker;

  __hooks = {
    onApplicationShutdown: async () => {
      await this.worker_?.close();
    },
  };

  start(): void {
    // ok: bullmq-no-shutdown-handler
    this.worker_ = new Worker('events', async (job) => job.data, { connection });
  }
}

// The hooks close one worker; the other is left running.
export class AuditBusService {
  private events?: Worker;
  private audits?: Worker;

  __hooks = {
    onApplicationShutdown: () => this.shutdownEvents(),
    onModuleDestroy: async () => {
      await this.events?.close();
    },
  };

  private async shutdownEvents(): Promise<void> {}

  start(): void {
    // ok: bullmq-no-shutdown-handler
    this.events = new Worker('events', async (job) => job.data, { connection });
    // ruleid: bullmq-no-shutdown-handler
    this.audits = new Worker('audits', async (job) => job.data, { connection });
  }
}
