import * as path from 'node:path';
import { Job, Worker } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import IORedis from 'ioredis';

declare function renderPdf(html: string): Promise<Buffer>;

const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });

async function render(job: Job<{ html: string }>): Promise<Buffer> {
  return renderPdf(job.data.html);
}

export const pdfWorker = new Worker('pdf', render, {
  connection,
  // ruleid: bullmq-worker-threads-inline-processor
  useWorkerThreads: false,
});

export const chartWorker = new Worker(
  'charts',
  async (job: Job<{ html: string }>) => renderPdf(job.data.html),
  // ruleid: bullmq-worker-threads-inline-processor
  { connection, useWorkerThreads: false, concurrency: 2 },
);

const compress = async (job: Job<{ html: string }>) => renderPdf(job.data.html);
// ruleid: bullmq-worker-threads-inline-processor
export const zipWorker = new Worker('zip', compress, { connection, useWorkerThreads: false });

// A sandboxed processor file: the option does what it says.
// ok: bullmq-worker-threads-inline-processor
export const sandboxedWorker = new Worker('pdf-sandboxed', path.join(__dirname, 'render-processor.js'), { connection, useWorkerThreads: true });

// ok: bullmq-worker-threads-inline-processor
export const inlineWorker = new Worker('pdf-inline', render, { connection, useWorkerThreads: false });

// Worker threads for a sandboxed file given as a URL.
// ok: bullmq-worker-threads-inline-processor
export const urlWorker = new Worker('pdf-url', new URL('./render-processor.js', `file://${__dirname}/`), { connection, useWorkerThreads: true });

// ruleid: bullmq-worker-threads-inline-processor
@Processor('invoices-pdf', { useWorkerThreads: false })
export class InvoicePdfProcessor extends WorkerHost {
  async process(job: Job<{ html: string }>): Promise<Buffer> {
    return renderPdf(job.data.html);
  }
}
