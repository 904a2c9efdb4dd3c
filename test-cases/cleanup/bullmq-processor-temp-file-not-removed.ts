import { Worker, Job } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import * as fs from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };

interface DocumentData {
  documentId: string;
  pdfBase64: string;
}

declare function extractPdfData(path: string): Promise<string>;
declare function renderTemplate(path: string): Promise<string>;

export async function processDocument(job: Job<DocumentData>) {
  const tempFile = `/tmp/${job.id}.pdf`;
  // ruleid: bullmq-processor-temp-file-not-removed
  await fs.writeFile(tempFile, Buffer.from(job.data.pdfBase64, 'base64'));
  return extractPdfData(tempFile);
}

export async function processDocumentSafely(job: Job<DocumentData>) {
  const tempFile = `/tmp/${job.id}.pdf`;
  try {
    // ok: bullmq-processor-temp-file-not-removed
    await fs.writeFile(tempFile, Buffer.from(job.data.pdfBase64, 'base64'));
    return await extractPdfData(tempFile);
  } finally {
    try {
      await fs.unlink(tempFile);
    } catch (err) {
      console.warn('could not remove', tempFile, err);
    }
  }
}

export async function processWithCleanupAfterError(job: Job<DocumentData>) {
  const tmpPath = join(tmpdir(), `${job.data.documentId}.pdf`);
  // ruleid: bullmq-processor-temp-file-not-removed
  await writeFile(tmpPath, job.data.pdfBase64, 'base64');
  const text = await extractPdfData(tmpPath);
  // removed only when nothing failed
  await rm(tmpPath);
  return text;
}

export const archiveWorker = new Worker<DocumentData>(
  'archive',
  async (job) => {
    // ruleid: bullmq-processor-temp-file-not-removed
    const workDir = await mkdtemp(join(tmpdir(), 'archive-'));
    const out = createWriteStream(join(workDir, 'archive.zip'));
    out.end(job.data.pdfBase64);
    return workDir;
  },
  { connection },
);

export const thumbnailWorker = new Worker<DocumentData>(
  'thumbnails',
  async (job) => {
    // Written before the try, removed in its finally.
    // ok: bullmq-processor-temp-file-not-removed
    const workDir = await mkdtemp(join(tmpdir(), 'thumb-'));
    try {
      // ok: bullmq-processor-temp-file-not-removed
      const stream = createWriteStream(join(workDir, 'page.png'));
      stream.end(job.data.pdfBase64);
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  },
  { connection },
);

@Processor('invoices')
export class InvoicePdfProcessor extends WorkerHost {
  async process(job: Job<DocumentData>): Promise<string> {
    const tmpPdf = join(tmpdir(), `invoice-${job.data.documentId}.pdf`);
    // ruleid: bullmq-processor-temp-file-not-removed
    await fs.writeFile(tmpPdf, job.data.pdfBase64, 'base64');
    // A template file is not a temporary file.
    const templatePath = join(__dirname, 'templates', 'invoice.html');
    // ok: bullmq-processor-temp-file-not-removed
    await fs.writeFile(templatePath, await renderTemplate(templatePath));
    return tmpPdf;
  }
}

// Outside a processor: a CLI script's temp file is not this rule's business.
export async function exportOnce(data: string) {
  // ok: bullmq-processor-temp-file-not-removed
  await fs.writeFile(join(tmpdir(), 'export.csv'), data);
}
