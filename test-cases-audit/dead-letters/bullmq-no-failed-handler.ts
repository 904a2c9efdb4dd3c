import { Job, Queue, Worker } from 'bullmq';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';

const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };
const deadLetters = new Queue('dead-letters', { connection });

declare function renderInvoice(job: Job): Promise<string>;
declare function chargeCard(job: Job): Promise<void>;
declare function registerShutdown(worker: Worker): void;

// ruleid: bullmq-no-failed-handler
export const thumbnailWorker = new Worker('thumbnails', async (job: Job) => job.data, { connection });
thumbnailWorker.on('error', (err) => console.error(err));

export function startMailer() {
  // ruleid: bullmq-no-failed-handler
  const mailWorker = new Worker('mail', async (job: Job) => job.data, { connection });
  mailWorker.on('completed', (job) => console.log(job.id));
}

// ruleid: bullmq-no-failed-handler
@Processor('pdf')
export class PdfProcessor extends WorkerHost {
  async process(job: Job<{ url: string }>): Promise<string> {
    return job.data.url;
  }

  @OnWorkerEvent('completed')
  onCompleted(job: Job) {
    console.log(job.id);
  }
}

// ok: bullmq-no-failed-handler
@Processor('ocr')
export class OcrProcessor extends WorkerHost {
  async process(job: Job<{ url: string }>): Promise<string> {
    return job.data.url;
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job, error: Error) {
    if (job.attemptsMade >= (job.opts.attempts ?? 1)) {
      await deadLetters.add(job.name, { ...job.data, failedReason: error.message });
    }
  }
}

export function startBilling() {
  // Handed to a helper that may attach listeners: not judged.
  // ok: bullmq-no-failed-handler
  const billingWorker = new Worker('billing', chargeCard, { connection });
  registerShutdown(billingWorker);
}

export class ExportService {
  private worker?: Worker;

  start() {
    // ok: bullmq-no-failed-handler
    this.worker = new Worker('exports', async (job: Job) => job.id, { connection });
  }

  listen() {
    this.worker?.on('failed', (job, err) => console.error(job?.id, err));
  }
}

// ok: bullmq-no-failed-handler
export const invoiceWorker = new Worker('invoices', renderInvoice, { connection });
invoiceWorker.on('failed', async (job, err) => {
  if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
    await deadLetters.add(job.name, { ...job.data, failedReason: err.message });
  }
});
