import { Worker, Worker as MqWorker, QueueEvents, Job } from 'bullmq';
import { Processor, WorkerHost, OnWorkerEvent } from '@nestjs/bullmq';

const logger = console;
const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };

async function renderPdf(job: Job<{ invoiceId: string }>): Promise<string> {
  return `invoices/${job.data.invoiceId}.pdf`;
}

// ruleid: bullmq-worker-missing-error-listener
const pdfWorker = new Worker('invoice-pdf', renderPdf, { connection, concurrency: 4 });
pdfWorker.on('completed', (job) => logger.info({ jobId: job.id }, 'pdf rendered'));

// ok: bullmq-worker-missing-error-listener
const emailWorker = new Worker('email', async (job) => job.data, { connection });
emailWorker.on('error', (err) => logger.error({ err, queue: emailWorker.name }, 'worker error'));

// ok: bullmq-worker-missing-error-listener
const smsWorker = new MqWorker('sms', async (job) => job.data, { connection });
smsWorker.once('error', (err) => logger.error({ err }, 'sms worker failed'));

export function startThumbnailWorker(): void {
  // ruleid: bullmq-worker-missing-error-listener
  const thumbs = new MqWorker('thumbnails', async (job) => job.data, { connection });
  thumbs.on('failed', (job, err) => logger.warn({ jobId: job?.id, err }, 'thumbnail failed'));
}

// Handed on: the listener is attached where the worker goes.
export function startSearchWorker(): Worker {
  // ok: bullmq-worker-missing-error-listener
  const search = new Worker('search-index', async (job) => job.data, { connection });
  return search;
}

const allWorkers: Worker[] = [];
// ok: bullmq-worker-missing-error-listener
const webhookWorker = new Worker('webhooks', async (job) => job.data, { connection });
allWorkers.push(webhookWorker);
for (const worker of allWorkers) {
  worker.on('error', (err) => logger.error({ err, queue: worker.name }, 'worker error'));
}

// Stored in a variable of the module: start() and attachListeners() share it.
let billingWorker: Worker | undefined;
export function startBilling(): void {
  // ok: bullmq-worker-missing-error-listener
  billingWorker = new Worker('billing', async (job) => job.data, { connection });
}
export function attachListeners(): void {
  billingWorker?.on('error', (err) => logger.error({ err }, 'billing worker error'));
}

// Exported: the entry point that imports it attaches the listeners.
// ok: bullmq-worker-missing-error-listener
export const reportWorker = new Worker('reports', async (job) => job.data, { connection });

// Not a Worker: QueueEvents has its own rule set.
// ok: bullmq-worker-missing-error-listener
const events = new QueueEvents('reports', { connection });
events.on('failed', ({ jobId }) => logger.warn({ jobId }, 'report failed'));

export class ExportRunner {
  private worker?: Worker;

  start(): void {
    // ruleid: bullmq-worker-missing-error-listener
    this.worker = new Worker('exports', async (job) => job.data, { connection });
  }
}

export class ImportRunner {
  private worker?: Worker;

  start(): void {
    // ok: bullmq-worker-missing-error-listener
    this.worker = new Worker('imports', async (job) => job.data, { connection });
    this.listen();
  }

  private listen(): void {
    this.worker?.on('error', (err) => logger.error({ err }, 'import worker error'));
  }
}

// NestJS creates and listens to its own Worker.
@Processor('audits')
export class AuditProcessor extends WorkerHost {
  async process(job: Job<{ action: string }>): Promise<void> {
    logger.info({ jobId: job.id, action: job.data.action }, 'audit');
  }

  @OnWorkerEvent('error')
  onError(err: Error): void {
    logger.error({ err }, 'audit worker error');
  }
}
